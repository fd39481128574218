import CarelogCore
import Testing

@testable import CarelogRules

/// `low-counts` in process: the CTCAE v5 grade 4 thresholds (ANC < 0.5, platelets < 25 ×10⁹/L) and the 3-day window
/// in which a fever or bleeding makes the flag `soon`.
struct LowCountsTests {
  func lowCounts(_ journal: Journal) -> [WarningFlag] { journal.flags().filter { $0.rule == "low-counts" } }

  @Test func anANCOf0Point49IsLowAnd0Point5IsNot() throws {
    // Given two journals with one ANC result each, just below and at the threshold
    // When the rules run
    let below = lowCounts(Journal().adding(.anc, value: 0.49, daysAgo: 2))
    let at = lowCounts(Journal().adding(.anc, value: 0.5, daysAgo: 2))
    // Then only the result below 0.5 raises an info flag, named for the count
    let flag = try #require(below.first)
    #expect(below.count == 1)
    #expect(flag.level == .info)
    #expect(flag.id == "low-counts:anc:\(RuleEngineTests.today.adding(days: -2))")
    #expect(flag.seen.contains("0.49 ×10⁹/L"))
    #expect(at.isEmpty)
  }

  @Test func plateletsOf24AreLowAnd25AreNot() throws {
    let below = lowCounts(Journal().adding(.platelets, value: 24, daysAgo: 2))
    let at = lowCounts(Journal().adding(.platelets, value: 25, daysAgo: 2))
    let flag = try #require(below.first)
    #expect(flag.level == .info)
    #expect(flag.id.hasPrefix("low-counts:platelets:"))
    #expect(at.isEmpty)
  }

  @Test func otherCountsNeverRaiseIt() {
    // White cells, hemoglobin and heights, however low, are shown in the summary but raise no flag.
    let journal = Journal().adding(.wbc, value: 0.1, daysAgo: 1).adding(.hemoglobin, value: 5, daysAgo: 1)
      .adding(.height, value: 40, daysAgo: 1)
    #expect(lowCounts(journal).isEmpty)
  }

  @Test(arguments: [(3, FlagLevel.soon), (4, .info), (-3, .soon), (-4, .info), (0, .soon)])
  func aFeverWithin3DaysOfALowANCMakesItSoon(daysAfter: Int, level: FlagLevel) throws {
    // Given a low ANC 10 days ago and a fever `daysAfter` days after it (before it when negative)
    let journal = Journal().adding(.anc, value: 0.2, daysAgo: 10).temperature(38.3, daysAgo: 10 - daysAfter)
    // When the rules run
    let flag = try #require(lowCounts(journal).first)
    // Then the flag is soon within 3 days, info beyond; the fever is among its entries only when near
    #expect(flag.level == level, "fever \(daysAfter) days after")
    #expect(flag.entries.count == (level == .soon ? 2 : 1))
    #expect(flag.action.contains("care team"))
    #expect(flag.from == RuleEngineTests.today.adding(days: -10), "the id keeps the day of the low result")
  }

  @Test func aFeverReportedAsASymptomCountsAndOneBelowTheThresholdDoesNot() throws {
    let reported = Journal().adding(.anc, value: 0.2, daysAgo: 5).symptom("fever", .mild, daysAgo: 4)
    #expect(try #require(lowCounts(reported).first).level == .soon)
    let warm = Journal().adding(.anc, value: 0.2, daysAgo: 5).temperature(37.9, daysAgo: 4)
    #expect(try #require(lowCounts(warm).first).level == .info)
    let gone = Journal().adding(.anc, value: 0.2, daysAgo: 5).symptom("fever", Severity.none, daysAgo: 4)
    #expect(try #require(lowCounts(gone).first).level == .info)
  }

  @Test(arguments: [(3, FlagLevel.soon), (4, .info)])
  func bleedingWithin3DaysOfLowPlateletsMakesItSoon(daysApart: Int, level: FlagLevel) throws {
    let journal = Journal().symptom("bleeding", .moderate, daysAgo: 10).adding(.platelets, value: 12, daysAgo: 10 - daysApart)
    let flag = try #require(lowCounts(journal).first)
    #expect(flag.level == level)
    #expect(flag.seen.contains("bleeding") == (level == .soon))
  }

  @Test func lowResultsUpTo14DaysApartAreOneFlag() {
    let together = Journal().adding(.anc, value: 0.3, daysAgo: 20).adding(.anc, value: 0.1, daysAgo: 6)
    #expect(lowCounts(together).count == 1)
    #expect(lowCounts(together).first?.seen.contains("the lowest was 0.1 ×10⁹/L") == true)
    let apart = Journal().adding(.anc, value: 0.3, daysAgo: 21).adding(.anc, value: 0.1, daysAgo: 6)
    #expect(lowCounts(apart).count == 2)
    let both = Journal().adding(.anc, value: 0.3, daysAgo: 2).adding(.platelets, value: 10, daysAgo: 2)
    #expect(Set(lowCounts(both).map(\.id)).count == 2, "one flag per count")
  }

  @Test func theWordsSayWhatTheCountMeansAndNeverDiagnose() throws {
    let anc = try #require(lowCounts(Journal().adding(.anc, value: 0.2, daysAgo: 1)).first)
    let platelets = try #require(lowCounts(Journal().adding(.platelets, value: 9, daysAgo: 1)).first)
    #expect(anc.seen.contains("the clinic's result"))
    #expect(anc.meaning.contains("infection"))
    #expect(platelets.meaning.contains("bleeding"))
    for text in [anc.message, platelets.message, anc.action].map({ $0.lowercased() }) {
      for phrase in ["you have", "diagnos", "neutropenic sepsis", "no call needed"] { #expect(!text.contains(phrase)) }
    }
    #expect(anc.external.contains { $0.origin.contains("CTCAE v5.0") })
  }

  @Test func aCountReadsTheFeverAndBleedingNearItAndAFeverReadsTheCounts() {
    let day = RuleEngineTests.today
    let near = Int(RuleCatalog.rule("low-counts")!.parameter("nearDays"))
    var random = SplitMix64(seed: 3)
    let entry = { (kind: Entry.Kind, term: String?) in
      Entry(
        id: EntryID.random(using: &random), profileID: 1, kind: kind, term: term, occurredOn: day,
        recordedAt: Timestamp(secondsSince1970: 0), reporter: Reporter(name: "Anna", role: .caregiver))
    }
    let count = RuleEngine.needs(around: entry(.platelets, nil))
    #expect(count.contains(EntryNeed(kind: .symptom, term: "bleeding", since: day.adding(days: -near))))
    #expect(count.contains { $0.kind == .temperature })
    let fever = RuleEngine.needs(around: entry(.temperature, nil))
    #expect(fever.contains { $0.kind == .anc } && fever.contains { $0.kind == .platelets })
    #expect(!RuleEngine.needs(around: entry(.hemoglobin, nil)).contains { $0.kind == .anc })
  }
}
