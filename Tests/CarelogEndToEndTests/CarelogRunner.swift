import Foundation
import Testing

/// Runs the built `carelog` binary in a private temporary folder, with "today" pinned to 2026-11-26 (and the
/// time of day to 23:59, so that no time typed for that day is later than now).
struct CarelogRunner {
  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  static let today = "2026-11-26"

  /// The folder this runner's journals live in; removed by `cleanUp()`.
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("carelog-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// The default journal path of this runner.
  var journal: String { folder.appendingPathComponent("journal.sqlite").path }

  /// `carelog ARGS`, with `--journal` set to this runner's journal unless `journalFlag` is false.
  /// `redirect` is shell text applied to carelog's streams, e.g. `>/dev/full` or `2>&-`; `deadline` kills
  /// carelog after that many seconds (for what could hang); `inFolder` runs it in the runner's folder.
  @discardableResult
  func run(
    _ arguments: [String], journalFlag: Bool = true, environment extra: [String: String] = [:],
    stdin: String? = nil, asUser: Bool = false, redirect: String? = nil, deadline: Int? = nil, inFolder: Bool = false,
    executable: String? = nil
  ) throws -> Result {
    let process = Process()
    if inFolder { process.currentDirectoryURL = folder }
    var command = [asUser ? try binaryCopy() : (executable ?? Self.binary)] + arguments
    if journalFlag { command += ["--journal", journal] }
    if asUser { command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command }
    if let deadline { command = ["/usr/bin/timeout", "-s", "KILL", String(deadline)] + command }
    if let redirect { command = ["/bin/sh", "-c", "exec \"$0\" \"$@\" \(redirect)"] + command }
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CARELOG_") }
    environment["HOME"] = folder.path
    environment["XDG_DATA_HOME"] = folder.appendingPathComponent("xdg").path
    environment["CARELOG_TODAY"] = Self.today
    environment["CARELOG_TIME"] = "23:59"  // the pinned day is over, so any time typed for it has happened
    environment["NO_COLOR"] = "1"
    environment["COLUMNS"] = nil  // output is wrapped to 80 columns unless a test sets COLUMNS
    environment.merge(extra) { $1 }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// Runs a command that must succeed, and returns its output.
  @discardableResult
  func ok(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
    let result = try run(arguments, environment: environment)
    #expect(result.status == 0, "carelog \(arguments.joined(separator: " ")) failed: \(result.stderr)")
    return result.stdout
  }

  /// Every file in the folder (recursively) with its bytes, except SQLite's shared-memory index, which
  /// readers may rewrite without changing any data.
  func snapshot() throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let name = enumerator?.nextObject() as? String {
      if name.hasPrefix("bin") { continue }  // the copy of the binary made for runs as another user
      let path = folder.appendingPathComponent(name).path
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }
      switch info.st_mode & S_IFMT {
      case S_IFDIR: files[name + "/"] = Data()
      case S_IFREG: if !name.hasSuffix("-shm") { files[name] = try Data(contentsOf: URL(fileURLWithPath: path)) }
      case S_IFLNK: files[name + "@"] = Data(try FileManager.default.destinationOfSymbolicLink(atPath: path).utf8)
      default: files[name + "|"] = Data(String(info.st_mode, radix: 8).utf8)  // a FIFO or device: never opened
      }
    }
    return files
  }

  /// `snapshot()` without empty `-wal` files, which a reading command may leave (SQLite opens one to read a
  /// WAL journal) and which hold no data.
  func dataSnapshot() throws -> [String: Data] {
    try snapshot().filter { !($0.key.hasSuffix("-wal") && $0.value.isEmpty) }
  }

  /// A copy of the binary that any user can run (the build folder may not be reachable by others).
  private func binaryCopy() throws -> String {
    let copy = folder.appendingPathComponent("bin/carelog")
    if !FileManager.default.fileExists(atPath: copy.path) {
      try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(atPath: Self.binary, toPath: copy.path)
      chmod(copy.deletingLastPathComponent().path, 0o755)
      chmod(copy.path, 0o755)
    }
    return copy.path
  }

  func cleanUp() {
    try? FileManager.default.removeItem(at: folder)
  }

  /// The built binary: `$CARELOG_BIN`, else `carelog` beside the test bundle.
  static var binary: String {
    if let path = ProcessInfo.processInfo.environment["CARELOG_BIN"] { return path }
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.path != "/" {
      url.deleteLastPathComponent()
      let candidate = url.appendingPathComponent("carelog")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
        return candidate.path
      }
    }
    return "carelog"
  }
}
