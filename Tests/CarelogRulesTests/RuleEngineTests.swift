import CarelogCore
import Testing

@testable import CarelogRules

/// The engine in process: thresholds, episodes, phases and acknowledgements, on journals built in memory.
struct RuleEngineTests {
  static let today = LocalDate(iso: "2026-11-26")!

  @Test func feverAtThresholdOnTreatmentIsUrgentAndBelowIsNot() {
    let at = Journal().temperature(38.0, daysAgo: 1).flags()
    #expect(at.contains { $0.rule == "fever-on-treatment" && $0.level == .urgent })
    let below = Journal().temperature(37.9, daysAgo: 1).flags()
    #expect(!below.contains { $0.rule == "fever-on-treatment" })
  }

  @Test func feverAfterTreatmentEndedIsNotAFeverOnTreatment() {
    var journal = Journal().temperature(38.5, daysAgo: 3).temperature(38.2, daysAgo: 1)
    journal.profile.treatmentEnded = Self.today.adding(days: -100)
    let flags = journal.flags()
    #expect(!flags.contains { $0.rule == "fever-on-treatment" })
    #expect(flags.contains { $0.rule == "fever-persists" })
  }

  @Test func persistingSymptomNeedsFourteenDaysCountingBothEnds() {
    let thirteen = Journal().symptom("bone-pain", .mild, daysAgo: 13).symptom("bone-pain", .mild, daysAgo: 7)
      .symptom("bone-pain", .mild, daysAgo: 1).flags()
    #expect(!thirteen.contains { $0.rule == "symptom-persists-2-weeks" })
    let fourteen = Journal().symptom("bone-pain", .mild, daysAgo: 14).symptom("bone-pain", .mild, daysAgo: 7)
      .symptom("bone-pain", .mild, daysAgo: 1).flags()
    let flag = fourteen.first { $0.rule == "symptom-persists-2-weeks" }
    #expect(flag?.from == Self.today.adding(days: -14))
    #expect(flag?.to == Self.today.adding(days: -1))
    #expect(flag?.id == "symptom-persists-2-weeks:bone-pain:\(Self.today.adding(days: -14))")
  }

  @Test func aNoneReportOrAGapOfMoreThanAWeekEndsTheRun() {
    let broken = Journal().symptom("bone-pain", .mild, daysAgo: 20).symptom("bone-pain", .none, daysAgo: 12)
      .symptom("bone-pain", .mild, daysAgo: 5).flags()
    #expect(!broken.contains { $0.rule == "symptom-persists-2-weeks" })
    let gap = Journal().symptom("bone-pain", .mild, daysAgo: 20).symptom("bone-pain", .mild, daysAgo: 12)
      .symptom("bone-pain", .mild, daysAgo: 4).flags()
    #expect(!gap.contains { $0.rule == "symptom-persists-2-weeks" })
  }

  @Test func acknowledgedFlagIsMarkedUntilItBecomesMoreUrgent() {
    let journal = Journal().symptom("easy-bruising", .mild, daysAgo: 3)
    let flag = try! #require(journal.flags().first { $0.rule == "bleeding-or-bruising" })
    let ack = FlagAcknowledgement(flagID: flag.id, level: flag.level, at: Timestamp(secondsSince1970: 0), note: nil)
    #expect(journal.flags(acks: [ack]).first { $0.id == flag.id }?.acknowledged == true)
    let worse = journal.symptom("bleeding", .severe, daysAgo: 1).flags(acks: [ack]).first { $0.id == flag.id }
    #expect(worse?.level == .urgent)
    #expect(worse?.acknowledged == false)
  }

  @Test func flagsAreSortedMostUrgentFirst() {
    let flags = Journal().temperature(38.4, daysAgo: 2).symptom("easy-bruising", .mild, daysAgo: 1)
      .infection(daysAgo: 60).infection(daysAgo: 30).infection(daysAgo: 2).flags()
    let levels = flags.map(\.level)
    #expect(levels == levels.sorted())
    #expect(levels.first == .urgent)
    #expect(flags.contains { $0.rule == "frequent-infections" })
  }

  @Test func sideEffectThatIsAlsoARelapseSignSaysBoth() {
    var journal = Journal().symptom("fatigue", .mild, daysAgo: 2)
    journal.treatments = [Treatment(profileID: 1, agent: "mercaptopurine", from: Self.today.adding(days: -300), to: nil, note: nil)]
    let flag = journal.flags().first { $0.rule == "treatment-side-effect" }
    #expect(flag?.message.contains("Mercaptopurine") == true)
    #expect(flag?.message.contains("can be either") == true)
  }

  @Test func followUpIsOverdueAfterTheExpectedInterval() {
    var journal = Journal().symptom("fatigue", .mild, daysAgo: 1)
    journal.visits = [Visit(profileID: 1, date: Self.today.adding(days: -42), with: nil, note: nil)]
    #expect(!journal.flags().contains { $0.rule == "follow-up-overdue" })
    journal.visits = [Visit(profileID: 1, date: Self.today.adding(days: -43), with: nil, note: nil)]
    #expect(journal.flags().contains { $0.rule == "follow-up-overdue" })
    journal.profile.visitEvery = 60
    #expect(!journal.flags().contains { $0.rule == "follow-up-overdue" })
  }
}

/// A small in-memory journal for one profile on treatment, with a visit yesterday.
struct Journal {
  var profile: Profile = {
    var profile = Profile(name: "Leo")
    profile.id = 1
    profile.remission = LocalDate(iso: "2025-01-01")
    return profile
  }()
  var entries: [Entry] = []
  var treatments: [Treatment] = []
  var visits = [Visit(profileID: 1, date: RuleEngineTests.today.adding(days: -1), with: nil, note: nil)]
  var random = SplitMix64(seed: 7)

  func adding(_ kind: Entry.Kind, term: String? = nil, severity: Severity? = nil, value: Double? = nil, daysAgo: Int) -> Journal {
    var copy = self
    copy.entries.append(
      Entry(
        id: EntryID.random(using: &copy.random), profileID: 1, kind: kind, term: term, severity: severity, value: value,
        unit: kind == .temperature ? "C" : nil, occurredOn: RuleEngineTests.today.adding(days: -daysAgo),
        recordedAt: Timestamp(secondsSince1970: 0), reporter: Reporter(name: "Anna", role: .caregiver)))
    return copy
  }

  func temperature(_ celsius: Double, daysAgo: Int) -> Journal { adding(.temperature, value: celsius, daysAgo: daysAgo) }
  func symptom(_ term: String, _ severity: Severity, daysAgo: Int) -> Journal {
    adding(.symptom, term: term, severity: severity, daysAgo: daysAgo)
  }
  func infection(daysAgo: Int) -> Journal { adding(.infection, daysAgo: daysAgo) }

  func flags(acks: [FlagAcknowledgement] = []) -> [Flag] {
    let input = RuleInput(
      profile: profile, entries: entries, treatments: treatments, baseline: [], visits: visits,
      asOf: RuleEngineTests.today)
    return RuleEngine.flags(input, acknowledgements: acks)
  }
}
