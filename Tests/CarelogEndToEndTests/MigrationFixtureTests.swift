import Foundation
import Testing

/// Journals written by each released schema version (`Fixtures/journals/vN.sqlite`, frozen) open in this
/// carelog, are upgraded with a backup beside them, and keep every entry exactly.
@Suite struct MigrationFixtureTests {
  static var folder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/journals")
  }

  static let versions = ["v1", "v2"]

  @Test func fixturesAreFrozen() throws {
    let sums = try String(contentsOf: Self.folder.appendingPathComponent("SHA256SUMS"), encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = ["--check", "--quiet", "SHA256SUMS"]
    process.currentDirectoryURL = Self.folder
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "a journal fixture changed; fixtures are never regenerated")
    for version in Self.versions { #expect(sums.contains("./\(version).sqlite")) }
  }

  @Test(arguments: versions)
  func fixtureOpensUpgradesAndKeepsEveryEntry(_ version: String) throws {
    // Given a copy of the journal that version wrote
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try FileManager.default.copyItem(
      atPath: Self.folder.appendingPathComponent("\(version).sqlite").path, toPath: runner.journal)
    chmod(runner.journal, 0o600)
    chmod(runner.folder.path, 0o700)
    // When this carelog reads it
    let export = try runner.run(["export"])
    // Then every record is there as it was
    #expect(export.status == 0, "\(export.stderr)")
    let expected = try String(contentsOf: Self.folder.appendingPathComponent("\(version)-expected.json"), encoding: .utf8)
    #expect(export.stdout == expected)
    // Every released version is older than v3-profile-name-keys, so each is upgraded with a backup.
    let last = ["v1": "v1-journal", "v2": "v2-flag-acknowledgements"][version]!
    let backup = runner.journal + ".before-upgrade-from-\(last).sqlite"
    #expect(export.stderr.contains("upgraded this journal"))
    #expect(export.stderr.contains(backup))
    #expect(try JournalTests.mode(backup) == 0o600)
    #expect(try runner.run(["check", backup]).status == 0)
    // A second read finds it current: no second upgrade.
    #expect(try runner.run(["check"]).stderr.isEmpty)
    let check = try runner.run(["check"])
    #expect(check.status == 0, "\(check.stdout)")
    #expect(check.stdout.contains("Version: current"))
  }
}
