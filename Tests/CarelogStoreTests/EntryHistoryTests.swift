import CarelogCore
import CarelogStore
import Foundation
import Testing

struct EntryLookupTests {
  @Test func anEntryIsFoundByAnyPrefixOfSixOrMoreCharacters() throws {
    try withTemporaryFolder { folder in
      // Given two entries whose ids share their first 6 characters
      let (database, profile) = try Sample.journalWithProfile(in: folder)
      let first = Sample.symptom(Sample.id("abcdef01"), profile: profile)
      let second = Sample.symptom(Sample.id("abcdef02"), profile: profile)
      let other = Sample.symptom(Sample.id("123456"), profile: profile)
      try database.write { session in for entry in [first, second, other] { try session.add(entry) } }
      // When each is looked up by a prefix only it has
      // Then that entry is found, whatever the case of the prefix
      #expect(try database.read { try $0.entry(matching: "abcdef01") } == first)
      #expect(try database.read { try $0.entry(matching: "ABCDEF02") } == second)
      #expect(try database.read { try $0.entry(matching: "123456") } == other)
      #expect(try database.read { try $0.entry(matching: other.id.rawValue) } == other)
    }
  }

  @Test func anAmbiguousPrefixIsAnError() throws {
    try withTemporaryFolder { folder in
      // Given two entries whose ids share their first 6 and 7 characters
      let (database, profile) = try Sample.journalWithProfile(in: folder)
      try database.write { session in
        try session.add(Sample.symptom(Sample.id("abcdef01"), profile: profile))
        try session.add(Sample.symptom(Sample.id("abcdef02"), profile: profile))
      }
      // When they are looked up by the shared prefix
      // Then it is an error asking for more of the id
      for prefix in ["abcdef", "abcdef0"] {
        let error = expectCarelogError(.badData, prefix) { try database.read { try $0.entry(matching: prefix) } }
        #expect(error?.message.contains("More than one") == true)
      }
    }
  }

  @Test func aPrefixShorterThanSixCharactersIsAUsageError() throws {
    try withTemporaryFolder { folder in
      // Given an entry
      let (database, profile) = try Sample.journalWithProfile(in: folder)
      try database.write { try $0.add(Sample.symptom(Sample.id("abcdef01"), profile: profile)) }
      // When it is looked up by 5 characters, by nothing, or by text that is no id
      // Then each is a usage error, even though the 5 characters do match
      for prefix in ["abcde", "", "zzzzzzz", "abcdef'"] {
        expectCarelogError(.usage, "\"\(prefix)\"") { try database.read { try $0.entry(matching: prefix) } }
      }
    }
  }

  @Test func aPrefixMatchingNothingIsAnError() throws {
    try withTemporaryFolder { folder in
      // Given an entry
      let (database, profile) = try Sample.journalWithProfile(in: folder)
      try database.write { try $0.add(Sample.symptom(Sample.id("abcdef01"), profile: profile)) }
      // When a prefix no id starts with is looked up
      let error = expectCarelogError(.badData, "no match") { try database.read { try $0.entry(matching: "abcdef02") } }
      // Then the error says no entry has it
      #expect(error?.message.contains("No entry") == true)
    }
  }

  @Test func aDeletedEntryIsFoundOnlyWhenAskedFor() throws {
    try withTemporaryFolder { folder in
      // Given a deleted entry
      let (database, profile) = try Sample.journalWithProfile(in: folder)
      let entry = Sample.symptom(Sample.id("dead01"), profile: profile)
      try database.write { session in
        try session.add(entry)
        try session.delete(entry, at: Sample.moment)
      }
      // When it is looked up with and without deleted entries
      // Then it is found only when deleted ones are included
      expectCarelogError(.badData, "deleted") { try database.read { try $0.entry(matching: "dead01") } }
      #expect(try database.read { try $0.entry(matching: "dead01", includingDeleted: true) } == entry)
    }
  }
}

struct EntryHistoryTests {
  @Test func anEditKeepsTheEarlierVersion() throws {
    try withTemporaryFolder { folder in
      // Given a logged entry
      let (database, profile) = try Sample.journalWithProfile(in: folder)
      let original = Sample.symptom(Sample.id("e1"), profile: profile)
      try database.write { try $0.add(original) }
      // When it is edited to a worse severity with a note
      var edited = original
      edited.severity = .severe
      edited.note = "worse after school"
      let editedAt = Timestamp(iso: "2026-11-26T18:00:00Z")!
      try database.write { try $0.edit(edited, at: editedAt) }
      // Then the list shows the edit, and the history holds the original marked "edited" then the current one
      #expect(try database.read { try $0.entries(EntryQuery()) } == [edited])
      let history = try database.read { try $0.history(of: original.id) }
      #expect(history.deletedAt == nil)
      #expect(history.versions.map(\.revision) == [1, 2])
      #expect(history.versions.map(\.entry) == [original, edited])
      #expect(history.versions.map(\.change) == ["edited", nil])
      #expect(history.versions.map(\.supersededAt) == [editedAt, nil])
    }
  }

  @Test func aDeleteHidesTheEntryButKeepsEveryVersion() throws {
    try withTemporaryFolder { folder in
      // Given an entry that was edited once
      let (database, profile) = try Sample.journalWithProfile(in: folder)
      let original = Sample.symptom(Sample.id("e2"), profile: profile)
      var edited = original
      edited.term = "bone-pain"
      let editedAt = Timestamp(iso: "2026-11-26T18:00:00Z")!
      let deletedAt = Timestamp(iso: "2026-11-27T07:30:00Z")!
      try database.write { session in
        try session.add(original)
        try session.edit(edited, at: editedAt)
      }
      // When it is deleted
      try database.write { try $0.delete(edited, at: deletedAt) }
      // Then the list no longer shows it, and the history shows both versions and when it was deleted
      #expect(try database.read { try $0.entries(EntryQuery()) }.isEmpty)
      let history = try database.read { try $0.history(of: original.id) }
      #expect(history.deletedAt == deletedAt)
      #expect(history.versions.map(\.entry) == [original, edited])
      #expect(history.versions.map(\.change) == ["edited", "deleted"])
      #expect(history.versions.map(\.supersededAt) == [editedAt, deletedAt])
    }
  }

  @Test func anUnknownIdHasNoHistory() throws {
    try withTemporaryFolder { folder in
      // Given a journal without the entry
      let (database, _) = try Sample.journalWithProfile(in: folder)
      // When its history is asked
      let history = try database.read { try $0.history(of: Sample.id("ff")) }
      // Then there is none
      #expect(history.versions.isEmpty && history.deletedAt == nil)
    }
  }
}

struct TransactionTests {
  private struct Interrupted: Error {}

  private func counts(_ database: AppDatabase) throws -> [Int] {
    try database.read { session in
      [try session.profiles().count, try session.entries(EntryQuery()).count]
    }
  }

  @Test func aWriteThatThrowsLeavesNothingWritten() throws {
    try withTemporaryFolder { folder in
      // Given a journal with a profile and an entry
      let (database, profile) = try Sample.journalWithProfile(in: folder)
      try database.write { try $0.add(Sample.symptom(Sample.id("f1"), profile: profile)) }
      let before = try counts(database)
      // When a write adds a profile and an entry, then throws
      #expect(throws: Interrupted.self) {
        try database.write { session in
          try session.add(Profile(name: "Sam"))
          try session.add(Sample.symptom(Sample.id("f2"), profile: profile))
          throw Interrupted()
        }
      }
      // Then neither was saved
      #expect(try counts(database) == before)
      #expect(before == [1, 1])
      #expect(try database.read { try $0.profile(named: "Sam") } == nil)
    }
  }

  @Test func aWriteThatBreaksAJournalRuleLeavesNothingWritten() throws {
    try withTemporaryFolder { folder in
      // Given a journal with an entry
      let (database, profile) = try Sample.journalWithProfile(in: folder)
      let entry = Sample.symptom(Sample.id("f3"), profile: profile)
      try database.write { try $0.add(entry) }
      let before = try counts(database)
      // When a write adds a new entry and then an entry with the same id as the existing one
      expectCarelogError(.badData, "duplicate id") {
        try database.write { session in
          try session.add(Sample.symptom(Sample.id("f4"), profile: profile))
          try session.add(entry)
        }
      }
      // Then the new entry was not saved either
      #expect(try counts(database) == before)
    }
  }

  @Test func anEntryForAMissingProfileIsRefused() throws {
    try withTemporaryFolder { folder in
      // Given a journal with one profile
      let (database, profile) = try Sample.journalWithProfile(in: folder)
      // When an entry names a profile id that does not exist
      var orphan = Sample.symptom(Sample.id("f5"), profile: profile)
      orphan.profileID = 999
      // Then the foreign key refuses it and nothing is saved
      expectCarelogError(.badData, "missing profile") { try database.write { try $0.add(orphan) } }
      #expect(try counts(database) == [1, 0])
    }
  }
}
