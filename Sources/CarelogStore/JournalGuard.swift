import CarelogCore
import GRDB

/// Looks at an existing file through a read-only connection, which leaves it byte-for-byte untouched,
/// and refuses anything that is not a carelog journal this version understands.
enum JournalGuard {
  static func checkIsJournal(_ location: JournalLocation) throws {
    var isDirectory = false
    if isDirectoryAt(location.path, &isDirectory), isDirectory {
      throw CarelogError.badData("\(location.path) is a folder, not a journal file. Give the path of a file.")
    }
    if fileSize(location.path) == 0 { return }  // an empty file becomes a new journal
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(10)
    var verdict = Verdict.foreign
    do {
      let queue = try DatabaseQueue(path: location.path, configuration: configuration)
      verdict = try queue.read { db in try inspect(db) }
      try queue.close()
    } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
      verdict = .foreign
    } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_PERM {
      throw CarelogError(.io, "carelog cannot open \(location.path): permission denied or unreadable.")
    }
    switch verdict {
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

  private static func inspect(_ db: Database) throws -> Verdict {
    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    if applicationID == Migrations.applicationID {
      return try Migrations.migrator.hasBeenSuperseded(db) ? .newer : .journal
    }
    let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
    return applicationID == 0 && objects == 0 ? .journal : .foreign
  }
}
