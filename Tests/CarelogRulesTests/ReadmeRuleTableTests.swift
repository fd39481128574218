import Foundation
import Testing

@testable import CarelogRules

/// The README's rule table names every rule of the catalog with its level, and no other: the catalog stays the one
/// place levels are set, and the README may not drift from it.
struct ReadmeRuleTableTests {
  static var readme: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("README.md")
  }

  @Test func readmeTableListsEveryRuleAtItsLevel() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    var table: [String: String] = [:]
    for line in text.split(separator: "\n") where line.hasPrefix("| `") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count >= 2, RuleCatalog.rule(cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))) != nil
      else { continue }
      table[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = cells[1]
    }
    #expect(Set(table.keys) == Set(RuleCatalog.rules.map(\.id)))
    for rule in RuleCatalog.rules { #expect(table[rule.id] == rule.level.rawValue, "\(rule.id)") }
  }
}
