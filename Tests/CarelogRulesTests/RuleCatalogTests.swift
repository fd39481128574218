import CarelogCore
import Foundation
import Testing

@testable import CarelogRules

/// The rule and question catalogs: complete, cited from real passages, and never diagnosing.
struct RuleCatalogTests {
  static let requiredRules: [(String, FlagLevel)] = [
    ("fever-on-treatment", .urgent), ("fever-persists", .soon), ("symptom-persists-2-weeks", .soon),
    ("baseline-symptom-returns", .soon), ("relapse-sign-cluster", .soon), ("bleeding-or-bruising", .soon),
    ("weight-loss", .nextVisit), ("frequent-infections", .nextVisit), ("worsening-symptom", .soon),
    ("treatment-side-effect", .info), ("late-effect", .nextVisit), ("follow-up-overdue", .info),
  ]

  static var sourcesFolder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/sources")
  }

  @Test func everyRequiredRuleIsInTheCatalogWithItsLevelAndLogic() {
    for (id, level) in Self.requiredRules {
      let rule = RuleCatalog.rule(id)
      #expect(rule?.level == level, "\(id)")
      #expect(RuleEngine.logic.contains { $0.id == id }, "no logic for \(id)")
    }
    #expect(Set(RuleCatalog.rules.map(\.id)).count == RuleCatalog.rules.count)
  }

  @Test func everyCitedSectionAppearsInTheNamedSourceFile() throws {
    // Given the source documents beside the clone (CI has them too)
    let folder = Self.sourcesFolder
    #expect(FileManager.default.fileExists(atPath: folder.path), "shared/sources missing at \(folder.path)")
    let citations = RuleCatalog.rules.flatMap(\.sources) + QuestionCatalog.questions.map(\.source)
    #expect(!citations.isEmpty)
    // Then every section is quoted verbatim from its document
    for citation in citations {
      let text = try String(contentsOf: folder.appendingPathComponent(citation.document), encoding: .utf8)
      #expect(text.contains(citation.section), "\(citation.document) lacks \"\(citation.section)\"")
    }
  }

  @Test func everyRuleHasSourcesAndParametersItNeeds() {
    let needs: [String: [String]] = [
      "fever-on-treatment": ["feverCelsius"], "fever-persists": ["feverCelsius", "minDays", "windowDays"],
      "symptom-persists-2-weeks": ["spanDays", "maxGapDays"], "relapse-sign-cluster": ["minSigns", "windowDays"],
      "bleeding-or-bruising": ["urgentSeverity"], "weight-loss": ["shortPercent", "shortDays", "longPercent", "longDays"],
      "frequent-infections": ["minCount", "windowDays"], "worsening-symptom": ["risePoints", "windowDays", "severeLevel"],
      "follow-up-overdue": ["onTreatmentDays", "firstYearDays", "toFiveYearsDays", "afterDays"],
    ]
    for rule in RuleCatalog.rules {
      #expect(!rule.sources.isEmpty, "\(rule.id) has no sources")
      for name in needs[rule.id] ?? [] { #expect(rule.parameters[name] != nil, "\(rule.id) lacks \(name)") }
      for term in rule.symptoms { #expect(SymptomCatalog.symptom(term: term) != nil, "\(rule.id) watches unknown \(term)") }
    }
    #expect(RuleCatalog.rule("fever-on-treatment")?.external.isEmpty == false, "the 38.0 °C threshold is external")
  }

  @Test func nothingTheRulesSayIsADiagnosis() {
    let diagnoses = [
      "you have leukemia", "you have relapsed", "has relapsed", "is a relapse", "means relapse", "you have an infection",
      "you have cancer", "is leukemia", "the leukemia is back", "your leukemia has",
    ]
    for rule in RuleCatalog.rules {
      for text in [rule.title, rule.message, rule.action].map({ $0.lowercased() }) {
        for phrase in diagnoses { #expect(!text.contains(phrase), "\(rule.id): \"\(phrase)\"") }
      }
    }
  }

  @Test func questionsFollowRealRules() {
    let ids = Set(RuleCatalog.rules.map(\.id))
    for question in QuestionCatalog.questions {
      for rule in question.afterRules { #expect(ids.contains(rule), "\(question.text) follows unknown \(rule)") }
    }
  }
}
