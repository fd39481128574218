import Foundation
import Testing

/// Standard output or error closed, full or a broken pipe: carelog never crashes, exits 74, or 79 when a
/// change was saved before the output failed (so that a script does not run the command again).
@Suite struct OutputFailureTests {
  @Test func listToAFullDiskExits74() throws {
    let runner = try Self.journalWithOneEntry()
    defer { runner.cleanUp() }
    let before = try runner.dataSnapshot()
    let result = try runner.run(["list"], redirect: ">/dev/full")
    #expect(result.status == 74, "\(result.stderr)")
    #expect(result.stderr == "carelog: the output could not be written (standard output: No space left on device). "
      + "Nothing was changed.\n")
    #expect(try runner.dataSnapshot() == before)
  }

  @Test func listWithStandardOutputClosedExits74() throws {
    let runner = try Self.journalWithOneEntry()
    defer { runner.cleanUp() }
    let before = try runner.dataSnapshot()
    let result = try runner.run(["list"], redirect: ">&-")
    #expect(result.status == 74, "\(result.stderr)")
    #expect(result.stderr.contains("the output could not be written (standard output: Bad file descriptor)"))
    #expect(try runner.dataSnapshot() == before)
  }

  @Test func anErrorWithStandardErrorClosedExits74() throws {
    let runner = try Self.journalWithOneEntry()
    defer { runner.cleanUp() }
    let before = try runner.dataSnapshot()
    let result = try runner.run(["log", "zzzz"], redirect: "2>&-")
    #expect(result.status == 74)
    #expect(result.stdout.isEmpty)
    #expect(try runner.dataSnapshot() == before)
  }

  @Test func helpToAFullDiskExits74() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let result = try runner.run(["--help"], journalFlag: false, redirect: ">/dev/full")
    #expect(result.status == 74, "\(result.stderr)")
  }

  @Test func exportToAFullDiskExits74() throws {
    let runner = try Self.journalWithOneEntry()
    defer { runner.cleanUp() }
    let result = try runner.run(["export"], redirect: ">/dev/full")
    #expect(result.status == 74, "\(result.stderr)")
    #expect(result.stderr.contains("No space left on device"))
  }

  @Test func logWhoseConfirmationCannotBeWrittenExits79AndSavesOnce() throws {
    let runner = try Self.journalWithOneEntry()
    defer { runner.cleanUp() }
    let result = try runner.run(["log", "fever"], redirect: ">/dev/full")
    #expect(result.status == 79, "\(result.stderr)")
    #expect(result.stderr.contains("your change was saved, but its confirmation could not be written"))
    #expect(result.stderr.contains("Do not run the command again"))
    let terms = try JournalTests.entries(runner.ok(["list", "--json"])).map { $0["term"] as? String }
    #expect(terms.sorted { ($0 ?? "") < ($1 ?? "") } == ["fatigue", "fever"])
  }

  @Test func logWithBothStreamsClosedExits79() throws {
    let runner = try Self.journalWithOneEntry()
    defer { runner.cleanUp() }
    let result = try runner.run(["log", "fever"], redirect: ">&- 2>&-")
    #expect(result.status == 79)
    #expect(try JournalTests.entries(runner.ok(["list", "--json"])).count == 2)
  }

  @Test func listIntoAClosedPipeExits74InsteadOfDying() throws {
    let runner = try Self.journalWithOneEntry()
    defer { runner.cleanUp() }
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    close(ends[0])  // nobody will read: every write gets EPIPE (and SIGPIPE, unless ignored)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CarelogRunner.binary)
    process.arguments = ["list", "--journal", runner.journal]
    process.environment = ["CARELOG_TODAY": CarelogRunner.today, "HOME": runner.folder.path]
    process.standardOutput = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 74, "\(stderr)")
    #expect(stderr.contains("Broken pipe"))
  }

  static func journalWithOneEntry() throws -> CarelogRunner {
    let runner = try CarelogRunner()
    try runner.ok(["profile", "add", "Leo"])
    try runner.ok(["log", "fatigue"])
    return runner
  }
}
