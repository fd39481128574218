import CarelogCore
import Foundation
import Testing

@testable import CarelogRules

/// The rule and question catalogs: complete, cited from real passages, and never diagnosing.
struct RuleCatalogTests {
  static let requiredRules: [(String, FlagLevel)] = [
    ("fever-on-treatment", .urgent), ("red-flag-symptom", .urgent), ("severe-symptoms-together", .urgent),
    ("fever-persists", .soon), ("symptom-persists-2-weeks", .soon), ("baseline-symptom-returns", .soon),
    ("relapse-sign-cluster", .soon), ("bleeding-or-bruising", .soon), ("weight-loss", .soon),
    ("frequent-infections", .nextVisit), ("worsening-symptom", .soon), ("treatment-side-effect", .info),
    ("late-effect", .nextVisit), ("follow-up-overdue", .info), ("low-counts", .info),
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

  /// The source documents are not part of the repository; they sit beside it in the team's checkout.
  static var haveSources: Bool { FileManager.default.fileExists(atPath: sourcesFolder.path) }

  @Test(.enabled(if: haveSources, "needs shared/sources beside the clone"))
  func everyCitedSectionAppearsInTheNamedSourceFile() throws {
    // Given the source documents beside the clone
    let folder = Self.sourcesFolder
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
      "fever-on-treatment": ["feverCelsius", "afterTreatmentDays"], "fever-persists": ["feverCelsius", "minDays", "windowDays"],
      "symptom-persists-2-weeks": ["spanDays", "minReports", "maxGapDays"],
      "relapse-sign-cluster": ["minSigns", "windowDays"],
      "red-flag-symptom": ["severeLevel", "episodeGapDays"],
      "severe-symptoms-together": ["severeLevel", "minSymptoms", "afterTreatmentDays"],
      "bleeding-or-bruising": ["urgentSeverity"], "weight-loss": ["shortPercent", "shortDays", "longPercent", "longDays"],
      "frequent-infections": ["minCount", "windowDays"],
      "worsening-symptom": ["risePoints", "windowDays", "severeLevel", "urgentLevel", "afterTreatmentDays"],
      "follow-up-overdue": ["onTreatmentDays", "firstYearDays", "toFiveYearsDays", "afterDays"],
      "low-counts": ["ancBelow", "plateletsBelow", "nearDays", "feverCelsius"],
    ]
    for rule in RuleCatalog.rules {
      #expect(!rule.sources.isEmpty, "\(rule.id) has no sources")
      for name in needs[rule.id] ?? [] { #expect(rule.parameters[name] != nil, "\(rule.id) lacks \(name)") }
      for term in rule.symptoms + rule.severeSymptoms {
        #expect(SymptomCatalog.symptom(term: term) != nil, "\(rule.id) watches unknown \(term)")
      }
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

  @Test func noRuleSaysNoCallIsNeededOrAssertsACause() {
    for rule in RuleCatalog.rules {
      let texts = [rule.title, rule.message, rule.action] + [rule.escalation, rule.milder].compactMap { $0?.action }
      for text in texts.map({ $0.lowercased() }) {
        #expect(!text.contains("no call needed"), "\(rule.id): \(text)")
        #expect(!text.contains("is a known side effect"), "\(rule.id): \(text)")
      }
    }
  }

  @Test func noInternalParameterNameReachesTheWords() {
    for rule in RuleCatalog.rules {
      let texts = [rule.title, rule.message, rule.action] + rule.external.flatMap { [$0.threshold, $0.origin] }
      for name in rule.parameters.keys {
        for text in texts { #expect(!text.contains(name), "\(rule.id) says its parameter \(name): \(text)") }
      }
    }
  }

  @Test func levelsFollowTheStakes() {
    // Emergencies are urgent; a known side effect never lowers a level below what its severity calls for.
    #expect(RuleCatalog.rule("red-flag-symptom")?.symptoms.sorted() == ["chest-pain", "confusion", "fainting", "seizure"])
    #expect(
      RuleCatalog.rule("red-flag-symptom")?.severeSymptoms.sorted()
        == ["abdominal-pain", "bleeding", "headache", "shortness-of-breath", "vomiting"])
    #expect(RuleCatalog.rule("fever-on-treatment")?.parameters["afterTreatmentDays"] == 42)
    #expect(RuleCatalog.rule("worsening-symptom")?.escalation?.level == .urgent)
    #expect(RuleCatalog.rule("symptom-persists-2-weeks")?.milder?.level == .nextVisit)
    #expect(RuleCatalog.rule("bleeding-or-bruising")?.symptoms.contains("prolonged-periods") == true)
    // CTCAE v5 grade 4: ANC < 0.5 ×10⁹/L, platelets < 25 ×10⁹/L; soon with a fever or bleeding near it.
    let lowCounts = RuleCatalog.rule("low-counts")
    #expect(lowCounts?.parameters["ancBelow"] == 0.5)
    #expect(lowCounts?.parameters["plateletsBelow"] == 25)
    #expect(lowCounts?.escalation?.level == .soon)
    #expect(lowCounts?.external.contains { $0.origin.contains("CTCAE v5.0") } == true)
  }

  @Test func everyLateEffectSymptomCanBeReached() {
    // A symptom marked as a possible late effect must be a late effect of at least one treatment, or the late-effect
    // rule could never speak of it.
    let linked = Set(TreatmentCatalog.all.flatMap(\.lateEffects))
    for symptom in SymptomCatalog.all where symptom.lists.contains(.lateEffect) {
      #expect(linked.contains(symptom.term), "\(symptom.term) is marked late effect but no treatment lists it")
    }
  }

  @Test func questionsFollowRealRules() {
    let ids = Set(RuleCatalog.rules.map(\.id))
    for question in QuestionCatalog.questions {
      for rule in question.afterRules { #expect(ids.contains(rule), "\(question.text) follows unknown \(rule)") }
    }
  }
}
