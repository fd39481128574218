import CarelogCore
import GRDB
import GRDBSQLite

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

/// How the one entry decoder reads stored columns: from GRDB's values (records fetched by name or position), or
/// straight from SQLite's column calls (the bulk reads of `flags`, `summary`, `list` and export, where building a
/// DatabaseValue per column cost most of the time).
protocol StoredColumns {
  func text(_ column: EntryColumn) -> String?
  func integer(_ column: EntryColumn) -> Int64?
  func real(_ column: EntryColumn) -> Double?
  func isNull(_ column: EntryColumn) -> Bool
}

/// Columns as GRDB values, e.g. `{ row[$0.name] }`.
struct DatabaseValueColumns: StoredColumns {
  let value: (EntryColumn) -> DatabaseValue

  func text(_ column: EntryColumn) -> String? { String.fromDatabaseValue(value(column)) }
  func integer(_ column: EntryColumn) -> Int64? {
    switch value(column).storage {
    case .int64(let number): number
    case .double(let number): Int64(exactly: number)  // 2.0 is 2; 2.5 is no whole number (GRDB would truncate)
    default: nil
    }
  }
  func real(_ column: EntryColumn) -> Double? { Double.fromDatabaseValue(value(column)) }
  func isNull(_ column: EntryColumn) -> Bool { value(column).isNull }
}

/// The current row of a statement that selects `EntryColumn.list` first, read with SQLite's column calls and
/// the same conversions as GRDB's (text only from text; a whole number from an integer or an exact real).
struct StatementColumns: StoredColumns {
  let handle: OpaquePointer

  func text(_ column: EntryColumn) -> String? { text(at: Int32(column.rawValue)) }
  func integer(_ column: EntryColumn) -> Int64? { integer(at: Int32(column.rawValue)) }
  func isNull(_ column: EntryColumn) -> Bool { sqlite3_column_type(handle, Int32(column.rawValue)) == SQLITE_NULL }

  func real(_ column: EntryColumn) -> Double? {
    let index = Int32(column.rawValue)
    switch sqlite3_column_type(handle, index) {
    case SQLITE_INTEGER: return Double(sqlite3_column_int64(handle, index))
    case SQLITE_FLOAT: return sqlite3_column_double(handle, index)
    default: return nil
    }
  }

  /// Any column of the row by position, e.g. one selected after the entry's columns.
  func text(at index: Int32) -> String? {
    guard sqlite3_column_type(handle, index) == SQLITE_TEXT, let bytes = sqlite3_column_text(handle, index) else {
      return nil
    }
    return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, index))), as: UTF8.self)
  }

  func integer(at index: Int32) -> Int64? {
    switch sqlite3_column_type(handle, index) {
    case SQLITE_INTEGER: return sqlite3_column_int64(handle, index)
    case SQLITE_FLOAT: return Int64(exactly: sqlite3_column_double(handle, index))
    default: return nil
    }
  }
}

extension Entry {
  /// Reads an entry from its stored columns. A value carelog did not write in that form is an error, never a
  /// silent default.
  init(columns: some StoredColumns) throws {
    func text(_ column: EntryColumn) -> String? { columns.text(column) }
    guard let id = text(.id).flatMap(EntryID.init), let kind = text(.kind).flatMap(Entry.Kind.init(rawValue:)),
      let occurredOn = text(.occurredOn).flatMap(LocalDate.init(iso:)),
      let recordedAt = text(.recordedAt).flatMap(Timestamp.init(iso:)),
      let role = text(.reporterRole).flatMap(ReporterRole.init(rawValue:)), let reporter = text(.reporter),
      let profileID = columns.integer(.profileId)
    else { throw StoreError.malformed(column: "entry", value: text(.id) ?? "?") }
    let severity = columns.isNull(.severity) ? nil : columns.integer(.severity).flatMap { Int(exactly: $0) }
    let occurredAt = columns.isNull(.occurredAt) ? nil : text(.occurredAt).flatMap(TimeOfDay.init(parsing:))
    guard columns.isNull(.severity) || severity.flatMap(Severity.init(rawValue:)) != nil,
      columns.isNull(.occurredAt) || occurredAt != nil
    else { throw StoreError.malformed(column: "entry", value: id.rawValue) }
    self.init(
      id: id, profileID: profileID, kind: kind, term: text(.term), severity: severity.flatMap(Severity.init(rawValue:)),
      value: columns.real(.value), unit: text(.unit), occurredOn: occurredOn, occurredAt: occurredAt,
      recordedAt: recordedAt, reporter: Reporter(name: reporter, role: role), note: text(.note))
  }
}
