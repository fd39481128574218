import CarelogCore
import CarelogJournal
import CarelogRules
import Foundation
import Testing

/// Every rule fixture in `Fixtures/flags/`, evaluated in process (no binary, no journal file): the rules raise exactly
/// the flags its `expected.tsv` lists. The same fixtures run through the built binary in the end-to-end tests.
struct RuleFixtureInProcessTests {
  static let asOf = LocalDate(iso: "2026-11-26")!
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/flags")

  static var fixtures: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  @Test func everyRuleOfTheCatalogHasAFixture() throws {
    let raised = Set(try Self.fixtures.flatMap { try Self.expected($0).map(\.rule) })
    for rule in RuleCatalog.rules { #expect(raised.contains(rule.id), "no fixture raises \(rule.id)") }
  }

  @Test(arguments: fixtures)
  func rulesRaiseExactlyTheExpectedFlags(_ name: String) throws {
    let demo = try DemoJournal.load(from: Self.folder.appendingPathComponent(name).path, today: Self.asOf)
    var actual: [String] = []
    for profile in demo.profiles {
      actual += RuleEngine.flags(demo.ruleInput(for: profile, asOf: Self.asOf)).map {
        "\($0.rule) \($0.level.rawValue) \($0.from.days(since: Self.asOf)) \($0.to.days(since: Self.asOf))"
      }
    }
    let expected = try Self.expected(name).map { "\($0.rule) \($0.level) \($0.from) \($0.to)" }
    #expect(actual.sorted() == expected.sorted(), "\(name)")
  }

  static func expected(_ name: String) throws -> [(rule: String, level: String, from: String, to: String)] {
    let text = try String(contentsOf: folder.appendingPathComponent(name).appendingPathComponent("expected.tsv"), encoding: .utf8)
    return text.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("#") }.map { row in
      let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return (cells[0], cells[1], cells[2], cells[3])
    }
  }
}
