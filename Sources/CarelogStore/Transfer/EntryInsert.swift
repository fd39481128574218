import CarelogCore
import GRDB
import GRDBSQLite

/// Inserts imported entries through SQLite's own binding calls: a million-entry import spends a large part of
/// its time turning values into GRDB's DatabaseValue otherwise. `INSERT OR IGNORE` keeps imports idempotent.
struct EntryInsert {
  private let statement: Statement

  init(_ db: Database) throws {
    let places = Array(repeating: "?", count: EntryColumn.allCases.count + 2).joined(separator: ",")
    statement = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO entry(\(EntryColumn.list), revision, deletedAt) VALUES (\(places))")
  }

  /// Returns whether the entry was new.
  func insert(_ imported: ImportedEntry, profileID: Int64, _ db: Database) throws -> Bool {
    let handle = statement.sqliteStatement
    var entry = imported.entry
    entry.profileID = profileID
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    for column in EntryColumn.allCases { bind(handle, Int32(column.rawValue + 1), column.stored(entry)) }
    let next = Int32(EntryColumn.allCases.count + 1)
    bind(handle, next, .integer(Int64(imported.revision)))
    bind(handle, next + 1, .text(imported.deletedAt?.description))
    let code = sqlite3_step(handle)
    guard code == SQLITE_DONE else {
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
    return sqlite3_changes(db.sqliteConnection) > 0
  }

  /// Binds one value; cleared bindings are already NULL.
  private func bind(_ handle: OpaquePointer?, _ index: Int32, _ value: StoredValue) {
    switch value {
    case .text(let text?): _ = text.withCString { sqlite3_bind_text(handle, index, $0, -1, SQLITE_TRANSIENT) }
    case .integer(let number?): sqlite3_bind_int64(handle, index, number)
    case .real(let number?): sqlite3_bind_double(handle, index, number)
    case .text(nil), .integer(nil), .real(nil): break
    }
  }
}

/// SQLite's "copy the text now" destructor, which the C macro spells as -1.
private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
