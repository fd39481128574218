import CarelogCore
import GRDB
import GRDBSQLite

/// Inserts imported entries through SQLite's own binding calls: a million-entry import spends a large part of
/// its time turning values into GRDB's DatabaseValue otherwise. `INSERT OR IGNORE` keeps imports idempotent.
struct EntryInsert {
  private let statement: Statement

  init(_ db: Database) throws {
    statement = try db.cachedStatement(sql: """
      INSERT OR IGNORE INTO entry(id, profileId, kind, term, severity, value, unit, occurredOn, occurredAt, recordedAt,
        reporter, reporterRole, note, revision, deletedAt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
      """)
  }

  /// Returns whether the entry was new.
  func insert(_ imported: ImportedEntry, profileID: Int64, _ db: Database) throws -> Bool {
    let handle = statement.sqliteStatement
    let e = imported.entry
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    bind(handle, 1, e.id.rawValue)
    sqlite3_bind_int64(handle, 2, profileID)
    bind(handle, 3, e.kind.rawValue)
    bind(handle, 4, e.term)
    if let severity = e.severity { sqlite3_bind_int64(handle, 5, Int64(severity.rawValue)) }
    if let value = e.value { sqlite3_bind_double(handle, 6, value) }
    bind(handle, 7, e.unit)
    bind(handle, 8, e.occurredOn.description)
    bind(handle, 9, e.occurredAt?.description)
    bind(handle, 10, e.recordedAt.description)
    bind(handle, 11, e.reporter.name)
    bind(handle, 12, e.reporter.role.rawValue)
    bind(handle, 13, e.note)
    sqlite3_bind_int64(handle, 14, Int64(imported.revision))
    bind(handle, 15, imported.deletedAt?.description)
    let code = sqlite3_step(handle)
    guard code == SQLITE_DONE else {
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
    return sqlite3_changes(db.sqliteConnection) > 0
  }

  private func bind(_ handle: OpaquePointer?, _ index: Int32, _ text: String?) {
    guard let text else { return }  // cleared bindings are NULL
    _ = text.withCString { sqlite3_bind_text(handle, index, $0, -1, SQLITE_TRANSIENT) }
  }
}

/// SQLite's "copy the text now" destructor, which the C macro spells as -1.
private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
