import Testing

@testable import CarelogCore

/// Issue 16 in Core: advice that works when pasted, courses that may not overlap, the patient never their own
/// caregiver, no time later than now, and what changed between two versions.
struct RefuseDontGuessTests {
  let today = LocalDate(iso: "2026-11-26")!

  @Test(arguments: [
    ("vomiting", "vomiting"), ("sore throat", "\"sore throat\""), ("can't sleep", "\"can't sleep\""),
    ("$HOME", "'$HOME'"), ("it's \"bad\"", "'it'\\''s \"bad\"'"), ("-x", "-x"), ("", "\"\""),
  ])
  func wordsAreQuotedForAShell(_ word: String, _ quoted: String) {
    #expect(ShellWords.quoted(word) == quoted)
  }

  @Test func wordsAfterASymptomAdviseANoteWithTheOtherOptionsKept() {
    // Given `log "sore throat" really bad --on yesterday --note "at night"`
    let retry = LogRetry(term: "sore throat", options: ["--on", "yesterday"], note: "at night")
    // When it is read
    let error = expectCarelogError(.usage, "words") {
      try EntryContent(term: "sore throat", value: "really bad", severity: nil, allowNew: false, retry: retry)
    }
    // Then the advice keeps both texts and every option
    #expect(error?.message.hasSuffix("carelog log \"sore throat\" --on yesterday --note \"at night really bad\"") == true)
  }

  @Test func aNoteThatStartsWithADashIsJoinedToItsOption() {
    #expect(LogRetry(term: "vomiting").command(note: "-3 times") == "carelog log vomiting \"--note=-3 times\"")
  }

  @Test func aSeverityWordAfterASymptomAdvisesBothAndANumberOutsideTheScaleOnlyANote() {
    let moderate = expectCarelogError(.usage, "moderate") {
      try EntryContent(term: "fatigue", value: "moderate", severity: nil, allowNew: false)
    }
    #expect(moderate?.message.contains("carelog log fatigue --severity moderate") == true)
    let seven = expectCarelogError(.usage, "7") { try EntryContent(term: "fatigue", value: "7", severity: nil, allowNew: false) }
    #expect(seven?.message.contains("--severity") == false)
  }

  @Test func aNumberAloneOrAfterFeverIsATemperature() throws {
    #expect(try EntryContent(term: "38.5", value: nil, severity: nil, allowNew: false).kind == .temperature)
    let fever = try EntryContent(term: "fever", value: "101", severity: nil, allowNew: false)
    #expect(fever == EntryContent(kind: .temperature, value: 38.3, unit: "C", typed: "101 °F"))
  }

  @Test func anOverlappingCourseOfTheSameAgentIsRefusedAndALaterOneIsNot() throws {
    let first = Treatment(profileID: 1, agent: "mercaptopurine", from: LocalDate(iso: "2024-11-12"), to: LocalDate(iso: "2024-12-10"), note: nil)
    let overlapping = Treatment(profileID: 1, agent: "mercaptopurine", from: LocalDate(iso: "2024-12-01"), to: nil, note: nil)
    let error = expectCarelogError(.badData, "overlap") { try TreatmentOverlap.check(overlapping, against: [first], today: today) }
    #expect(error?.message.contains("--from 2024-12-11") == true)
    let later = Treatment(profileID: 1, agent: "mercaptopurine", from: LocalDate(iso: "2024-12-11"), to: nil, note: nil)
    try TreatmentOverlap.check(later, against: [first], today: today)
    let other = Treatment(profileID: 1, agent: "vincristine", from: LocalDate(iso: "2024-12-01"), to: nil, note: nil)
    try TreatmentOverlap.check(other, against: [first], today: today)
  }

  @Test func thePatientIsNeverTheirOwnCaregiver() throws {
    var profile = Profile(name: "Leo")
    profile.reporter = "Anna"
    expectCarelogError(.badData, "Leo") { try ReporterCheck.reporter(for: profile, named: "leo", role: .caregiver) }
    #expect(try ReporterCheck.reporter(for: profile, named: "Leo", role: .self).role == .self)
    #expect(try ReporterCheck.reporter(for: profile, named: nil, role: .caregiver).name == "Anna")
  }

  @Test func aTimeLaterThanNowIsRefusedOnlyToday() throws {
    let noon = TimeOfDay(hour: 12, minute: 0)!
    expectCarelogError(.badData, "13:00") {
      try ReporterCheck.time(TimeOfDay(hour: 13, minute: 0), on: today, today: today, now: noon)
    }
    try ReporterCheck.time(TimeOfDay(hour: 13, minute: 0), on: today.adding(days: -1), today: today, now: noon)
    try ReporterCheck.time(noon, on: today, today: today, now: noon)
  }

  @Test func whatChangedIsSaidFieldByField() {
    let old = Entry(
      id: EntryID("abcdef01-0000-4000-8000-000000000001")!, profileID: 1, kind: .symptom, term: "fatigue", severity: .mild,
      occurredOn: today, recordedAt: Timestamp(secondsSince1970: 0), reporter: Reporter(name: "Anna", role: .caregiver))
    var new = old
    new.severity = .severe
    new.note = "after school"
    #expect(EntryChanges.between(old, new) == ["severity: mild → severe", "note: none → \"after school\""])
    #expect(EntryChanges.between(old, old).isEmpty)
    #expect(EntryChanges.same(old, old))
  }
}
