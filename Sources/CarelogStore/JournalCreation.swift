import CarelogCore
import Foundation
import GRDB

/// Makes a new journal so that no other process can ever see it half made: the file is built and migrated
/// under a temporary name, checked, then linked to its real name in one step. When two processes race, the
/// first link wins and the other simply uses that journal. When anything fails (a full disk, no
/// permission), nothing is left behind: no file, and no folder that carelog made for it.
enum JournalCreation {
  static func create(_ location: JournalLocation) throws {
    let madeFolders = try location.createDirectory()
    var linked = false
    defer { if !linked { removeEmptyFolders(madeFolders) } }
    let temporary = JournalLocation(path: location.path + ".new-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    defer {
      for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary.path + suffix) }
    }
    try temporary.createFile()
    do {
      try build(temporary)
      try verify(temporary)
    } catch {
      throw StoreFailure.translate(error, location: location)
    }
    try FileSync.sync(temporary.path)
    if link(temporary.path, location.path) != 0 && errno != EEXIST {
      throw CarelogError(
        .cannotCreate, "carelog cannot create \(location.path) (\(String(cString: strerror(errno)))).")
    }
    linked = true
    SavedChanges.record()
    try FileSync.sync(location.directory)
  }

  /// Migrates in SQLite's rollback-journal mode, where every page goes straight into the file (a failed
  /// write fails the statement), and only then switches to WAL. Built in WAL mode, a full disk could make
  /// the final checkpoint fail silently at close, leaving the schema in a `-wal` that is then deleted.
  private static func build(_ temporary: JournalLocation) throws {
    let queue = try DatabaseQueue(path: temporary.path)
    try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
    try Migrations.migrator.migrate(queue)
    let mode = try queue.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
    try queue.close()
    guard mode == "wal" else {
      throw CarelogError(.io, "carelog could not set up the new journal (journal mode \(mode ?? "?")).")
    }
  }

  /// Checks the closed file on its own (nothing pending in a `-wal`): a carelog journal with every migration.
  private static func verify(_ temporary: JournalLocation) throws {
    guard fileSize(temporary.path + "-wal") <= 0 else {
      throw CarelogError(.io, "carelog could not finish writing the new journal (the disk may be full).")
    }
    var configuration = Configuration()
    configuration.readonly = true
    let queue = try DatabaseQueue(path: ReadOnlyJournal.openPath(temporary, .immutable), configuration: configuration)
    let (applicationID, complete, check) = try queue.read { db in
      (
        try Int32.fetchOne(db, sql: "PRAGMA application_id"), try Migrations.migrator.hasCompletedMigrations(db),
        try String.fetchOne(db, sql: "PRAGMA quick_check")
      )
    }
    try queue.close()
    guard applicationID == Migrations.applicationID, complete, check == "ok" else {
      throw CarelogError(.io, "carelog could not finish writing the new journal (the disk may be full).")
    }
  }

  /// Removes the folders carelog made for a journal it could not create, deepest first, if they are empty.
  private static func removeEmptyFolders(_ folders: [String]) {
    for folder in folders.reversed() { rmdir(folder) }
  }
}
