import CarelogCore
import Testing

struct ProfileTests {
  private func child(reporterRole: ReporterRole? = nil) -> Profile {
    var profile = Profile(name: "Leo")
    profile.reporter = "Anna"
    profile.reporterRole = reporterRole
    return profile
  }

  @Test func anAdultRecordsForThemself() {
    // Given a profile with no default reporter
    let profile = Profile(name: "Sam")
    // When the reporter is chosen with no name, or with the profile's name in another case
    // Then it is the patient, as themself, spelled as in the profile
    #expect(profile.reporter(named: nil, role: nil) == Reporter(name: "Sam", role: .self))
    #expect(profile.reporter(named: "sam", role: nil) == Reporter(name: "Sam", role: .self))
  }

  @Test func aChildsDefaultReporterIsTheirCaregiver() {
    // Given a child's profile whose parent Anna usually records
    let profile = child()
    // When the reporter is chosen with no name, or Anna's name in another case
    // Then it is Anna as a caregiver, spelled as in the profile
    #expect(profile.reporter(named: nil, role: nil) == Reporter(name: "Anna", role: .caregiver))
    #expect(profile.reporter(named: "ANNA", role: nil) == Reporter(name: "Anna", role: .caregiver))
  }

  @Test func theDefaultReportersRoleIsKept() {
    // Given a profile whose default reporter has a stored role
    let profile = child(reporterRole: .self)
    // When the reporter is chosen by default
    // Then the stored role is used
    #expect(profile.reporter(named: nil, role: nil) == Reporter(name: "Anna", role: .self))
  }

  @Test func thePatientCanStillRecordForThemself() {
    // Given a child's profile with a default caregiver
    let profile = child()
    // When the child's own name is given
    // Then it is the child, as themself
    #expect(profile.reporter(named: "leo", role: nil) == Reporter(name: "Leo", role: .self))
  }

  @Test func anyoneElseIsACaregiver() {
    // Given a child's profile
    let profile = child()
    // When someone else is named
    // Then they are a caregiver, spelled as typed
    #expect(profile.reporter(named: "Grandma Jo", role: nil) == Reporter(name: "Grandma Jo", role: .caregiver))
  }

  @Test func aGivenRoleWins() {
    // Given a child's profile
    let profile = child()
    // When a role is given with or without a name
    // Then that role is used, with the name as given or the default reporter
    #expect(profile.reporter(named: "Leo", role: .caregiver) == Reporter(name: "Leo", role: .caregiver))
    #expect(profile.reporter(named: nil, role: .self) == Reporter(name: "Anna", role: .self))
    #expect(Profile(name: "Sam").reporter(named: nil, role: .caregiver) == Reporter(name: "Sam", role: .caregiver))
  }

  @Test func reporterDescriptionMarksCaregivers() {
    // Given a caregiver and a patient
    // When they are described
    // Then only the caregiver is marked
    #expect(Reporter(name: "Anna", role: .caregiver).description == "Anna (caregiver)")
    #expect(Reporter(name: "Leo", role: .self).description == "Leo")
  }

  @Test func onTreatmentUntilTheDayItEnded() throws {
    // Given a profile whose treatment ended on 2026-06-30, and one still on treatment
    var ended = Profile(name: "Leo")
    let end = try #require(LocalDate(iso: "2026-06-30"))
    ended.treatmentEnded = end
    let ongoing = Profile(name: "Sam")
    // When asked about days around the end
    // Then the end day still counts as on treatment, the day after does not
    #expect(ended.isOnTreatment(on: LocalDate(iso: "2026-06-29")!))
    #expect(ended.isOnTreatment(on: LocalDate(iso: "2026-06-30")!))
    #expect(!ended.isOnTreatment(on: LocalDate(iso: "2026-07-01")!))
    #expect(ongoing.isOnTreatment(on: LocalDate(iso: "2040-01-01")!))
  }
}
