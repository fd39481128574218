import Foundation
import Testing

/// Issue 13: nothing carelog stores is unreadable. Out-of-range "today"s are refused; rows written behind
/// carelog's back are named by `check`; huge numbers are listed and exported without a crash.
@Suite struct ReadBackTests {
  @Test(arguments: [
    ("9999-12-31", ["visit", "add", "tomorrow"], Int32(65)),
    ("0001-01-01", ["log", "fatigue", "--on", "3 days ago"], Int32(65)),
    ("0001-01-01", ["log", "fatigue"], Int32(65)),
    ("2026-13-01", ["log", "fatigue"], Int32(64)),
  ])
  func aTodayOutsideTheSupportedYearsIsRefused(_ today: String, _ arguments: [String], _ status: Int32) throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    let before = try runner.snapshot()
    let result = try runner.run(arguments, environment: ["CARELOG_TODAY": today])
    #expect(result.status == status, "\(result.stderr)")
    #expect(result.stderr.contains("CARELOG_TODAY"), "\(result.stderr)")
    #expect(try runner.snapshot() == before)
  }

  @Test func aDateOutsideTheSupportedYearsIsRefused() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    let before = try runner.snapshot()
    for arguments in [["visit", "add", "2201-01-01"], ["log", "fatigue", "--on", "1899-12-31"], ["profile", "set", "Leo", "--born", "1850-01-01"]] {
      let result = try runner.run(arguments)
      #expect(result.status == 65, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains("1900-01-01 to 2200-12-31"), "\(result.stderr)")
    }
    #expect(try runner.snapshot() == before)
  }

  @Test func aBirthDateAfterAnEntryIsRefusedSoTheExportStillImports() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    try runner.ok(["log", "fatigue", "--on", "2018-01-01"])
    let before = try runner.snapshot()
    let result = try runner.run(["profile", "set", "Leo", "--born", "2019-01-01"])
    #expect(result.status == 65)
    #expect(result.stderr.contains("has an entry on 2018-01-01"), "\(result.stderr)")
    #expect(try runner.snapshot() == before)
  }

  @Test func checkNamesRowsItCannotReadBack() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    try runner.ok(["log", "fatigue"])
    #expect(try runner.run(["check"]).stdout.contains("Integrity: ok"))
    try BadInputTests.sqlite(runner.journal, """
      INSERT INTO entry(id, profileId, kind, term, occurredOn, recordedAt, reporter, reporterRole)
      VALUES ('abcdef01-0000-4000-8000-000000000001', 1, 'symptom', 'fatigue', '2026-11-20', '10000-01-01T00:00:00Z', 'Leo', 'self');
      """)
    let check = try runner.run(["check"])
    #expect(check.status == 65)
    #expect(check.stdout.contains("cannot read back entry abcdef01"), "\(check.stdout)")
    #expect(try runner.run(["list"]).status == 65)
    // And the way out it names works: the unreadable entry can be erased, after which everything reads
    #expect(try runner.ok(["delete", "--purge", "--yes", "abcdef01"]).contains("Erased entry abcdef01"))
    let after = try runner.run(["check"])
    #expect(after.stdout.contains("Integrity: ok") && !after.stdout.contains("Unreadable"), "\(after.stdout)")
    #expect(try runner.run(["list"]).status == 0)
  }

  @Test func hugeValuesAreListedAndExportedWithoutACrash() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    try BadInputTests.sqlite(runner.journal, """
      INSERT INTO entry(id, profileId, kind, term, value, occurredOn, recordedAt, reporter, reporterRole)
      VALUES ('abcdef01-0000-4000-8000-000000000001', 1, 'symptom', 'fatigue', 1e300, '2026-11-20', '2026-11-20T10:00:00Z', 'Leo', 'self'),
             ('abcdef02-0000-4000-8000-000000000002', 1, 'weight', NULL, -1e300, '2026-11-21', '2026-11-21T10:00:00Z', 'Leo', 'self');
      """)
    for arguments in [["list"], ["list", "--json"], ["export"], ["export", "--format", "csv"], ["history", "abcdef01"]] {
      let result = try runner.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
    #expect(try runner.ok(["list", "--json"]).contains("1e+300"))
  }
}
