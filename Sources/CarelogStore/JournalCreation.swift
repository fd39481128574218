import CarelogCore
import Foundation
import GRDB

/// Makes a new journal so that no other process can ever see it half made: the file is built and migrated
/// under a temporary name, then linked to its real name in one step. When two processes race, the first
/// link wins and the other simply uses that journal.
enum JournalCreation {
  static func create(_ location: JournalLocation) throws {
    try location.createDirectory()
    let temporary = JournalLocation(path: location.path + ".new-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    defer {
      for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary.path + suffix) }
    }
    try temporary.createFile()
    do {
      let queue = try DatabaseQueue(path: temporary.path)
      try queue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA journal_mode = WAL")
        try db.execute(sql: "PRAGMA synchronous = FULL")
      }
      try Migrations.migrator.migrate(queue)
      try queue.close()
    } catch {
      throw StoreFailure.translate(error, location: location)
    }
    try FileSync.sync(temporary.path)
    if link(temporary.path, location.path) != 0 && errno != EEXIST {
      throw CarelogError(
        .cannotCreate, "carelog cannot create \(location.path) (\(String(cString: strerror(errno)))).")
    }
    try FileSync.sync(location.directory)
  }
}
