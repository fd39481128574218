import CarelogCore
import Foundation
import GRDB

/// A file whose every record passed the checks, ready to import.
public struct CheckedImport {
  let profiles: [ImportedProfile]
  let open: JournalImport.Opener
  let context: ImportContext
}

/// What an import did.
public struct ImportReport: Sendable {
  public var profilesAdded = 0
  public var entriesAdded = 0
  public var entriesAlreadyThere = 0
  /// Entries already in the journal to which the file added later versions.
  public var entriesExtended = 0
  public var otherRecordsAdded = 0
}

/// Reads a carelog JSON export. The whole file is checked first, streaming, so one bad record means nothing is
/// imported; then everything is written in one transaction. Entries are matched by UUID: one already in the
/// journal is skipped when identical, gets the versions it lacks when the file's history extends it, and
/// stops the import otherwise, so nothing is dropped silently.
public enum JournalImport {
  /// The page cache an import writes with, in KiB (the journal's usual one is SQLite's default, 2 MiB).
  static let cacheKiB = 16 * 1024

  /// Opens the file afresh for each pass (over the same bytes: see `ImportInput`).
  public typealias Opener = () throws -> JSONReader

  /// Checks every record of the file; importing it afterwards re-reads it.
  public static func check(_ context: ImportContext, _ open: @escaping Opener) throws -> CheckedImport {
    CheckedImport(profiles: try validate(context, open), open: open, context: context)
  }

  /// Checks every record, that no entry or dose id appears twice, and that no entry is dated before its profile's
  /// birth; returns the profiles (without entries).
  static func validate(_ context: ImportContext, _ open: Opener) throws -> [ImportedProfile] {
    var profiles: [ImportedProfile] = []
    var ids = SeenEntryIDs()
    var doseIDs = Set<UInt128>()
    var earliest: ImportedEntry?
    do {
      try walkChecking(context, open, ids: &ids, profiles: &profiles, doseIDs: &doseIDs, earliest: &earliest)
    } catch {
      // An entry given twice before the problem found was met first, in a file read in one pass.
      try refuseRepeatedEntry(context, open, ids: &ids)
      throw error
    }
    try refuseRepeatedEntry(context, open, ids: &ids)
    return profiles
  }

  /// Refuses the first entry, in file order, whose id an earlier entry has, if `ids` holds one twice: the file is
  /// read again up to it, to name it as a check in one pass would have.
  private static func refuseRepeatedEntry(_ context: ImportContext, _ open: Opener, ids: inout SeenEntryIDs) throws {
    let repeated = ids.repeated()
    guard !repeated.isEmpty else { return }
    var met = Set<UInt128>()
    try walk(context, open, profile: { _ in }) { _, imported in
      let id = imported.entry.id.bits
      guard repeated.contains(id), !met.insert(id).inserted else { return }
      throw ImportError(
        record: imported.record, field: "id",
        problem: "is the id of an earlier entry in this file; each entry must appear once")
    }
  }

  /// The checks of `validate` while the file is read, ids aside: entries before their profile's birth, doses
  /// given twice.
  private static func walkChecking(
    _ context: ImportContext, _ open: Opener, ids: inout SeenEntryIDs, profiles: inout [ImportedProfile],
    doseIDs: inout Set<UInt128>, earliest: inout ImportedEntry?
  ) throws {
    try walk(context, open) { profile in
      if let born = profile.profile.born, let first = earliest, first.entry.occurredOn < born {
        throw ImportError(
          record: first.record, field: "occurred_on",
          problem: "is \(first.entry.occurredOn), before \(profile.profile.name) was born (\(born))")
      }
      for medicine in profile.medicines {
        for (record, dose) in medicine.doses where !doseIDs.insert(dose.id.bits).inserted {
          throw ImportError(
            record: record, field: "id", problem: "is the id of an earlier dose in this file; each dose must appear once")
        }
      }
      profiles.append(profile)
      earliest = nil
    } entry: { _, imported in
      ids.append(imported.entry.id.bits)
      if earliest.map({ imported.entry.occurredOn < $0.entry.occurredOn }) ?? true { earliest = imported }
    }
  }

  /// Walks the file: `profile` is called for each profile's details, `entry` for each entry (with its
  /// profile's index), in file order. Entries are read flat where they can be (`JSONReader.readFlatObject`);
  /// `readsFlat: false` reads every one as a JSON tree, for tests that compare the two.
  static func walk(
    _ context: ImportContext, _ open: Opener, readsFlat: Bool = true, profile onProfile: (ImportedProfile) throws -> Void,
    entry onEntry: (Int, ImportedEntry) throws -> Void
  ) throws {
    var reader = try open()
    var sawFormat = false
    do {
      try reader.readObject { key, reader in
        switch key {
        case "format":
          guard case .string(ExportFormat.name) = try reader.readValue() else {
            throw ImportError(record: "the file", field: "format", problem: "is not \"\(ExportFormat.name)\"; this is not a carelog export")
          }
          sawFormat = true
        case "version":
          guard case .number(let version) = try reader.readValue(), version == Double(ExportFormat.version) else {
            throw ImportError(
              record: "the file", field: "version",
              problem: "is not \(ExportFormat.version); it was made by another version of carelog")
          }
        case "profiles":
          try reader.readArray { index, reader in
            try readProfile(index: index, &reader, context, readsFlat: readsFlat, profile: onProfile, entry: onEntry)
          }
        default:
          _ = try reader.readValue()
        }
      }
      try reader.expectEnd()
    } catch let failure as JSONReader.Failure {
      if let key = failure.repeatedKey {
        throw ImportError(
          record: "the file", field: nil,
          problem: "gives the key \"\(TextInput.shown(key))\" twice at \(failure.pathText) (byte \(failure.offset)); "
            + "a carelog export never repeats a key, so carelog cannot tell which one is meant")
      }
      throw ImportError(record: "the file", field: nil, problem: "is not valid JSON (\(failure))")
    }
    guard sawFormat else {
      throw ImportError(record: "the file", field: "format", problem: "is missing; this is not a carelog export")
    }
  }

  private static func readProfile(
    index: Int, _ reader: inout JSONReader, _ context: ImportContext, readsFlat: Bool,
    profile onProfile: (ImportedProfile) throws -> Void, entry onEntry: (Int, ImportedEntry) throws -> Void
  ) throws {
    let record = "profiles[\(index)]"
    var metadata: [(String, JSONText)] = []
    try reader.readObject { key, reader in
      guard key == "entries" else {
        metadata.append((key, try reader.readValue()))
        return
      }
      var flat = FlatObject(keys: ImportParsing.entryKeys)
      try reader.readArray { entryIndex, reader in
        let name = RecordName.entry(of: record, at: entryIndex)
        if readsFlat, try reader.readFlatObject(into: &flat) {
          try onEntry(index, try ImportParsing.entry(FieldReader(flat: flat, name: name), context: context))
        } else {
          try onEntry(index, try ImportParsing.entry(try reader.readValue(), name: name, context: context))
        }
      }
    }
    let fields = FieldReader(pairs: metadata, recordName: record)
    try onProfile(try ImportParsing.profile(fields, context: context))
  }
}

extension JournalSession {
  /// Imports a file checked with `JournalImport.check` (outside any transaction, so other writers are not held
  /// up while it is read): profiles first, then entries, all in this transaction. An entry whose id is
  /// already there is merged by `merge(_:into:)`, which refuses a conflict.
  public func importJSON(_ checked: CheckedImport) throws -> ImportReport {
    var report = ImportReport()
    var profiles: [Profile] = []
    for imported in checked.profiles {
      profiles.append(try mergeProfile(imported, context: checked.context, report: &report))
    }
    let insert = try EntryInsert(db)
    // A larger page cache for the import alone: entries are keyed by random UUIDs, so each insert lands on a
    // random page of the id index, and SQLite's default 2 MiB cache spills and rereads pages all the time (a
    // million-entry import: 18 s, against 16 s with 16 MiB). Durability settings are untouched.
    let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
    try db.execute(sql: "PRAGMA cache_size = -\(JournalImport.cacheKiB)")
    defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
    try JournalImport.walk(checked.context, checked.open, profile: { _ in }) { index, imported in
      guard profiles.indices.contains(index) else {
        throw ImportError(record: imported.record, field: nil, problem: "belongs to a profile the check did not see")
      }
      let profile = profiles[index]
      if let born = profile.born, imported.entry.occurredOn < born {
        throw ImportError(
          record: imported.record, field: "occurred_on",
          problem: "is \(imported.entry.occurredOn), before \(profile.name) was born (\(born))")
      }
      guard try insert.insert(imported, profileID: profile.id!, db) else {
        switch try merge(imported, into: profile.id!) {
        case .alreadyThere: report.entriesAlreadyThere += 1
        case .extended: report.entriesExtended += 1
        }
        return
      }
      report.entriesAdded += 1
      try insertRevisions(imported.revisions, of: imported.entry.id, profileID: profile.id!)
    }
    return report
  }

  /// Adds earlier versions of an entry.
  func insertRevisions(
    _ revisions: [(number: Int, entry: Entry, supersededAt: Timestamp, change: String)], of id: EntryID, profileID: Int64
  ) throws {
    guard !revisions.isEmpty else { return }
    let places = Array(repeating: "?", count: EntryColumn.allCases.count + 3).joined(separator: ",")
    let statement = try db.cachedStatement(
      sql: "INSERT INTO entryRevision(entryId, revision, \(EntryColumn.listWithoutID), supersededAt, change) VALUES (\(places))")
    for revision in revisions {
      var entry = revision.entry
      entry.profileID = profileID
      try statement.execute(
        arguments: [id.rawValue, revision.number] + EntryColumn.arguments(entry, withID: false)
          + [revision.supersededAt.description, revision.change])
    }
  }

  /// The profile with this name, created if new, its missing details filled in; its lists merged without duplicates.
  private func mergeProfile(_ imported: ImportedProfile, context: ImportContext, report: inout ImportReport) throws -> Profile {
    var profile: Profile
    if var existing = try self.profile(named: imported.profile.name) {
      let stored = existing
      existing.fillMissing(from: imported.profile)
      if existing != stored { try update(existing) }
      profile = existing
    } else {
      profile = try add(imported.profile)
      report.profilesAdded += 1
    }
    let id = profile.id!
    if imported.isDefault, try defaultProfileName() == nil { try setDefaultProfile(profile) }
    let treatments = try self.treatments(of: profile)
    for var treatment in imported.treatments {
      treatment.profileID = id
      if !treatments.contains(where: { $0.sameCourse(as: treatment) }) {
        try add(treatment)
        report.otherRecordsAdded += 1
      }
    }
    report.otherRecordsAdded += try addBaseline(imported.baseline, to: profile).count
    let visits = try self.visits(of: profile)
    for var visit in imported.visits where !visits.contains(where: { $0.date == visit.date && $0.with == visit.with && $0.note == visit.note }) {
      visit.profileID = id
      try add(visit)
      report.otherRecordsAdded += 1
    }
    for ack in imported.acknowledgements {
      try db.execute(
        sql: "INSERT OR IGNORE INTO flagAck(profileId, flagId, level, acknowledgedAt, note) VALUES (?, ?, ?, ?, ?)",
        arguments: [id, ack.flagID, ack.level.rawValue, ack.at.description, ack.note])
      report.otherRecordsAdded += db.changesCount
    }
    try importMedicines(imported.medicines, of: profile, context: context, report: &report)
    return profile
  }
}

extension Profile {
  /// Keeps this profile's details, taking from `other` only those this one lacks.
  mutating func fillMissing(from other: Profile) {
    born = born ?? other.born
    diagnosed = diagnosed ?? other.diagnosed
    subtype = subtype ?? other.subtype
    remission = remission ?? other.remission
    treatmentEnded = treatmentEnded ?? other.treatmentEnded
    reporter = reporter ?? other.reporter
    reporterRole = reporterRole ?? other.reporterRole
    notes = notes ?? other.notes
    visitEvery = visitEvery ?? other.visitEvery
    centralLine = centralLine || other.centralLine
  }
}

extension Treatment {
  func sameCourse(as other: Treatment) -> Bool {
    agent == other.agent && from == other.from && to == other.to && note == other.note
  }
}
