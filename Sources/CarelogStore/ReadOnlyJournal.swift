import CarelogCore
import Foundation
import GRDBSQLite

/// A journal carelog may read but not write: a read-only file, folder or disk. Measured with SQLite 3.40:
/// when the folder cannot be written, SQLite cannot create the `-wal` and `-shm` files a WAL journal needs,
/// so a plain read-only open fails. Without a `-wal` (or with an empty one) the file itself is complete and
/// is opened `immutable`; with a `-wal` and its `-shm`, a plain read-only open works and reads the recent
/// changes in the `-wal`; with a `-wal` but no `-shm` neither works without losing those changes.
enum ReadOnlyJournal {
  /// How a reading command opens the journal.
  enum Opening: Equatable { case plain, immutable }

  /// Why the journal cannot be written by this user, or nil when it can.
  static func reason(_ location: JournalLocation) -> String? {
    if access(location.directory, W_OK) != 0 {
      return errno == EROFS ? "it is on a read-only disk" : "its folder \(location.directory) is read-only for you"
    }
    if access(location.path, W_OK) != 0 {
      return errno == EROFS ? "it is on a read-only disk" : "the file is read-only for you"
    }
    return nil
  }

  /// The error for a command that would change a read-only journal (exit 74).
  static func refusal(_ location: JournalLocation, _ reason: String) -> CarelogError {
    CarelogError(
      .io,
      "The journal \(location.path) is read-only (\(reason)), so nothing was saved. Reading commands such as "
        + "carelog list, summary and export still work. To add entries, make a writable copy with: "
        + "carelog backup ~/journal-copy.sqlite --journal \(location.path), then use --journal ~/journal-copy.sqlite "
        + "(or ask whoever owns the file to make it writable for you).")
  }

  /// How to open an existing journal for reading.
  static func opening(_ location: JournalLocation) throws -> Opening {
    guard access(location.directory, W_OK) != 0, sqlite3_compileoption_used("USE_URI") == 1 else { return .plain }
    let wal = location.path + "-wal"
    if fileSize(wal) <= 0 { return .immutable }
    if access(location.path + "-shm", R_OK) == 0 { return .plain }
    throw CarelogError(
      .io,
      "carelog cannot read \(location.path): its latest changes are in \(wal), which SQLite can only read in a "
        + "folder it may write to, and \(location.directory) is read-only. Copy both files to a folder of yours "
        + "and read the copy: cp \(location.path) \(wal) ~/ then carelog list --journal ~/"
        + URL(fileURLWithPath: location.path).lastPathComponent)
  }

  /// The name GRDB opens: the path, or an SQLite URI asking for an immutable, read-only open (when this
  /// SQLite reads URIs; GRDB does not ask for them).
  static func openPath(_ location: JournalLocation, _ opening: Opening) -> String {
    guard opening == .immutable, sqlite3_compileoption_used("USE_URI") == 1 else { return location.path }
    return "file:" + JournalGuard.percentEncoded(location.path) + "?immutable=1"
  }
}
