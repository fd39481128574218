import CarelogCore
import CarelogStore
import Foundation
import Testing

struct RoundTripTests {
  @Test func aProfileWithEveryFieldComesBackTheSame() throws {
    try withTemporaryFolder { folder in
      // Given a profile with every field set, in Unicode, and one with only a name
      let location = JournalLocation(path: folder + "/journal.sqlite")
      var full = Profile(name: "Zoë Ñúñez")
      full.born = LocalDate(iso: "2016-02-29")
      full.diagnosed = LocalDate(iso: "2025-03-14")
      full.subtype = .tCell
      full.remission = LocalDate(iso: "2025-05-01")
      full.treatmentEnded = LocalDate(iso: "2027-09-30")
      full.reporter = "Anna-Lena"
      full.reporterRole = .caregiver
      full.notes = "Allergic to plasters 🩹\nSees Dr. Ødegård"
      full.visitEvery = 28
      let bare = Profile(name: "Sam")
      // When they are written, and read back through a new read-only connection
      let saved = try AppDatabase(location: location, access: .create).write { session in
        (try session.add(full), try session.add(bare))
      }
      let reader = try AppDatabase(location: location, access: .read)
      let (fullBack, bareBack, all) = try reader.read { session in
        (try session.profile(named: "Zoë Ñúñez"), try session.profile(id: saved.1.id!), try session.profiles())
      }
      // Then every field is as written, nil fields stay nil, and both are listed
      #expect(saved.0.id != nil && saved.1.id != nil)
      #expect(fullBack == saved.0)
      #expect(bareBack == saved.1)
      #expect(bareBack?.born == nil && bareBack?.reporter == nil && bareBack?.visitEvery == nil)
      #expect(all.map(\.name) == ["Sam", "Zoë Ñúñez"])
    }
  }

  @Test func profilesAreFoundByNameIgnoringCase() throws {
    try withTemporaryFolder { folder in
      // Given profiles named "Leo" and "Zoë Ñúñez"
      let location = JournalLocation(path: folder + "/journal.sqlite")
      let database = try AppDatabase(location: location, access: .create)
      let (leo, zoe) = try database.write { session in
        (try session.add(Profile(name: "Leo")), try session.add(Profile(name: "Zoë Ñúñez")))
      }
      // When they are looked up with their names in other cases
      // Then each is found
      #expect(try database.read { try $0.profile(named: "LEO") } == leo)
      #expect(try database.read { try $0.profile(named: "leo") } == leo)
      #expect(try database.read { try $0.profile(named: "zoë ñúñez") } == zoe, "non-ASCII letters in another case")
      #expect(try database.read { try $0.profile(named: "ZOË ÑÚÑEZ") } == zoe, "non-ASCII letters in another case")
      #expect(try database.read { try $0.profile(named: "Leon") } == nil)
    }
  }

  @Test func profileNamesAreUniqueIgnoringCase() throws {
    try withTemporaryFolder { folder in
      // Given a journal with a profile "Leo"
      let (database, _) = try Sample.journalWithProfile(in: folder)
      // When another profile named "LEO" is added
      // Then it is refused and there is still one profile
      expectCarelogError(.badData, "duplicate profile") { try database.write { try $0.add(Profile(name: "LEO")) } }
      #expect(try database.read { try $0.profiles().count } == 1)
      // And the same holds for a name with non-ASCII letters
      _ = try database.write { try $0.add(Profile(name: "Zoë")) }
      expectCarelogError(.badData, "duplicate profile ZOË") { try database.write { try $0.add(Profile(name: "ZOË")) } }
      #expect(try database.read { try $0.profiles().count } == 2)
    }
  }

  @Test func anUpdatedProfileAndTheDefaultProfileAreKept() throws {
    try withTemporaryFolder { folder in
      // Given a journal with a profile
      let (database, profile) = try Sample.journalWithProfile(in: folder)
      // When it is changed and made the default
      var changed = profile
      changed.treatmentEnded = LocalDate(iso: "2026-06-30")
      changed.notes = "end of maintenance"
      try database.write { session in
        try session.update(changed)
        try session.setDefaultProfile(changed)
      }
      // Then the changes and the default are read back
      #expect(try database.read { try $0.profile(id: profile.id!) } == changed)
      #expect(try database.read { try $0.defaultProfileName() } == "Leo")
    }
  }

  @Test func treatmentsBaselineAndVisitsComeBackTheSame() throws {
    try withTemporaryFolder { folder in
      // Given a profile
      let (database, profile) = try Sample.journalWithProfile(in: folder)
      let id = profile.id!
      // When treatments (one with every field, one with none optional), baseline symptoms and visits are written
      let (treatments, added, addedAgain, visits) = try database.write { session in
        let treatments = [
          try session.add(
            Treatment(
              profileID: id, agent: "vincristine", from: LocalDate(iso: "2025-03-20"), to: LocalDate(iso: "2025-12-01"),
              note: "weekly — Mittwoch")),
          try session.add(Treatment(profileID: id, agent: "steroid", from: nil, to: nil, note: nil)),
        ]
        let added = try session.addBaseline(["fatigue", "bone-pain", "fatigue"], to: profile)
        let addedAgain = try session.addBaseline(["fatigue", "pale-skin"], to: profile)
        let visits = [
          try session.add(Visit(profileID: id, date: LocalDate(iso: "2026-12-03")!, with: "Dr. Ødegård", note: "bloods 🩸")),
          try session.add(Visit(profileID: id, date: LocalDate(iso: "2026-11-01")!, with: nil, note: nil)),
        ]
        return (treatments, added, addedAgain, visits)
      }
      let back = try AppDatabase(location: database.location, access: .read).read { session in
        (try session.treatments(of: profile), try session.baseline(of: profile), try session.visits(of: profile))
      }
      // Then each comes back as written, ordered by date (undated treatments first), baseline terms once each
      #expect(treatments.allSatisfy { $0.id != nil })
      #expect(back.0 == [treatments[1], treatments[0]])
      #expect(added == ["fatigue", "bone-pain"])
      #expect(addedAgain == ["pale-skin"])
      #expect(back.1 == ["bone-pain", "fatigue", "pale-skin"])
      #expect(back.2 == [visits[1], visits[0]])
      #expect(back.2.first?.with == nil && back.2.first?.note == nil)
    }
  }

  @Test func entriesWithEveryFieldComeBackTheSame() throws {
    try withTemporaryFolder { folder in
      // Given entries of every kind, one with every field set and Unicode in its note, others with nil fields
      let (database, profile) = try Sample.journalWithProfile(in: folder)
      let id = profile.id!
      let anna = Reporter(name: "Anna", role: .caregiver)
      let entries = [
        Entry(
          id: Sample.id("a1"), profileID: id, kind: .symptom, term: "bone-pain", severity: .verySevere,
          occurredOn: LocalDate(iso: "2026-11-20")!, occurredAt: TimeOfDay(parsing: "21:30"),
          recordedAt: Timestamp(iso: "2026-11-20T21:35:07Z")!, reporter: anna,
          note: "Legs hurt — „schlimm“ 😢\nwoke twice, ночью"),
        Entry(
          id: Sample.id("a2"), profileID: id, kind: .temperature, value: 38.6, unit: "C",
          occurredOn: LocalDate(iso: "2026-11-21")!, recordedAt: Timestamp(iso: "2026-11-21T06:00:00Z")!, reporter: anna),
        Entry(
          id: Sample.id("a3"), profileID: id, kind: .weight, value: 27.45, unit: "kg",
          occurredOn: LocalDate(iso: "2026-11-22")!, recordedAt: Sample.moment, reporter: Reporter(name: "Leo", role: .self)),
        Entry(
          id: Sample.id("a4"), profileID: id, kind: .infection, occurredOn: LocalDate(iso: "2026-11-23")!,
          occurredAt: TimeOfDay(parsing: "12am"), recordedAt: Sample.moment, reporter: anna, note: "ear"),
        Entry(
          id: Sample.id("a5"), profileID: id, kind: .note, occurredOn: LocalDate(iso: "2026-11-24")!,
          recordedAt: Sample.moment, reporter: anna, note: "quiet day"),
        Entry(
          id: Sample.id("a6"), profileID: id, kind: .symptom, term: "eye-pain", occurredOn: LocalDate(iso: "2026-11-25")!,
          recordedAt: Sample.moment, reporter: anna),
      ]
      // When they are written, and read back through a new read-only connection
      try database.write { session in for entry in entries.reversed() { try session.add(entry) } }
      let back = try AppDatabase(location: database.location, access: .read).read { try $0.entries(EntryQuery()) }
      // Then every field is as written, oldest first
      #expect(back == entries)
      #expect(back.first?.note == "Legs hurt — „schlimm“ 😢\nwoke twice, ночью")
      #expect(back.last?.severity == nil && back.last?.value == nil && back.last?.occurredAt == nil)
    }
  }

  @Test func entriesAreFilteredByDayTermReporterAndProfile() throws {
    try withTemporaryFolder { folder in
      // Given entries over five days, by two reporters, for two profiles, one of them deleted
      let (database, leo) = try Sample.journalWithProfile(in: folder)
      let sam = try database.write { try $0.add(Profile(name: "Sam")) }
      let anna = Reporter(name: "Anna", role: .caregiver)
      let days = (20...24).map { LocalDate(year: 2026, month: 11, day: $0)! }
      let entries = [
        Sample.symptom(Sample.id("b1"), profile: leo, term: "fatigue", on: days[0], reporter: anna),
        Sample.symptom(Sample.id("b2"), profile: leo, term: "bleeding", on: days[1]),
        Sample.symptom(Sample.id("b3"), profile: leo, term: "fatigue", on: days[2]),
        Sample.symptom(Sample.id("b4"), profile: leo, term: "fatigue", on: days[3], reporter: anna),
        Sample.symptom(Sample.id("b5"), profile: sam, term: "fatigue", on: days[4], reporter: Reporter(name: "Sam", role: .self)),
        Sample.symptom(Sample.id("b6"), profile: leo, term: "fatigue", on: days[2], reporter: anna),
      ]
      try database.write { session in
        for entry in entries { try session.add(entry) }
        try session.delete(entries[5], at: Sample.moment)
      }
      func ids(_ query: EntryQuery) throws -> [String] {
        try database.read { try $0.entries(query) }.map { String($0.id.rawValue.prefix(2)) }
      }
      // When they are listed with each filter
      // Then each filter keeps only its entries (days inclusive, reporter ignoring case), never the deleted one
      #expect(try ids(EntryQuery()) == ["b1", "b2", "b3", "b4", "b5"])
      #expect(try ids(EntryQuery(since: days[1])) == ["b2", "b3", "b4", "b5"])
      #expect(try ids(EntryQuery(until: days[1])) == ["b1", "b2"])
      #expect(try ids(EntryQuery(since: days[1], until: days[2])) == ["b2", "b3"])
      #expect(try ids(EntryQuery(term: "bleeding")) == ["b2"])
      #expect(try ids(EntryQuery(reporter: "anna")) == ["b1", "b4"])
      #expect(try ids(EntryQuery(profileID: leo.id)) == ["b1", "b2", "b3", "b4"])
      #expect(try ids(EntryQuery(profileID: sam.id)) == ["b5"])
      #expect(try ids(EntryQuery(profileID: leo.id, since: days[2], term: "fatigue", reporter: "ANNA")) == ["b4"])
      #expect(try ids(EntryQuery(term: "nausea")).isEmpty)
    }
  }

  @Test func entriesOnOneDayAreOrderedByTimeThenRecording() throws {
    try withTemporaryFolder { folder in
      // Given three entries on one day: one without a time, one in the evening, one in the morning
      let (database, profile) = try Sample.journalWithProfile(in: folder)
      var evening = Sample.symptom(Sample.id("c1"), profile: profile)
      evening.occurredAt = TimeOfDay(parsing: "21:00")
      var morning = Sample.symptom(Sample.id("c2"), profile: profile)
      morning.occurredAt = TimeOfDay(parsing: "08:00")
      let untimed = Sample.symptom(Sample.id("c3"), profile: profile)
      try database.write { session in for entry in [evening, morning, untimed] { try session.add(entry) } }
      // When they are listed
      let listed = try database.read { try $0.entries(EntryQuery()) }
      // Then the untimed one comes first, then morning, then evening
      #expect(listed.map(\.id) == [untimed.id, morning.id, evening.id])
    }
  }
}
