import Foundation
import Testing

/// Journals the user may not write to. Run as an unprivileged user, because root ignores file modes.
@Suite struct PermissionTests {
  static let canDropPrivileges = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

  @Test(.enabled(if: canDropPrivileges, "needs root and setpriv to run carelog as another user"))
  func journalInAReadOnlyFolderIsNotCreated() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let result = try runner.run(["profile", "add", "Leo"], asUser: true)
    #expect(result.status == 73, "\(result.stderr)")
    #expect(result.stderr.contains("cannot create"))
    #expect(try runner.snapshot().keys.filter { $0.hasPrefix("journal") }.isEmpty)
  }

  @Test(.enabled(if: canDropPrivileges, "needs root and setpriv to run carelog as another user"))
  func readOnlyJournalIsRefusedAndUnchanged() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    try runner.ok(["log", "fatigue"])
    for name in try FileManager.default.contentsOfDirectory(atPath: runner.folder.path) where name.hasPrefix("journal") {
      chmod(runner.folder.appendingPathComponent(name).path, 0o644)
    }
    let before = try runner.snapshot()
    let result = try runner.run(["log", "fever"], asUser: true)
    #expect(result.status == 74, "\(result.stderr)")
    #expect(result.stderr.contains("read-only"))
    #expect(try runner.snapshot() == before)
  }
}
