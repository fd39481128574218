import CarelogCore
import GRDB

/// The columns an entry is stored in, in order, each with how it holds its field. This is the one description
/// that the record, the positional reader, the fast import insert and the versions table share; the public
/// field names of `list --json`, CSV and export are `EntryFields` (CarelogCore), and a test ties the two.
enum EntryColumn: Int, CaseIterable {
  case id, profileId, kind, term, severity, value, unit, occurredOn, occurredAt, recordedAt, reporter, reporterRole, note

  /// The column's name in the tables. Spelled out: printing an enum case goes through reflection, which costs a
  /// one-shot `carelog log` millions of instructions.
  var name: String {
    switch self {
    case .id: "id"
    case .profileId: "profileId"
    case .kind: "kind"
    case .term: "term"
    case .severity: "severity"
    case .value: "value"
    case .unit: "unit"
    case .occurredOn: "occurredOn"
    case .occurredAt: "occurredAt"
    case .recordedAt: "recordedAt"
    case .reporter: "reporter"
    case .reporterRole: "reporterRole"
    case .note: "note"
    }
  }

  static let names = allCases.map(\.name)

  /// "id, profileId, …": what a query that reads entries by position selects.
  static let list = names.joined(separator: ", ")

  /// Every column but `id`, for the versions table, which keys a version by `entryId` and `revision`.
  static let listWithoutID = names.dropFirst().joined(separator: ", ")

  /// The value this column stores for an entry.
  func stored(_ e: Entry) -> StoredValue {
    switch self {
    case .id: .text(e.id.rawValue)
    case .profileId: .integer(e.profileID)
    case .kind: .text(e.kind.rawValue)
    case .term: .text(e.term)
    case .severity: .integer(e.severity.map { Int64($0.rawValue) })
    case .value: .real(e.value)
    case .unit: .text(e.unit)
    case .occurredOn: .text(e.occurredOn.description)
    case .occurredAt: .text(e.occurredAt?.description)
    case .recordedAt: .text(e.recordedAt.description)
    case .reporter: .text(e.reporter.name)
    case .reporterRole: .text(e.reporter.role.rawValue)
    case .note: .text(e.note)
    }
  }

  /// An entry's stored values, in column order.
  static func arguments(_ e: Entry, withID: Bool = true) -> StatementArguments {
    StatementArguments((withID ? allCases[...] : allCases.dropFirst()).map { $0.stored(e).databaseValue })
  }
}

/// A stored value with its SQLite type.
enum StoredValue {
  case text(String?)
  case integer(Int64?)
  case real(Double?)

  var databaseValue: DatabaseValue {
    switch self {
    case .text(let text): text?.databaseValue ?? .null
    case .integer(let number): number?.databaseValue ?? .null
    case .real(let number): number?.databaseValue ?? .null
    }
  }
}

extension Entry {
  /// Reads an entry from its columns; `value(column)` gives the stored value of each. A value carelog did not
  /// write in that form is an error, never a silent default.
  init(columns value: (EntryColumn) -> DatabaseValue) throws {
    func text(_ column: EntryColumn) -> String? { String.fromDatabaseValue(value(column)) }
    guard let id = text(.id).flatMap(EntryID.init), let kind = text(.kind).flatMap(Entry.Kind.init(rawValue:)),
      let occurredOn = text(.occurredOn).flatMap(LocalDate.init(iso:)),
      let recordedAt = text(.recordedAt).flatMap(Timestamp.init(iso:)),
      let role = text(.reporterRole).flatMap(ReporterRole.init(rawValue:)), let reporter = text(.reporter),
      let profileID = Int64.fromDatabaseValue(value(.profileId))
    else { throw StoreError.malformed(column: "entry", value: text(.id) ?? "?") }
    let severity = value(.severity)
    let occurredAt = value(.occurredAt)
    guard severity.isNull || Int.fromDatabaseValue(severity).flatMap(Severity.init(rawValue:)) != nil,
      occurredAt.isNull || text(.occurredAt).flatMap(TimeOfDay.init(parsing:)) != nil
    else { throw StoreError.malformed(column: "entry", value: id.rawValue) }
    self.init(
      id: id, profileID: profileID, kind: kind, term: text(.term),
      severity: Int.fromDatabaseValue(severity).flatMap(Severity.init(rawValue:)),
      value: Double.fromDatabaseValue(value(.value)), unit: text(.unit), occurredOn: occurredOn,
      occurredAt: text(.occurredAt).flatMap(TimeOfDay.init(parsing:)), recordedAt: recordedAt,
      reporter: Reporter(name: reporter, role: role), note: text(.note))
  }
}
