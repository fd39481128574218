import CarelogCore
import Testing

@testable import CarelogRules

/// Leaving out flags that restate another: the indexed search gives exactly what comparing every pair gives.
struct RestatementTests {
  /// The definition, written as plainly as possible (this is what the engine did before the index; it took tens
  /// of seconds over a long history).
  static func everyPair(_ raised: [(RuleDefinition, [WarningFlag])]) -> [WarningFlag] {
    var kept = raised.filter { !$0.0.yieldsToCoveringFlags }.flatMap(\.1)
    for (rule, flags) in raised where rule.yieldsToCoveringFlags {
      let others = kept
      kept += flags.filter { flag in
        !others.contains { $0.rule != flag.rule && $0.level <= flag.level && Set(flag.entries).isSubset(of: $0.entries) }
      }
    }
    return kept
  }

  static func flag(_ rule: RuleDefinition, entries: [EntryID], level: FlagLevel, number: Int) -> WarningFlag {
    WarningFlag(
      id: "\(rule.id):\(number)", rule: rule.id, level: level, title: "", seen: "", message: "", meaning: "",
      action: "", symptoms: [], from: LocalDate(iso: "2026-01-01")!, to: LocalDate(iso: "2026-01-02")!,
      entries: entries, values: [], sources: [], external: [])
  }

  @Test func indexedSearchKeepsTheSameFlagsAsComparingEveryPair() throws {
    var random = SplitMix64(seed: 18)
    let rules = RuleEngine.ruled.map(\.0)
    #expect(rules.contains { $0.yieldsToCoveringFlags } && rules.contains { !$0.yieldsToCoveringFlags })
    let pool = (0..<12).map { _ in EntryID.random(using: &random) }
    var removedSome = false
    for _ in 0..<300 {
      var number = 0
      let raised = rules.map { rule in
        let flags = (0..<Int.random(in: 0...4, using: &random)).map { _ in
          number += 1
          let entries = Array(pool.shuffled(using: &random).prefix(Int.random(in: 0...4, using: &random)))
          return Self.flag(rule, entries: entries, level: FlagLevel.allCases.randomElement(using: &random)!, number: number)
        }
        return (rule, flags)
      }
      let expected = Self.everyPair(raised)
      #expect(RuleEngine.withoutRestatements(raised) == expected)
      removedSome = removedSome || expected.count < raised.flatMap(\.1).count
    }
    #expect(removedSome, "the generated cases must include restatements")
  }
}
