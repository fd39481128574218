import Foundation
import Testing

/// Only regular files: a FIFO, device, folder or symbolic link where carelog expects its journal, a backup or
/// an output file is refused at once (never opened, never replaced), and an empty file is never adopted.
@Suite struct OddFileTests {
  @Test(arguments: [["list"], ["check"], ["flags"], ["export"], ["log", "fatigue"]])
  func aFIFOAsTheJournalIsRefusedAtOnce(_ arguments: [String]) throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    #expect(mkfifo(runner.journal, 0o600) == 0)
    let result = try runner.run(arguments, deadline: 20)
    #expect(result.status == 74, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains("is a named pipe (FIFO), not a regular file"))
    #expect(FileKindProbe.of(runner.journal) == S_IFIFO)
    #expect(try runner.snapshot().keys.sorted() == ["journal.sqlite|"])
  }

  @Test func aFIFOGivenToCheckAsABackupIsRefusedAtOnce() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    let fifo = runner.folder.appendingPathComponent("backup.sqlite").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let result = try runner.run(["check", fifo], deadline: 20)
    #expect(result.status == 74, "\(result.stderr)")
    #expect(result.stderr.contains("backup.sqlite is a named pipe (FIFO), not a regular file"))
    #expect(result.stdout.isEmpty)
  }

  @Test func aDamagedBackupIsNotCalledADamagedJournal() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    let backup = runner.folder.appendingPathComponent("backup.sqlite").path
    try "not a journal".write(toFile: backup, atomically: false, encoding: .utf8)
    chmod(backup, 0o600)
    let result = try runner.run(["check", backup])
    #expect(result.status == 65, "\(result.stderr)")
    #expect(result.stdout.contains("Integrity: ok"))
    #expect(result.stderr.contains("A backup did not check out (see above); the journal itself is fine."))
  }

  @Test func aSymbolicLinkAsTheJournalIsRefusedAndNamesItsTarget() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    let link = runner.folder.appendingPathComponent("link.sqlite").path
    #expect(symlink(runner.journal, link) == 0)
    let before = try runner.snapshot()
    let result = try runner.run(["log", "fatigue", "--journal", link], journalFlag: false)
    #expect(result.status == 74, "\(result.stderr)")
    #expect(result.stderr.contains("link.sqlite is a symbolic link"))
    #expect(result.stderr.contains("It points to \(runner.journal)"))
    #expect(try runner.snapshot() == before)
  }

  /// `--output` and `backup` targets: `--force` replaces a regular file only.
  @Test(arguments: OutputTarget.allCases)
  func forceNeverReplacesWhatIsNotARegularFile(_ target: OutputTarget) throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    let path = runner.folder.appendingPathComponent("out").path
    try target.make(at: path, in: runner.folder)
    let before = try runner.snapshot()
    for arguments in [["summary", "--output", path, "--force"], ["export", "--output", path, "--force"], ["backup", path, "--force"]] {
      let result = try runner.run(arguments, deadline: 20)
      #expect(result.status == 73, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains("out is \(target.phrase), not a regular file"), "\(result.stderr)")
      #expect(FileKindProbe.of(path) == target.mode)
      #expect(try runner.dataSnapshot() == before)
    }
  }

  @Test(.enabled(if: getuid() == 0, "making a device node needs root"))
  func forceNeverReplacesADevice() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    let device = runner.folder.appendingPathComponent("null").path
    #expect(mknod(device, S_IFCHR | 0o666, (1 << 8) | 3) == 0)  // a private /dev/null (major 1, minor 3)
    let result = try runner.run(["summary", "--output", device, "--force"])
    #expect(result.status == 73, "\(result.stderr)")
    #expect(result.stderr.contains("null is a device, not a regular file"))
    #expect(FileKindProbe.of(device) == S_IFCHR)
  }

  @Test func forceStillReplacesARegularFile() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    let path = runner.folder.appendingPathComponent("summary.txt").path
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    try runner.ok(["summary", "--output", path, "--force"])
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Leo"))
  }

  @Test(arguments: [["log", "fatigue"], ["profile", "add", "Leo"], ["list"]])
  func anEmptyFileIsNeverAdoptedAsTheJournal(_ arguments: [String]) throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    #expect(FileManager.default.createFile(atPath: runner.journal, contents: Data(), attributes: [.posixPermissions: 0o644]))
    let before = try runner.snapshot()
    let result = try runner.run(arguments)
    #expect(result.status == 65, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains("is an empty file, not a carelog journal"))
    #expect(result.stderr.contains("rm \(runner.journal)"))
    #expect(try runner.snapshot() == before)
    #expect(try FileManager.default.attributesOfItem(atPath: runner.journal)[.posixPermissions] as? Int == 0o644)
  }

  @Test func aJournalNamedLikeAnSQLiteURIIsAnOrdinaryFile() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let journal = "file:journal.sqlite"
    let options = ["--journal", journal]
    let process = { (arguments: [String]) in
      try runner.run(arguments + options, journalFlag: false, inFolder: true)
    }
    #expect(try process(["profile", "add", "Leo"]).status == 0)
    #expect(try process(["log", "fatigue"]).status == 0)
    #expect(try process(["list"]).stdout.contains("fatigue"))
    #expect(try process(["backup", "file:backup.sqlite"]).status == 0)
    #expect(try process(["check", "file:backup.sqlite"]).stdout.contains("Backup file:backup.sqlite: ok"))
    let names = try FileManager.default.contentsOfDirectory(atPath: runner.folder.path).filter { !$0.hasPrefix("bin") }
    #expect(Set(names).isSubset(of: ["file:journal.sqlite", "file:journal.sqlite-wal", "file:journal.sqlite-shm", "file:backup.sqlite"]))
    #expect(names.contains("file:journal.sqlite") && names.contains("file:backup.sqlite"), "\(names)")
  }

  enum OutputTarget: CaseIterable, Sendable {
    case fifo, folder, linkToAFile, linkToNothing

    func make(at path: String, in folder: URL) throws {
      switch self {
      case .fifo: #expect(mkfifo(path, 0o600) == 0)
      case .folder: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      case .linkToAFile:
        let target = folder.appendingPathComponent("kept.txt").path
        try "keep me".write(toFile: target, atomically: false, encoding: .utf8)
        #expect(symlink(target, path) == 0)
      case .linkToNothing: #expect(symlink(folder.appendingPathComponent("nowhere").path, path) == 0)
      }
    }

    var phrase: String {
      switch self {
      case .fifo: "a named pipe (FIFO)"
      case .folder: "a folder"
      case .linkToAFile, .linkToNothing: "a symbolic link"
      }
    }

    var mode: mode_t {
      switch self {
      case .fifo: S_IFIFO
      case .folder: S_IFDIR
      case .linkToAFile, .linkToNothing: S_IFLNK
      }
    }
  }
}

/// The file type bits of what is at a path (not following a final symbolic link).
enum FileKindProbe {
  static func of(_ path: String) -> mode_t {
    var info = stat()
    guard lstat(path, &info) == 0 else { return 0 }
    return info.st_mode & S_IFMT
  }
}
