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

  func build(_ profile: Profile, entries: [Entry]) -> Summary {
    let input = RuleInput(profile: profile, entries: entries, treatments: [], baseline: [], visits: [], asOf: Self.today)
    return SummaryBuilder.build(
      profile: profile, entries: entries, treatments: [], baseline: [], flags: RuleEngine.flags(input),
      period: Self.today.adding(days: -29)...Self.today, asOf: Self.today)
  }
}
