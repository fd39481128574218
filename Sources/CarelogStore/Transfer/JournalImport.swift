import CarelogCore
import Foundation
import GRDB

/// A file whose every record passed the checks, ready to import.
public struct CheckedImport {
  let profiles: [ImportedProfile]
  let open: JournalImport.Opener
}

/// What an import did.
public struct ImportReport: Sendable {
  public var profilesAdded = 0
  public var entriesAdded = 0
  public var entriesAlreadyThere = 0
  public var otherRecordsAdded = 0
}

/// Reads a carelog JSON export. The whole file is checked first, streaming, so one bad record means nothing is
/// imported; then everything is written in one transaction. Entries are matched by UUID, so importing the same
/// file twice adds nothing, and a second household member's export merges in.
public enum JournalImport {
  /// Opens the file afresh for each pass.
  public typealias Opener = () throws -> JSONReader

  /// Checks every record of the file; importing it afterwards re-reads it.
  public static func check(_ open: @escaping Opener) throws -> CheckedImport {
    CheckedImport(profiles: try validate(open), open: open)
  }

  /// Checks every record; returns the profiles (without entries) and the number of entries.
  static func validate(_ open: Opener) throws -> [ImportedProfile] {
    var profiles: [ImportedProfile] = []
    try walk(open) { profile in profiles.append(profile) } entry: { _, _ in }
    return profiles
  }

  /// Walks the file: `profile` is called for each profile's details, `entry` for each entry (with its
  /// profile's index), in file order.
  static func walk(
    _ open: Opener, profile onProfile: (ImportedProfile) throws -> Void, entry onEntry: (Int, ImportedEntry) throws -> Void
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
            try readProfile(index: index, &reader, profile: onProfile, entry: onEntry)
          }
        default:
          _ = try reader.readValue()
        }
      }
      try reader.expectEnd()
    } catch let failure as JSONReader.Failure {
      throw ImportError(record: "the file", field: nil, problem: "is not valid JSON (\(failure))")
    }
    guard sawFormat else {
      throw ImportError(record: "the file", field: "format", problem: "is missing; this is not a carelog export")
    }
  }

  private static func readProfile(
    index: Int, _ reader: inout JSONReader, profile onProfile: (ImportedProfile) throws -> Void,
    entry onEntry: (Int, ImportedEntry) throws -> Void
  ) throws {
    let record = "profiles[\(index)]"
    var metadata: [(String, JSONText)] = []
    try reader.readObject { key, reader in
      guard key == "entries" else {
        metadata.append((key, try reader.readValue()))
        return
      }
      try reader.readArray { entryIndex, reader in
        try onEntry(index, try ImportParsing.entry(try reader.readValue(), record: "\(record).entries[\(entryIndex)]"))
      }
    }
    let fields = FieldReader(pairs: metadata, recordName: record)
    try onProfile(try ImportParsing.profile(fields))
  }
}

extension JournalSession {
  /// Imports a file checked with `JournalImport.check` (outside any transaction, so other writers are not held
  /// up while it is read): profiles first, then entries, all in this transaction.
  public func importJSON(_ checked: CheckedImport) throws -> ImportReport {
    let (profiles, open) = (checked.profiles, checked.open)
    var report = ImportReport()
    var ids: [Int64] = []
    for imported in profiles {
      ids.append(try mergeProfile(imported, report: &report))
    }
    let insert = try EntryInsert(db)
    let insertRevision = try db.cachedStatement(sql: """
      INSERT INTO entryRevision(entryId, revision, profileId, kind, term, severity, value, unit, occurredOn, occurredAt,
        recordedAt, reporter, reporterRole, note, supersededAt, change) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
      """)
    try JournalImport.walk(open, profile: { _ in }) { index, imported in
      let profileID = ids[index]
      guard try insert.insert(imported, profileID: profileID, db) else {
        report.entriesAlreadyThere += 1
        return
      }
      report.entriesAdded += 1
      for revision in imported.revisions {
        try insertRevision.execute(
          arguments: [imported.entry.id.rawValue, revision.number] + Self.arguments(revision.entry, profileID, withID: false)
            + [revision.supersededAt.description, revision.change])
      }
    }
    return report
  }

  private static func arguments(_ e: Entry, _ profileID: Int64, withID: Bool = true) -> StatementArguments {
    (withID ? [e.id.rawValue] : []) + [
      profileID, e.kind.rawValue, e.term, e.severity?.rawValue, e.value, e.unit, e.occurredOn.description,
      e.occurredAt?.description, e.recordedAt.description, e.reporter.name, e.reporter.role.rawValue, e.note,
    ]
  }

  /// The profile with this name, created if new, its missing details filled in; its lists merged without duplicates.
  private func mergeProfile(_ imported: ImportedProfile, report: inout ImportReport) throws -> Int64 {
    var profile: Profile
    if var existing = try self.profile(named: imported.profile.name) {
      existing.fillMissing(from: imported.profile)
      try update(existing)
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
        arguments: [id, ack.flagID, ack.level, ack.at.description, ack.note])
      report.otherRecordsAdded += db.changesCount
    }
    return id
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

/// Opens a file for `JournalReader`, read in 64 KiB chunks.
public func fileJSONReader(_ path: String) throws -> JSONReader {
  guard let file = fopen(path, "rb") else {
    throw CarelogError(.missingInput, "carelog cannot open \(path) (\(String(cString: strerror(errno)))). Check the file name.")
  }
  let box = FileBox(file)
  return JSONReader { buffer in
    buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, box.file) }
  }
}

/// Closes the file when the reader is done with it.
final class FileBox {
  let file: UnsafeMutablePointer<FILE>
  init(_ file: UnsafeMutablePointer<FILE>) { self.file = file }
  deinit { fclose(file) }
}
