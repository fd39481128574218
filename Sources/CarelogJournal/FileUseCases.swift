import CarelogCore
import CarelogStore

/// Backups, the integrity check, export and import.
extension Journal {
  /// A checked copy of the journal at `path` (safe while others log).
  public func backup(to path: String) throws { try database.backup(to: path) }

  /// SQLite's checks, the version, every row read back, and who else can read the files.
  public func check() throws -> CheckReport { try database.check() }

  /// Whether the file at `path` is a whole, readable carelog backup; throws saying what is wrong.
  public static func verifyBackup(_ path: String) throws { try AppDatabase.verifyBackup(path) }

  /// Refuses at once a backup path that is not a regular file (a FIFO, folder, device or symbolic link).
  public static func requireBackupFile(_ path: String) throws { try AppDatabase.requireBackupFile(path) }

  /// Whether this process has saved a change to a journal, so that a face whose output then fails can tell the
  /// user not to run the command again.
  public static var hasSavedChanges: Bool { SavedChanges.any }

  /// The permission bits of the file at `path`, or nil when it cannot be read.
  public static func fileMode(_ path: String) -> Int? { CarelogStore.fileMode(path) }

  /// The whole journal as carelog's JSON export, written in pieces.
  public func exportJSON(_ write: ([UInt8]) throws -> Void) throws {
    try database.read { session in try session.exportJSON(write) }
  }

  /// Imports the file at `path` (`-` for standard input), read once and checked in full before the journal is
  /// touched; all or nothing. `name` says where the input came from in messages.
  public static func importFile(_ path: String, into choice: JournalChoice, today: LocalDate, now: Timestamp) throws -> ImportReport {
    let name = path == "-" ? "standard input" : path
    let input = try ImportInput(path: path)
    let checked: CheckedImport
    do {
      checked = try JournalImport.check(ImportContext(today: today, now: now)) { input.reader() }
    } catch let error as ImportError {
      throw refusal(error, in: name)
    }
    let journal = try Journal.open(choice, .create)
    do {
      return try journal.database.write { session in try session.importJSON(checked) }
    } catch let error as ImportError {
      throw refusal(error, in: name)
    }
  }

  /// One sentence: nothing was imported, where, and why.
  private static func refusal(_ error: ImportError, in name: String) -> CarelogError {
    let reason = error.description.hasSuffix(".") ? String(error.description.dropLast()) : error.description
    return CarelogError.badData("Nothing was imported: in \(name), \(reason).")
  }
}

/// Checks on files a face writes for the user (summaries, exports, backups), shared with the journal's own.
public enum FileChecks {
  /// Refuses a path that exists and is not a regular file (a device, a FIFO, a folder or a symbolic link).
  public static func requireRegularOrMissing(_ path: String, _ category: CarelogError.Category, advice: String) throws {
    try FileKind.requireRegularOrMissing(path, category, advice: advice)
  }
}
