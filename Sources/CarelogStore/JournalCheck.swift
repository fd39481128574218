import CarelogCore
import Foundation
import GRDB

/// What `carelog check` found.
public struct CheckReport: Sendable {
  public var integrity: [String] = []
  public var foreignKeyProblems = 0
  public var appliedMigrations: [String] = []
  public var knownMigrations: [String] = []
  /// Files (journal, its -wal/-shm, backups beside it) and the folder, with modes that let others in.
  public var widePermissions: [(path: String, mode: Int)] = []
  public var entries = 0
  /// Rows carelog cannot read back ("entry 0059f2e6"), which list, history and export would stop at.
  public var unreadable: [String] = []

  public var isIntact: Bool { integrity == ["ok"] && foreignKeyProblems == 0 && unreadable.isEmpty }
  public var isCurrent: Bool { appliedMigrations == knownMigrations }
}

extension AppDatabase {
  /// Runs SQLite's integrity and foreign-key checks, compares the schema version, and looks at file modes.
  public func check() throws -> CheckReport {
    var report = CheckReport()
    report.knownMigrations = Migrations.migrator.migrations
    try read { session in
      report.integrity = try String.fetchAll(session.db, sql: "PRAGMA integrity_check")
      report.foreignKeyProblems = try Row.fetchAll(session.db, sql: "PRAGMA foreign_key_check").count
      report.appliedMigrations = try Migrations.migrator.appliedMigrations(session.db)
      report.entries = try Int.fetchOne(session.db, sql: "SELECT count(*) FROM entry WHERE deletedAt IS NULL") ?? 0
      if report.integrity == ["ok"] { report.unreadable = try session.unreadableRows() }
    }
    report.widePermissions = Self.widePermissions(location)
    return report
  }

  /// The journal's files and backups beside it readable or writable by others, and the folder if others can enter.
  static func widePermissions(_ location: JournalLocation) -> [(path: String, mode: Int)] {
    let name = URL(fileURLWithPath: location.path).lastPathComponent
    let siblings = (try? FileManager.default.contentsOfDirectory(atPath: location.directory)) ?? []
    let files = siblings.filter { $0 == name || $0.hasPrefix(name + "-") || $0.hasPrefix(name + ".") }.sorted()
    var wide: [(String, Int)] = []
    for file in files {
      let path = location.directory + "/" + file
      if let mode = fileMode(path), mode & 0o077 != 0 { wide.append((path, mode)) }
    }
    if let mode = fileMode(location.directory), mode & 0o077 != 0 { wide.append((location.directory, mode)) }
    return wide
  }
}
