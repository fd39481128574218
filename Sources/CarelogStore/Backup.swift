import CarelogCore
import Foundation
import GRDB

/// Consistent copies of a journal: `VACUUM INTO` a private temporary file beside the target, synced, checked
/// by opening it, then renamed into place, so a backup is either complete and valid or absent.
enum Backup {
  static func make(_ queue: DatabaseQueue, to path: String) throws {
    let target = JournalLocation(path: path)
    try target.createDirectory()
    let temporary = JournalLocation(path: path + ".tmp-\(getpid())")
    defer { unlink(temporary.path) }
    try temporary.createFile()  // empty and 0600: VACUUM INTO fills it and keeps the mode
    // Outside a transaction, as VACUUM requires; it reads one consistent snapshot.
    try queue.inDatabase { db in try db.execute(sql: "VACUUM INTO ?", arguments: [temporary.path]) }
    try FileSync.sync(temporary.path)
    try verify(temporary.path)
    guard rename(temporary.path, path) == 0 else {
      throw CarelogError(.cannotCreate, "carelog cannot create \(path) (\(String(cString: strerror(errno)))).")
    }
    try FileSync.sync(target.directory)
  }

  /// Opens a copy read-only and checks it is a whole carelog journal.
  static func verify(_ path: String) throws {
    var configuration = Configuration()
    configuration.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    let (integrity, applicationID) = try queue.read { db in
      (try String.fetchOne(db, sql: "PRAGMA integrity_check"), try Int32.fetchOne(db, sql: "PRAGMA application_id"))
    }
    try queue.close()
    guard integrity == "ok", applicationID == Migrations.applicationID else {
      throw CarelogError(.io, "The copy at \(path) did not check out (\(integrity ?? "unreadable")); it was not kept.")
    }
  }
}

/// fsync for files and folders.
enum FileSync {
  static func sync(_ path: String) throws {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    defer { close(descriptor) }
    if fsync(descriptor) != 0 {
      throw CarelogError(.io, "carelog could not save \(path) to disk (\(String(cString: strerror(errno)))).")
    }
  }
}
