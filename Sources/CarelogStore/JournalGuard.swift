import CarelogCore
import Foundation
import GRDB
import GRDBSQLite

/// Looks at an existing file before carelog opens it for real, and refuses anything that is not a carelog
/// journal this version understands. The look leaves the file byte-for-byte untouched and creates no
/// `-wal` or `-shm` file: without a `-wal` the file is complete, so it is opened `immutable`; with one, it
/// is opened read-only so that SQLite reads the committed pages in the `-wal` too.
enum JournalGuard {
  static func checkIsJournal(_ location: JournalLocation) throws {
    if fileSize(location.path) == 0 {
      // Never adopted: an empty file is not a journal, and it may be someone's (with a mode that lets others in).
      throw CarelogError.badData(
        "\(location.path) is an empty file, not a carelog journal, so carelog left it untouched. "
          + "To start a new journal there, delete it first (rm \(location.path)), "
          + "or give another file name with --journal.")
    }
    guard access(location.path, R_OK) == 0 else {
      throw CarelogError(.io, "carelog cannot read \(location.path): permission denied.")
    }
    switch try inspect(location) {
    case .journal: return
    case .foreign:
      throw CarelogError.badData(
        "\(location.path) is not a carelog journal, so carelog left it untouched. "
          + "Give the path of your journal with --journal, or a new file name to start one.")
    case .newer:
      throw CarelogError.badData(
        "\(location.path) was written by a newer version of carelog. Update carelog to use it; "
          + "this version left the file untouched.")
    }
  }

  private enum Verdict { case journal, foreign, newer }

  /// A look without locks is only right if nobody wrote meanwhile; when the file changed or another carelog
  /// has it open (a `-wal` exists), a refusal is checked again through SQLite's locks.
  private static func inspect(_ location: JournalLocation) throws -> Verdict {
    let before = FileStamp(location.path)
    if before.hasWAL { return try look(location, immutable: false) }
    let verdict = try look(location, immutable: true)
    if verdict == .journal || FileStamp(location.path) == before { return verdict }
    return try look(location, immutable: false)
  }

  private static func look(_ location: JournalLocation, immutable: Bool) throws -> Verdict {
    let uri = "file:" + percentEncoded(location.path) + (immutable ? "?immutable=1" : "?mode=ro")
    var handle: OpaquePointer?
    defer { sqlite3_close_v2(handle) }
    guard sqlite3_open_v2(uri, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nil) == SQLITE_OK, let handle else {
      throw CarelogError(.io, "carelog cannot open \(location.path) to check it.")
    }
    sqlite3_busy_timeout(handle, 10_000)
    try checkReadable(handle, location)
    guard let applicationID = integer(handle, "PRAGMA application_id"),
      let objects = integer(handle, "SELECT count(*) FROM sqlite_master")
    else { return .foreign }  // not a database at all (a text file, random bytes)
    // An empty database is not adopted either: carelog builds a journal whole before giving it its name,
    // so one without carelog's application id is someone else's file.
    guard applicationID == Int(Migrations.applicationID), objects > 0 else { return .foreign }
    let known = Set(Migrations.migrator.migrations)
    let applied = strings(handle, "SELECT identifier FROM grdb_migrations")
    return applied.isSubset(of: known) ? .journal : .newer
  }

  /// What tells that another process touched the file: its size, modification time, and its `-wal`.
  private struct FileStamp: Equatable {
    let size: Int
    let modified: Int
    let hasWAL: Bool

    init(_ path: String) {
      var info = stat()
      let found = stat(path, &info) == 0
      size = found ? Int(info.st_size) : -1
      modified = found ? Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec) : -1
      hasWAL = access(path + "-wal", F_OK) == 0
    }
  }

  /// A file SQLite cannot read for another reason than its content (a full disk, a damaged `-shm`, a lock
  /// held too long) is not called foreign: that would send the user looking for another journal.
  private static func checkReadable(_ handle: OpaquePointer, _ location: JournalLocation) throws {
    var statement: OpaquePointer?
    defer { sqlite3_finalize(statement) }
    var code = sqlite3_prepare_v2(handle, "SELECT count(*) FROM sqlite_master", -1, &statement, nil)
    if code == SQLITE_OK { code = sqlite3_step(statement) }
    switch code & 0xFF {
    case SQLITE_OK, SQLITE_ROW, SQLITE_DONE, SQLITE_NOTADB, SQLITE_CORRUPT: return
    default:
      let reason = String(cString: sqlite3_errstr(code))
      throw StoreFailure.isNearlyFull(location.directory)
        ? CarelogError(.io, "The disk is full, so carelog cannot read \(location.path). Free some space and try again.")
        : CarelogError(
          .io, "carelog cannot read \(location.path) to check it (\(reason)). Nothing was changed; try again.")
    }
  }

  private static func integer(_ handle: OpaquePointer, _ sql: String) -> Int? {
    var statement: OpaquePointer?
    defer { sqlite3_finalize(statement) }
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK,
      sqlite3_step(statement) == SQLITE_ROW
    else { return nil }
    return Int(sqlite3_column_int64(statement, 0))
  }

  private static func strings(_ handle: OpaquePointer, _ sql: String) -> Set<String> {
    var statement: OpaquePointer?
    defer { sqlite3_finalize(statement) }
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { return [] }
    var result = Set<String>()
    while sqlite3_step(statement) == SQLITE_ROW {
      if let text = sqlite3_column_text(statement, 0) { result.insert(String(cString: text)) }
    }
    return result
  }

  /// Escapes the characters that mean something in an SQLite URI.
  static func percentEncoded(_ path: String) -> String {
    var out = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"):
        out += "%" + String(byte, radix: 16, uppercase: true)
      default:
        out.unicodeScalars.append(Unicode.Scalar(byte))
      }
    }
    return out
  }
}
