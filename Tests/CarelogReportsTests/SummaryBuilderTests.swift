import CarelogCore
import CarelogRules
import Testing

@testable import CarelogReports

/// The summary model, built in memory: trends, grouping of treatments, phase wording, questions.
struct SummaryBuilderTests {
  static let today = LocalDate(iso: "2026-11-26")!

  @Test func trendComparesTheLatestRatedReportWithTheFirst() {
    #expect(SymptomRows.trend([.mild, .moderate]) == .worse)
    #expect(SymptomRows.trend([.severe, .none, .mild]) == .better)
    #expect(SymptomRows.trend([.mild, .severe, .mild]) == .same)
    #expect(SymptomRows.trend([.mild]) == .single)
  }

  @Test func treatmentsAreGroupedByAgentAndOngoingWhenAnyCourseIs() {
    let treatments = [
      Treatment(profileID: 1, agent: "vincristine", from: LocalDate(iso: "2024-11-16"), to: LocalDate(iso: "2024-12-07"), note: nil),
      Treatment(profileID: 1, agent: "steroid", from: LocalDate(iso: "2024-11-16"), to: LocalDate(iso: "2024-12-13"), note: "dex"),
      Treatment(profileID: 1, agent: "vincristine", from: LocalDate(iso: "2025-05-05"), to: nil, note: "pulses"),
    ]
    let lines = SummaryBuilder.treatmentLines(treatments)
    #expect(lines.map(\.label) == ["Vincristine", "Steroid"])
    #expect(lines[0].courses == 2)
    #expect(lines[0].to == nil)
    #expect(lines[0].from == LocalDate(iso: "2024-11-16"))
    #expect(lines[1].to == LocalDate(iso: "2024-12-13"))
    #expect(SummaryWords.treatmentDates(lines[0]) == "2024-11-16 – ongoing, 2 courses")
  }

  @Test func phaseSaysMonthsSinceTreatmentEnded() {
    var profile = Profile(name: "Maria")
    profile.id = 1
    profile.treatmentEnded = LocalDate(iso: "2025-11-27")
    let summary = build(profile, entries: [])
    #expect(summary.header.phase == "11 months since treatment ended (2025-11-27)")
    #expect(!summary.header.isOnTreatment)
    #expect(summary.isEmpty)
  }

  @Test func questionsAreCappedAndFollowTheFlagsFirst() throws {
    var profile = Profile(name: "Leo")
    profile.id = 1
    let fever = Entry(
      id: EntryID("00000000-0000-4000-8000-000000000001")!, profileID: 1, kind: .temperature, value: 38.5, unit: "C",
      occurredOn: Self.today.adding(days: -1), recordedAt: Timestamp(secondsSince1970: 0),
      reporter: Reporter(name: "Anna", role: .caregiver))
    let summary = build(profile, entries: [fever])
    #expect(summary.flags.first?.rule == "fever-on-treatment")
    #expect(summary.questions.count <= SummaryBuilder.maxQuestions)
    #expect(!summary.questions.isEmpty)
    let raisedByFever = QuestionCatalog.questions.filter { $0.afterRules.contains("fever-on-treatment") }.map(\.text)
    let first = try #require(raisedByFever.first, "the catalog has a question after a fever")
    #expect(summary.questions.first?.text == first)
    #expect(summary.measurements.feverDays == [Self.today.adding(days: -1)])
  }

  @Test func worstIsNeverNoneForASymptomThatWasThereAndNotesHaveNoNestedBrackets() {
    var profile = Profile(name: "Maria")
    profile.id = 1
    var random = SplitMix64(seed: 5)
    func entry(_ kind: Entry.Kind, term: String? = nil, severity: Severity? = nil, daysAgo: Int, note: String? = nil) -> Entry {
      Entry(
        id: EntryID.random(using: &random), profileID: 1, kind: kind, term: term, severity: severity,
        occurredOn: Self.today.adding(days: -daysAgo), recordedAt: Timestamp(secondsSince1970: 0),
        reporter: Reporter(name: "Anna", role: .caregiver), note: note)
    }
    // An unrated nosebleed, then a check-in's "none".
    let summary = build(profile, entries: [
      entry(.symptom, term: "bleeding", daysAgo: 3), entry(.symptom, term: "bleeding", severity: Severity.none, daysAgo: 1),
      entry(.infection, daysAgo: 2),
    ])
    let row = summary.symptoms.first { $0.term == "bleeding" }
    #expect(row?.worst == nil, "reported, never rated: not 'none'")
    #expect(row?.latest == Severity.none)
    let text = ReportFormat.text.render(summary)
    #expect(text.contains("Infection (Anna, caregiver)"))
    #expect(!text.contains("Infection: ("))
    #expect(!text.contains("(caregiver))"))
  }

  func build(_ profile: Profile, entries: [Entry]) -> Summary {
    let input = RuleInput(profile: profile, entries: entries, treatments: [], baseline: [], visits: [], asOf: Self.today)
    return SummaryBuilder.build(
      profile: profile, entries: entries, treatments: [], baseline: [], flags: RuleEngine.flags(input),
      period: Self.today.adding(days: -29)...Self.today, asOf: Self.today)
  }
}
