import CarelogCore
import Testing

/// The one validation every way in uses (command line, import, CARELOG_TODAY): dates carelog keeps, terms and
/// flag ids as carelog makes them, entry content that fits its kind.
struct ValueCheckTests {
  static let today = LocalDate(iso: "2026-11-26")!
  static let now = Timestamp(iso: "2026-11-26T12:00:00Z")!

  static func entry(_ kind: Entry.Kind, term: String? = nil, severity: Severity? = nil, value: Double? = nil, unit: String? = nil) -> Entry {
    Entry(
      id: EntryID("6f1c2e9a-1b2c-4d3e-8f40-1234567890ab")!, profileID: 1, kind: kind, term: term, severity: severity,
      value: value, unit: unit, occurredOn: today, recordedAt: now, reporter: Reporter(name: "Leo", role: .self))
  }

  @Test func leapSecondsAndYearsOutsideTheRangeAreRefused() {
    #expect(Timestamp(iso: "9999-12-31T23:59:60Z") == nil)
    #expect(Timestamp(iso: "2016-12-31T23:59:60Z") == nil)
    #expect(Timestamp(iso: "2016-12-31T23:59:59Z") != nil)
    expectCarelogError(.badData, "year 2201") { try SupportedDates.check(LocalDate(iso: "2201-01-01")!, "date") }
    expectCarelogError(.badData, "year 1899") { try SupportedDates.check(LocalDate(iso: "1899-12-31")!, "date") }
    #expect((try? SupportedDates.check(LocalDate(iso: "1900-01-01")!, "date")) != nil)
    #expect((try? SupportedDates.check(LocalDate(iso: "2200-12-31")!, "date")) != nil)
    expectCarelogError(.badData, "tomorrow from the last day") {
      try DateInput.parse("tomorrow", today: SupportedDates.last, allowFuture: true)
    }
    expectCarelogError(.badData, "3 days before the first day") { try DateInput.parse("3 days ago", today: SupportedDates.first) }
  }

  @Test(arguments: [
    (Entry.Kind.symptom, "fatigue", nil, 1e300, nil), (.symptom, nil, nil, nil, nil), (.temperature, nil, nil, 38.2, "kg"),
    (.temperature, nil, nil, 1e300, "C"), (.temperature, nil, nil, nil, "C"), (.weight, nil, nil, 0.5, "kg"),
    (.note, nil, Severity.mild, nil, nil), (.infection, "fatigue", nil, nil, nil), (.temperature, nil, Severity.mild, 38.2, "C"),
  ] as [(Entry.Kind, String?, Severity?, Double?, String?)])
  func contentThatDoesNotFitItsKindIsRefused(_ kind: Entry.Kind, _ term: String?, _ severity: Severity?, _ value: Double?, _ unit: String?) {
    expectCarelogError(.badData, "\(kind) \(String(describing: term)) \(String(describing: value)) \(String(describing: unit))") {
      try EntryCheck.content(Self.entry(kind, term: term, severity: severity, value: value, unit: unit))
    }
  }

  @Test func contentThatFitsIsAccepted() throws {
    try EntryCheck.content(Self.entry(.symptom, term: "fatigue", severity: .mild))
    try EntryCheck.content(Self.entry(.temperature, value: 38.2, unit: "C"))
    try EntryCheck.content(Self.entry(.weight, value: 27.4, unit: "kg"))
    try EntryCheck.content(Self.entry(.note))
  }

  @Test func entriesInTheFutureOrBeforeBirthAreRefused() {
    var leo = Profile(name: "Leo")
    leo.born = LocalDate(iso: "2017-03-02")!
    var entry = Self.entry(.symptom, term: "fatigue")
    entry.occurredOn = Self.today.adding(days: 1)
    expectCarelogError(.badData, "future") { try EntryCheck.checked(entry, profile: leo, today: Self.today, now: Self.now) }
    entry.occurredOn = LocalDate(iso: "2017-03-01")!
    expectCarelogError(.badData, "before birth") { try EntryCheck.checked(entry, profile: leo, today: Self.today, now: Self.now) }
    entry.occurredOn = Self.today
    entry.recordedAt = Timestamp(iso: "2026-11-28T12:00:00Z")!
    expectCarelogError(.badData, "recorded in the future") { try EntryCheck.checked(entry, profile: leo, today: Self.today, now: Self.now) }
  }

  @Test(arguments: ["fatigue", "bone-pain", "eye-twitch", "douleur-œil", "a1"])
  func termsAsCarelogMakesThemAreAccepted(_ term: String) throws {
    #expect(try TextInput.term(term) == term)
  }

  @Test(arguments: ["", "Fatigue", "bone pain", "-pain", "pain-", "bone--pain", "\u{1B}[31mfatigue", "a\u{0}b", String(repeating: "a", count: 101)])
  func otherTermsAreRefused(_ term: String) {
    expectCarelogError(.badData, term.debugDescription) { try TextInput.term(term) }
  }

  @Test func flagIDsAsCarelogMakesThemAreAcceptedAndOthersRefused() throws {
    for id in ["bleeding-or-bruising:2026-11-01", "symptom-persists-2-weeks:bone-pain:2026-11-11", "weight-loss:measured:2026-10-01"] {
      #expect(try TextInput.flagID(id) == id)
    }
    for id in ["nocolon", "x\u{1B}[31m:2026-11-01", "Fever:2026-11-01", ":2026", String(repeating: "a", count: 200) + ":2026-11-01"] {
      expectCarelogError(.badData, id.debugDescription) { try TextInput.flagID(id) }
    }
  }

  @Test func namesAreComparedTrimmedAndInNFC() {
    #expect(Profile.nameKey(" Zoe\u{308} ").unicodeScalars.elementsEqual(Profile.nameKey("ZO\u{CB}").unicodeScalars))
    #expect(Profile.nameKey(" Leo ") == "leo")
  }
}
