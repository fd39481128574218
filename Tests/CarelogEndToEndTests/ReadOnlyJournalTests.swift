import Foundation
import Testing

/// A journal in a folder the user may not write to (another user's, a read-only disk): every reading command
/// works and leaves the folder as it was; writing commands exit 74 saying it is read-only and what to do.
/// Run as an unprivileged user, because root ignores file modes.
@Suite struct ReadOnlyJournalTests {
  static let canDropPrivileges = PermissionTests.canDropPrivileges

  @Test(
    .enabled(if: canDropPrivileges, "needs root and setpriv to run carelog as another user"),
    arguments: [["list"], ["flags"], ["export"], ["summary"], ["export", "--format", "csv"], ["profile", "list"]])
  func readingCommandsWorkInAReadOnlyFolder(_ arguments: [String]) throws {
    let runner = try Self.readOnlyJournal()
    defer { runner.cleanUp() }
    let before = try runner.snapshot()
    let result = try runner.run(arguments, asUser: true)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    #expect(result.stdout.contains("Leo"), "\(arguments): \(result.stdout)")
    #expect(try runner.snapshot() == before)
  }

  @Test(.enabled(if: canDropPrivileges, "needs root and setpriv to run carelog as another user"))
  func checkReadsAReadOnlyJournal() throws {
    let runner = try Self.readOnlyJournal()
    defer { runner.cleanUp() }
    let result = try runner.run(["check"], asUser: true)
    #expect(result.status == 77, "\(result.stderr)")  // 0644: others may read it, and check says so
    #expect(result.stdout.contains("Integrity: ok"))
    #expect(result.stdout.contains("(1 entries)"))
  }

  @Test(
    .enabled(if: canDropPrivileges, "needs root and setpriv to run carelog as another user"),
    arguments: [["log", "fever"], ["note", "hello"], ["profile", "add", "Mia"], ["delete", "--purge", "abcdef", "--yes"]])
  func writingCommandsSayTheJournalIsReadOnly(_ arguments: [String]) throws {
    let runner = try Self.readOnlyJournal()
    defer { runner.cleanUp() }
    let before = try runner.snapshot()
    let result = try runner.run(arguments, asUser: true)
    #expect(result.status == 74, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains("is read-only (its folder"), "\(result.stderr)")
    #expect(result.stderr.contains("carelog backup ~/journal-copy.sqlite"))
    #expect(try runner.snapshot() == before)
  }

  @Test(.enabled(if: canDropPrivileges, "needs root and setpriv to run carelog as another user"))
  func recentChangesInTheWALAreRead() throws {
    // Given a journal whose last entry is still in its -wal (another reader kept it from being checkpointed)
    let runner = try Self.readOnlyJournal(hotWAL: true)
    defer { runner.cleanUp() }
    let before = try runner.snapshot()
    #expect((before["journal.sqlite-wal"]?.count ?? 0) > 0)
    // When another user lists it
    let result = try runner.run(["list"], asUser: true)
    // Then the entry in the -wal is there too
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("fever"), "\(result.stdout)")
    #expect(try runner.snapshot() == before)
  }

  @Test(.enabled(if: canDropPrivileges, "needs root and setpriv to run carelog as another user"))
  func aWALWithoutItsIndexIsNotReadHalfWay() throws {
    // Given a -wal holding the last entry but no -shm, in a folder the user cannot write
    let runner = try Self.readOnlyJournal(hotWAL: true)
    defer { runner.cleanUp() }
    unlink(runner.journal + "-shm")
    let before = try runner.snapshot()
    // When another user lists it, then it says how to read a copy rather than show the journal without it
    let result = try runner.run(["list"], asUser: true)
    #expect(result.status == 74, "\(result.stderr)")
    #expect(result.stderr.contains("its latest changes are in \(runner.journal)-wal"))
    #expect(result.stderr.contains("cp \(runner.journal) \(runner.journal)-wal ~/"))
    #expect(try runner.snapshot() == before)
  }

  /// A journal of root's with one entry (two with `hotWAL`, the second left in the -wal), files 0644, in the
  /// runner's folder, which user 65534 can read but not write.
  static func readOnlyJournal(hotWAL: Bool = false) throws -> CarelogRunner {
    let runner = try CarelogRunner()
    try runner.ok(["profile", "add", "Leo"])
    try runner.ok(["log", "fatigue"])
    if hotWAL {
      let reader = Process()
      reader.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
      reader.arguments = [runner.journal]
      let input = Pipe()
      let output = Pipe()
      reader.standardInput = input
      reader.standardOutput = output
      try reader.run()
      input.fileHandleForWriting.write(Data("BEGIN; SELECT count(*) FROM entry;\n".utf8))
      _ = output.fileHandleForReading.availableData  // the reader now holds a snapshot
      try runner.ok(["log", "fever"])
      kill(reader.processIdentifier, SIGKILL)
      reader.waitUntilExit()
    }
    chmod(runner.folder.path, 0o755)
    for name in try FileManager.default.contentsOfDirectory(atPath: runner.folder.path) where name.hasPrefix("journal") {
      chmod(runner.folder.appendingPathComponent(name).path, 0o644)
    }
    return runner
  }
}
