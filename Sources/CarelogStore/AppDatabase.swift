import CarelogCore
import Foundation
import GRDB

/// The one way into a journal file. It checks that a file is a carelog journal before changing anything,
/// opens it with durable settings (WAL, `synchronous=FULL`, a busy timeout), and runs each command in one
/// transaction through `read` or `write`.
public final class AppDatabase: Sendable {
  private let dbQueue: DatabaseQueue
  public let location: JournalLocation
  /// Where the copy made before upgrading this journal to the current schema was saved, if one was needed.
  public let upgradeBackup: String?

  /// Whether the command only reads (never creates or migrates), writes to an existing journal, or may
  /// also create the journal (adding a profile, importing, the demo).
  public enum Access: Sendable { case read, write, create }

  /// Opens the journal at `location`. Reading or writing a missing journal is an error that creates nothing,
  /// so a refused command never leaves an empty journal behind; `.create` creates it (folder 0700, file 0600). A file that is not a carelog journal, or is from a newer carelog,
  /// is refused before anything is written to it.
  public init(location: JournalLocation, access: Access) throws {
    self.location = location
    try FileKind.requireRegularOrMissing(
      location.path, .io, advice: "Give the path of your journal file with --journal, or a new file name to start one.")
    let exists = location.exists
    var opening = ReadOnlyJournal.Opening.plain
    if !exists {
      guard access == .create else {
        throw CarelogError(
          .missingInput,
          "There is no journal at \(location.path) yet. Add a profile first, for example: carelog profile add Leo")
      }
      try JournalCreation.create(location)
    } else {
      if access != .read, let reason = ReadOnlyJournal.reason(location) {
        throw ReadOnlyJournal.refusal(location, reason)
      }
      if access == .read { opening = try ReadOnlyJournal.opening(location) }
      try JournalGuard.checkIsJournal(location)
    }
    var queue = try Self.openQueue(location, readonly: access == .read, opening: opening)
    var backup: String?
    if access != .read {
      backup = try Self.prepareForWriting(queue, location: location)
    } else if try Self.needsUpgrade(queue, location: location) {
      // An older journal is upgraded (with a backup) even by a reading command, then read as usual.
      if let reason = ReadOnlyJournal.reason(location) {
        throw CarelogError(
          .io,
          "\(location.path) was written by an older carelog and must be upgraded before it can be read, but it "
            + "is read-only (\(reason)). Copy it to a folder of yours (cp \(location.path) ~/) and use the copy.")
      }
      try queue.close()
      let writer = try Self.openQueue(location, readonly: false)
      backup = try Self.prepareForWriting(writer, location: location)
      try writer.close()
      queue = try Self.openQueue(location, readonly: true)
    }
    dbQueue = queue
    upgradeBackup = backup
  }

  private static func needsUpgrade(_ queue: DatabaseQueue, location: JournalLocation) throws -> Bool {
    do {
      return try queue.read { try !Migrations.migrator.hasCompletedMigrations($0) }
    } catch {
      throw StoreFailure.translate(error, location: location)
    }
  }

  private static func openQueue(
    _ location: JournalLocation, readonly: Bool, opening: ReadOnlyJournal.Opening = .plain
  ) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.readonly = readonly
    configuration.busyMode = .timeout(10)
    configuration.foreignKeysEnabled = true
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY")
    }
    do {
      return try DatabaseQueue(path: ReadOnlyJournal.openPath(location, opening), configuration: configuration)
    } catch {
      throw StoreFailure.translate(error, location: location)
    }
  }

  /// WAL with full syncs, then migrations. GRDB would lower `synchronous` to NORMAL in its own WAL set-up,
  /// so WAL is set here by hand and FULL after it.
  /// Returns the path of the backup made before an upgrade, if there was one.
  private static func prepareForWriting(_ dbQueue: DatabaseQueue, location: JournalLocation) throws -> String? {
    do {
      try dbQueue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA journal_mode = WAL")
        try db.execute(sql: "PRAGMA synchronous = FULL")
      }
      return try migrate(dbQueue, location: location)
    } catch {
      throw StoreFailure.translate(error, location: location)
    }
  }

  /// Applies missing migrations. GRDB reads the applied ones outside the migration's transaction, so two
  /// processes opening a new journal at once may both try; the loser's transaction rolls back and it
  /// finds the work done.
  /// An existing journal gets a backup beside it before any upgrade.
  private static func migrate(_ dbQueue: DatabaseQueue, location: JournalLocation) throws -> String? {
    let migrator = Migrations.migrator
    guard try dbQueue.read({ try !migrator.hasCompletedMigrations($0) }) else { return nil }
    var backup: String?
    if try dbQueue.read({ try !migrator.appliedIdentifiers($0).isEmpty }) {
      let applied = try dbQueue.read { try migrator.appliedMigrations($0) }.last ?? "none"
      let path = "\(location.path).before-upgrade-from-\(applied).sqlite"
      if access(path, F_OK) != 0 { try Backup.make(dbQueue, to: path) }
      backup = path
    }
    do {
      try migrator.migrate(dbQueue)
    } catch {
      guard try dbQueue.read({ try migrator.hasCompletedMigrations($0) }) else { throw error }
    }
    return backup
  }

  /// Moves everything from the -wal into the journal and empties the -wal, so erased text is not left there.
  /// Returns false when another process was reading and the -wal could not be emptied yet.
  @discardableResult
  public func checkpoint() throws -> Bool {
    do {
      return try dbQueue.writeWithoutTransaction { db in
        let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        return (row?[0] as Int?) == 0
      }
    } catch {
      throw StoreFailure.translate(error, location: location)
    }
  }

  /// Checks that a backup file is a whole carelog journal.
  public static func verifyBackup(_ path: String) throws {
    try requireBackupFile(path)
    guard access(path, R_OK) == 0 else { throw CarelogError(.missingInput, "\(path) cannot be read.") }
    do {
      try Backup.verify(JournalLocation(path: path).path)
    } catch let error as CarelogError {
      throw error
    } catch {
      throw CarelogError.badData("\(path) is not a readable carelog journal.")
    }
  }

  /// Refuses at once a backup path that is missing or not a regular file (a FIFO would never be read to the end).
  public static func requireBackupFile(_ path: String) throws {
    try FileKind.requireRegularOrMissing(path, .io, advice: "Give the path of a backup made by carelog backup.")
    guard FileKind(path: path) == .regular else {
      throw CarelogError(
        .missingInput, "There is no file at \(path). Give the path of a backup made by carelog backup.")
    }
  }

  /// Makes a checked, consistent copy of the journal at `path` (mode 0600).
  public func backup(to path: String) throws {
    do {
      try Backup.make(dbQueue, to: path)
    } catch {
      throw StoreFailure.translate(error, location: JournalLocation(path: path))
    }
  }

  /// Runs `updates` in one write transaction: all of it is saved, or none.
  public func write<T>(_ updates: (JournalSession) throws -> T) throws -> T {
    do {
      var changed = false
      let result = try dbQueue.write { db in
        let before = db.totalChangesCount
        defer { changed = db.totalChangesCount != before }
        return try updates(JournalSession(db: db))
      }
      if changed { SavedChanges.record() }
      return result
    } catch {
      throw StoreFailure.translate(error, location: location)
    }
  }

  /// Runs `reads` in one read transaction.
  public func read<T>(_ reads: (JournalSession) throws -> T) throws -> T {
    do {
      return try dbQueue.read { db in try reads(JournalSession(db: db)) }
    } catch {
      throw StoreFailure.translate(error, location: location)
    }
  }

  /// A value that changes whenever a change is committed to the journal, by this connection or by another
  /// process (SQLite's `data_version` counts the others' commits, the connection's change count its own), so that a
  /// long-running face can keep what it computed until the journal changes.
  public func changeStamp() throws -> String {
    do {
      return try dbQueue.read { db in
        "\(try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0)-\(db.totalChangesCount)"
      }
    } catch {
      throw StoreFailure.translate(error, location: location)
    }
  }

  /// The value of a pragma on the open connection (for `check` and tests).
  public func pragma(_ name: String) throws -> String? {
    try dbQueue.read { db in try String.fetchOne(db, sql: "PRAGMA \(name)") }
  }
}
