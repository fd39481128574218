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

  @Test func feverUpTo42DaysAfterTreatmentIsUrgentAndLaterIsNot() {
    var soon = Journal().temperature(38.6, daysAgo: 3)
    soon.profile.treatmentEnded = Self.today.adding(days: -6)
    let flag = soon.flags().first { $0.rule == "fever-on-treatment" }
    #expect(flag?.level == .urgent)
    #expect(flag?.seen.contains("3 days after the last day of treatment") == true)
    var day42 = Journal().temperature(38.2, daysAgo: 1)
    day42.profile.treatmentEnded = Self.today.adding(days: -43)
    #expect(day42.flags().contains { $0.rule == "fever-on-treatment" })
    var day43 = Journal().temperature(38.5, daysAgo: 3).temperature(38.2, daysAgo: 1)
    day43.profile.treatmentEnded = Self.today.adding(days: -46)
    let flags = day43.flags()
    #expect(!flags.contains { $0.rule == "fever-on-treatment" })
    #expect(flags.contains { $0.rule == "fever-persists" })
  }

  @Test func feverWithACentralLineIsUrgentInAnyPhase() {
    var journal = Journal().temperature(38.1, daysAgo: 1)
    journal.profile.treatmentEnded = Self.today.adding(days: -900)
    #expect(!journal.flags().contains { $0.rule == "fever-on-treatment" })
    journal.profile.centralLine = true
    let flag = journal.flags().first { $0.rule == "fever-on-treatment" }
    #expect(flag?.level == .urgent)
    #expect(flag?.seen.contains("central line") == true)
  }

  @Test func redFlagSymptomsAreUrgentAtAnySeverityOrWhenSevere() {
    #expect(Journal().symptom("chest-pain", .mild, daysAgo: 1).flags().contains { $0.rule == "red-flag-symptom" && $0.level == .urgent })
    let moderate = Journal().symptom("shortness-of-breath", .moderate, daysAgo: 1).flags()
    #expect(!moderate.contains { $0.level == .urgent })
    let verySevere = Journal().symptom("shortness-of-breath", .verySevere, daysAgo: 1).flags()
    #expect(verySevere.filter { $0.level == .urgent }.map(\.rule) == ["red-flag-symptom"], "one flag per condition")
  }

  @Test func twoSevereSymptomsTheSameDayMakeOneUrgentFlag() {
    let two = Journal().symptom("nausea", .severe, daysAgo: 1).symptom("diarrhea", .severe, daysAgo: 1).flags()
    #expect(two.map(\.rule) == ["severe-symptoms-together"])
    let one = Journal().symptom("nausea", .severe, daysAgo: 1).symptom("diarrhea", .moderate, daysAgo: 1).flags()
    #expect(!one.contains { $0.level == .urgent })
    let apart = Journal().symptom("nausea", .severe, daysAgo: 2).symptom("diarrhea", .severe, daysAgo: 1).flags()
    #expect(!apart.contains { $0.rule == "severe-symptoms-together" })
  }

  @Test func verySevereSymptomOnTreatmentIsUrgent() {
    let on = Journal().symptom("diarrhea", .verySevere, daysAgo: 1).flags().first { $0.rule == "worsening-symptom" }
    #expect(on?.level == .urgent)
    var later = Journal().symptom("diarrhea", .verySevere, daysAgo: 1)
    later.profile.treatmentEnded = Self.today.adding(days: -400)
    #expect(later.flags().first { $0.rule == "worsening-symptom" }?.level == .soon)
  }

  /// A flag lists its entries in the journal's order, so the same journal gives the same output on every run
  /// (they were gathered through a Set, which put same-day entries in a different order from run to run).
  @Test func sameDayEntriesOfAFlagKeepTheJournalsOrder() throws {
    var journal = Journal().symptom("joint-pain", .none, daysAgo: 3).symptom("joint-pain", .moderate, daysAgo: 2)
      .symptom("joint-pain", .severe, daysAgo: 2).symptom("joint-pain", .verySevere, daysAgo: 2)
      .symptom("joint-pain", .mild, daysAgo: 2)
    journal.entries.sort(by: Episodes.isInJournalOrder)
    let flag = try #require(journal.flags().first { $0.rule == "worsening-symptom" })
    #expect(flag.entries.count == 4)
    #expect(flag.entries == journal.entries.map(\.id).filter(flag.entries.contains))
    #expect(flag.values.map(\.severity) == journal.entries.filter { flag.entries.contains($0.id) }.map(\.severity))
  }

  @Test func relapseSignsNeverSpeakOfRelapseBeforeRemission() {
    var journal = Journal().symptom("bone-pain", .mild, daysAgo: 6).symptom("pale-skin", .mild, daysAgo: 4)
      .symptom("headache", .mild, daysAgo: 2)
    #expect(journal.flags().contains { $0.rule == "relapse-sign-cluster" })
    journal.profile.remission = nil
    #expect(!journal.flags().contains { $0.rule == "relapse-sign-cluster" })
    journal.profile.remission = Self.today.adding(days: -3)
    #expect(!journal.flags().contains { $0.rule == "relapse-sign-cluster" }, "only the sign after remission counts")
  }

  @Test func relapseSignsThatAreSideEffectsCountAndTheFlagSaysBoth() {
    var journal = Journal().symptom("fatigue", .mild, daysAgo: 6).symptom("easy-bruising", .mild, daysAgo: 4)
      .symptom("bleeding", .mild, daysAgo: 2)
    journal.treatments = [Treatment(profileID: 1, agent: "mercaptopurine", from: Self.today.adding(days: -300), to: nil, note: nil)]
    let flag = journal.flags().first { $0.rule == "relapse-sign-cluster" }
    #expect(flag?.level == .soon)
    #expect(flag?.message.contains("low blood counts from maintenance chemotherapy can look like this too") == true)
  }

  @Test func weightLossIsASoonFlag() {
    var journal = Journal().adding(.weight, value: 50, daysAgo: 100).adding(.weight, value: 44, daysAgo: 2)
    journal.profile.treatmentEnded = Self.today.adding(days: -1100)
    #expect(journal.flags().first { $0.rule == "weight-loss" }?.level == .soon)
  }

  @Test func persistingSymptomNeedsFirstAndLastReportFourteenDaysApartAndThreeReports() {
    let thirteen = Journal().symptom("bone-pain", .mild, daysAgo: 14).symptom("bone-pain", .mild, daysAgo: 7)
      .symptom("bone-pain", .mild, daysAgo: 1).flags()
    #expect(!thirteen.contains { $0.rule == "symptom-persists-2-weeks" })
    let fourteen = Journal().symptom("bone-pain", .mild, daysAgo: 15).symptom("bone-pain", .mild, daysAgo: 8)
      .symptom("bone-pain", .mild, daysAgo: 1).flags()
    let flag = fourteen.first { $0.rule == "symptom-persists-2-weeks" }
    #expect(flag?.level == .soon)
    #expect(flag?.from == Self.today.adding(days: -15))
    #expect(flag?.to == Self.today.adding(days: -1))
    #expect(flag?.id == "symptom-persists-2-weeks:bone-pain:\(Self.today.adding(days: -15))")
  }

  @Test func mildListedSideEffectThatLastsIsForTheNextVisit() {
    var journal = Journal().symptom("nausea", .mild, daysAgo: 15).symptom("nausea", .mild, daysAgo: 8)
      .symptom("nausea", .mild, daysAgo: 1)
    journal.treatments = [Treatment(profileID: 1, agent: "mercaptopurine", from: Self.today.adding(days: -300), to: nil, note: nil)]
    #expect(journal.flags().first { $0.rule == "symptom-persists-2-weeks" }?.level == .nextVisit)
    let moderate = journal.symptom("nausea", .moderate, daysAgo: 0)
    #expect(moderate.flags().first { $0.rule == "symptom-persists-2-weeks" }?.level == .soon)
  }

  @Test func wordsNameThePatientForACaregiverAndSayYouOtherwise() {
    var journal = Journal().temperature(38.6, daysAgo: 1)
    journal.profile.reporter = "Anna"
    journal.profile.reporterRole = .caregiver
    let parent = journal.flags().first { $0.rule == "fever-on-treatment" }
    #expect(parent?.message.contains("Leo's highest temperature") == true)
    journal.profile.reporter = nil
    let patient = journal.flags().first { $0.rule == "fever-on-treatment" }
    #expect(patient?.message.contains("your highest temperature") == true)
    #expect(Voice(name: "Leo").fill("a symptom {name} had; {Name's} weight") == "a symptom Leo had; Leo's weight")
    #expect(Voice(name: nil).fill("a symptom {name} had; {Name's} weight") == "a symptom you had; Your weight")
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

  @Test func sideEffectThatIsAlsoARelapseSignSaysBothAndNeverAssertsTheCause() {
    var journal = Journal().symptom("fatigue", .mild, daysAgo: 2)
    journal.treatments = [Treatment(profileID: 1, agent: "mercaptopurine", from: Self.today.adding(days: -300), to: nil, note: nil)]
    let flag = journal.flags().first { $0.rule == "treatment-side-effect" }
    #expect(flag?.message.contains("listed as a possible side effect of Mercaptopurine") == true)
    #expect(flag?.message.contains("also on the guides' lists of signs of leukemia and of relapse") == true)
    #expect(flag?.message.contains("is a known side effect") == false)
    #expect(flag?.meaning.contains("can also be a sign of something else") == true)
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

  func flags(acks: [FlagAcknowledgement] = []) -> [WarningFlag] {
    let input = RuleInput(
      profile: profile, entries: entries, treatments: treatments, baseline: [], visits: visits,
      asOf: RuleEngineTests.today)
    return RuleEngine.flags(input, acknowledgements: acks)
  }
}

/// The windows read after `log` and for `flags` come from the rules' catalog parameters, one definition for both.
struct EntryNeedsTests {
  static let day = RuleEngineTests.today

  func entry(_ kind: Entry.Kind, _ term: String? = nil) -> Entry {
    var random = SplitMix64(seed: 1)
    return Entry(
      id: EntryID.random(using: &random), profileID: 1, kind: kind, term: term, severity: .mild, value: nil, unit: nil,
      occurredOn: Self.day, recordedAt: Timestamp(secondsSince1970: 0), reporter: Reporter(name: "Anna", role: .caregiver))
  }

  func days(_ rule: String, _ name: String) -> Int { Int(RuleCatalog.rule(rule)!.parameter(name)) }

  @Test func aWeightReadsTheWeightLossWindowOnly() {
    let needs = RuleEngine.needs(around: entry(.weight))
    #expect(needs.contains(EntryNeed(kind: .weight, term: nil, since: Self.day.adding(days: -days("weight-loss", "longDays")))))
    #expect(!needs.contains { $0.kind == .infection || $0.kind == .temperature })
  }

  @Test func aTemperatureReadsTheFeverWindows() {
    let needs = RuleEngine.needs(around: entry(.temperature))
    let feverDays = max(days("fever-on-treatment", "lookBackDays"), 2 * days("fever-persists", "windowDays"))
    #expect(needs.filter { $0.kind == .temperature }.map(\.since).min() == Self.day.adding(days: -feverDays))
    #expect(needs.contains { $0.kind == .symptom && $0.term == "fever" })
  }

  @Test func aSymptomReadsItsOwnHistoryAndOtherSymptomsForClusters() {
    let needs = RuleEngine.needs(around: entry(.symptom, "bone-pain"))
    #expect(needs.contains(EntryNeed(kind: .symptom, term: "bone-pain", since: Self.day.adding(days: -days("symptom-persists-2-weeks", "lookBackDays")))))
    #expect(needs.contains(EntryNeed(kind: .symptom, term: nil, since: Self.day.adding(days: -days("relapse-sign-cluster", "windowDays")))))
    #expect(!needs.contains { $0.kind == .temperature }, "bone pain takes part in no fever rule")
  }

  @Test func aNoteReadsNothingAndPeriodsReadTheLongestWindowOfEachKind() {
    #expect(RuleEngine.needs(around: entry(.note)).isEmpty)
    let lookBack = RuleEngine.lookBack()
    #expect(lookBack[.weight] == days("weight-loss", "longDays"))
    #expect(lookBack[.infection] == days("frequent-infections", "windowDays"))
    #expect(lookBack[.note] == 0)
  }
}

/// The check after `log` runs only the rules that read entries like the new one; it must find exactly the flags
/// that running every rule finds for that entry.
struct InvolvedRulesTests {
  @Test func onlyTheRulesReadingAnEntryFindAllItsFlags() {
    var random = SplitMix64(seed: 11)
    let terms = ["fever", "bone-pain", "easy-bruising", "nausea", "headache", "nerve-pain", "chest-pain", "fatigue"]
    for round in 0..<600 {
      var journal = Journal()
      if round % 3 == 0 { journal.profile.treatmentEnded = RuleEngineTests.today.adding(days: -Int(random.next() % 400)) }
      journal.treatments = [Treatment(profileID: 1, agent: "vincristine", from: RuleEngineTests.today.adding(days: -60), to: nil, note: nil)]
      for _ in 0..<Int(random.next() % 30) {
        let daysAgo = Int(random.next() % 40)
        switch random.next() % 4 {
        case 0: journal = journal.temperature(37.0 + Double(random.next() % 25) / 10, daysAgo: daysAgo)
        case 1: journal = journal.infection(daysAgo: daysAgo)
        default:
          let term = terms[Int(random.next() % UInt64(terms.count))]
          journal = journal.symptom(term, Severity(rawValue: Int(random.next() % 5))!, daysAgo: daysAgo)
        }
      }
      guard let newest = journal.entries.last else { continue }
      let input = RuleInput(
        profile: journal.profile, entries: journal.entries, treatments: journal.treatments, baseline: ["bone-pain"],
        visits: journal.visits, asOf: RuleEngineTests.today)
      let all = RuleEngine.flags(input).filter { $0.entries.contains(newest.id) }
      let involved = RuleEngine.flags(input, involving: [newest]).filter { $0.entries.contains(newest.id) }
      #expect(involved == all, "round \(round)")
    }
  }
}
