import CarelogCore
import Foundation
import GRDB

/// The one way into a journal file. It checks that a file is a carelog journal before changing anything,
/// opens it with durable settings (WAL, `synchronous=FULL`, a busy timeout), and runs each command in one
/// transaction through `read` or `write`.
public final class AppDatabase: Sendable {
  private let dbQueue: DatabaseQueue
  public let location: JournalLocation

  /// Whether the command only reads (never creates or migrates) or may write.
  public enum Access: Sendable { case read, write }

  /// Opens the journal at `location`. Reading a missing journal is an error that creates nothing; writing
  /// creates it (folder 0700, file 0600). A file that is not a carelog journal, or is from a newer carelog,
  /// is refused before anything is written to it.
  public init(location: JournalLocation, access: Access) throws {
    self.location = location
    let exists = location.exists
    if !exists {
      guard access == .write else {
        throw CarelogError(
          .missingInput,
          "There is no journal at \(location.path) yet. Add a profile first, for example: carelog profile add Leo")
      }
      try JournalCreation.create(location)
    } else {
      try JournalGuard.checkIsJournal(location)
    }
    dbQueue = try Self.openQueue(location, readonly: access == .read)
    if access == .write {
      try Self.prepareForWriting(dbQueue, location: location)
    }
  }

  private static func openQueue(_ location: JournalLocation, readonly: Bool) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.readonly = readonly
    configuration.busyMode = .timeout(10)
    configuration.foreignKeysEnabled = true
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY")
    }
    do {
      return try DatabaseQueue(path: location.path, configuration: configuration)
    } catch {
      throw StoreFailure.translate(error, location: location)
    }
  }

  /// WAL with full syncs, then migrations. GRDB would lower `synchronous` to NORMAL in its own WAL set-up,
  /// so WAL is set here by hand and FULL after it.
  private static func prepareForWriting(_ dbQueue: DatabaseQueue, location: JournalLocation) throws {
    do {
      try dbQueue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA journal_mode = WAL")
        try db.execute(sql: "PRAGMA synchronous = FULL")
      }
      try migrate(dbQueue)
    } catch {
      throw StoreFailure.translate(error, location: location)
    }
  }

  /// Applies missing migrations. GRDB reads the applied ones outside the migration's transaction, so two
  /// processes opening a new journal at once may both try; the loser's transaction rolls back and it
  /// finds the work done.
  private static func migrate(_ dbQueue: DatabaseQueue) throws {
    let migrator = Migrations.migrator
    guard try dbQueue.read({ try !migrator.hasCompletedMigrations($0) }) else { return }
    do {
      try migrator.migrate(dbQueue)
    } catch {
      guard try dbQueue.read({ try migrator.hasCompletedMigrations($0) }) else { throw error }
    }
  }

  /// Runs `updates` in one write transaction: all of it is saved, or none.
  public func write<T>(_ updates: (JournalSession) throws -> T) throws -> T {
    do {
      return try dbQueue.write { db in try updates(JournalSession(db: db)) }
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

  /// The value of a pragma on the open connection (for `check` and tests).
  public func pragma(_ name: String) throws -> String? {
    try dbQueue.read { db in try String.fetchOne(db, sql: "PRAGMA \(name)") }
  }
}
