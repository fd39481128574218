import CarelogCore
import CarelogStore
import Foundation
import Testing

@_exported import CarelogTestSupport

/// The entries and profiles used by the store tests.
enum Sample {
  static let day = LocalDate(year: 2026, month: 11, day: 26)!
  static let moment = Timestamp(iso: "2026-11-26T04:50:00Z")!

  /// An id whose first characters are `prefix`, padded with zeros after it (version nibble left as typed).
  static func id(_ prefix: String) -> EntryID {
    let hex = prefix + String(repeating: "0", count: 32 - prefix.count)
    let chars = Array(hex)
    let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }
    return EntryID(groups.joined(separator: "-"))!
  }

  /// A new journal at `folder/journal.sqlite` with one profile, "Leo"; returns the database and the profile.
  static func journalWithProfile(in folder: String) throws -> (AppDatabase, Profile) {
    let database = try AppDatabase(location: JournalLocation(path: folder + "/journal.sqlite"), access: .create)
    let profile = try database.write { try $0.add(Profile(name: "Leo")) }
    return (database, profile)
  }

  /// A symptom entry for `profile` on `day`.
  static func symptom(
    _ id: EntryID, profile: Profile, term: String = "fatigue", on day: LocalDate = Sample.day,
    reporter: Reporter = Reporter(name: "Leo", role: .self)
  ) -> Entry {
    Entry(
      id: id, profileID: profile.id!, kind: .symptom, term: term, severity: .mild, occurredOn: day,
      recordedAt: moment, reporter: reporter)
  }
}
