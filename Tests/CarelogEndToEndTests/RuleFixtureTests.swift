import Foundation
import Testing

/// Every journal in `Fixtures/flags/` raises exactly the flags its `expected.tsv` lists (rule, level, first and
/// last day, as offsets from the as-of day), and no other, when run through the built binary with `--as-of`.
@Suite struct RuleFixtureTests {
  static let asOf = "2026-11-26"

  static var folder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/flags")
  }

  static var fixtures: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  struct Expected: Hashable, CustomStringConvertible {
    let rule: String
    let level: String
    let from: String
    let to: String
    var description: String { "\(rule) \(level) \(from)…\(to)" }
  }

  @Test func thereAreFixturesForEveryRequiredRule() throws {
    let rules = [
      "fever-on-treatment", "fever-persists", "symptom-persists-2-weeks", "baseline-symptom-returns",
      "relapse-sign-cluster", "bleeding-or-bruising", "weight-loss", "frequent-infections", "worsening-symptom",
      "treatment-side-effect", "late-effect", "follow-up-overdue", "low-counts",
    ]
    for rule in rules {
      let raising = try Self.fixtures.filter { try Self.expected($0).contains { $0.rule == rule } }
      let silent = Self.fixtures.filter { $0.hasPrefix(rule) && !raising.contains($0) }
      #expect(!raising.isEmpty, "no fixture raises \(rule)")
      #expect(!silent.isEmpty, "no fixture named \(rule)-… stays silent for \(rule)")
    }
  }

  @Test(arguments: fixtures)
  func fixtureRaisesExactlyItsExpectedFlags(_ name: String) throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let path = Self.folder.appendingPathComponent(name).path
    try runner.ok(["demo", "--fixtures", path, "--as-of", Self.asOf])
    let json = try runner.ok(["flags", "--as-of", Self.asOf, "--since", "2000-01-01", "--json"])
    let flags = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    let actual = Set(flags.map {
      Expected(rule: $0["rule"] as! String, level: $0["level"] as! String, from: $0["from"] as! String, to: $0["to"] as! String)
    })
    let expected = try Self.expected(name)
    #expect(actual == expected, "\(name): missing \(expected.subtracting(actual)), unexpected \(actual.subtracting(expected))")
  }

  /// The fixture's expected flags, days turned into dates counted from the as-of day.
  static func expected(_ name: String) throws -> Set<Expected> {
    let text = try String(contentsOf: folder.appendingPathComponent(name).appendingPathComponent("expected.tsv"), encoding: .utf8)
    let rows = text.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("#") }
    return Set(rows.map { row in
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return Expected(rule: fields[0], level: fields[1], from: day(fields[2]), to: day(fields[3]))
    })
  }

  static func day(_ offset: String) -> String {
    let parts = asOf.split(separator: "-").compactMap { Int($0) }
    var components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
    components.timeZone = TimeZone(identifier: "UTC")
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let date = calendar.date(byAdding: .day, value: Int(offset)!, to: calendar.date(from: components)!)!
    let formatter = DateFormatter()
    formatter.calendar = calendar
    formatter.timeZone = calendar.timeZone
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: date)
  }
}
