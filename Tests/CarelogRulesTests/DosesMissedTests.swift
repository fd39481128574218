import CarelogCore
import Testing

@testable import CarelogRules

/// `doses-missed` in process: missed ÷ (due − held) over the last 30 days, at its 5 % and 10 % boundaries.
struct DosesMissedTests {
  static let today = RuleEngineTests.today

  /// A daily medicine given all of the last 30 days, with `missed` and `held` doses among them, the rest taken.
  static func flags(_ name: String = "mercaptopurine", missed: Int, held: Int, unrecorded: Int = 0) -> [WarningFlag] {
    var medicine = Medicine(
      profileID: 1, name: name, dose: "50 mg", schedule: DoseSchedule(every: .day), from: today.adding(days: -100))
    medicine.id = 1
    var random = SplitMix64(seed: 3)
    let statuses = Array(repeating: Dose.Status.missed, count: missed) + Array(repeating: .held, count: held)
      + Array(repeating: .taken, count: 30 - missed - held - unrecorded)
    let doses = statuses.enumerated().map { index, status in
      Dose(
        id: EntryID.random(using: &random), medicineID: 1, on: today.adding(days: -index), status: status,
        reporter: Reporter(name: "Anna", role: .caregiver), recordedAt: Timestamp(secondsSince1970: 0))
    }
    let journal = Journal()
    let input = RuleInput(
      profile: journal.profile, entries: [], treatments: [], baseline: [], visits: journal.visits, asOf: today,
      medicines: [medicine], doses: doses)
    return RuleEngine.flags(input).filter { $0.rule == "doses-missed" }
  }

  @Test func fivePercentIsNotAFlagAndSixIsNextVisit() {
    #expect(Self.flags(missed: 1, held: 10).isEmpty)  // 1 of 20 = 5 %
    let six = Self.flags(missed: 1, held: 13)  // 1 of 17 = 5.9 %
    #expect(six.map(\.level) == [.nextVisit])
  }

  @Test func tenPercentIsNextVisitAndElevenIsSoon() {
    #expect(Self.flags(missed: 2, held: 10).map(\.level) == [.nextVisit])  // 2 of 20 = 10 %
    let eleven = Self.flags(missed: 3, held: 3)  // 3 of 27 = 11.1 %
    #expect(eleven.map(\.level) == [.soon])
    #expect(eleven.first?.action == "Call the care team today or tomorrow.")
    #expect(eleven.first?.seen.contains("3 of the 27") == true)
  }

  @Test func dosesNotRecordedNeverRaiseIt() {
    #expect(Self.flags(missed: 0, held: 0, unrecorded: 29).isEmpty)
  }

  @Test func onlyMaintenanceMedicinesSpeakOfRelapse() {
    let maintenance = Self.flags("methotrexate", missed: 4, held: 0)
    #expect(maintenance.first?.meaning.contains("higher chance of the leukemia coming back") == true)
    let steroid = Self.flags("steroid", missed: 4, held: 0)
    #expect(steroid.count == 1)
    #expect(steroid.first?.meaning.contains("leukemia") == false)
    #expect(steroid.first?.meaning.contains("Ask the care team what to do about a missed dose") == true)
  }

  @Test func theFlagNamesItsStudiesAsExternal() {
    let flag = Self.flags(missed: 5, held: 0).first
    #expect(flag?.external.contains { $0.origin.contains("Bhatia") } == true)
    #expect(flag?.sources.isEmpty == false)
  }
}
