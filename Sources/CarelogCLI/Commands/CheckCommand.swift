import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog check`: is the journal whole, current, and private?
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the journal: SQLite's integrity check, its version, and that only you can read it.",
    discussion: """
      Exit status: 0 all good, 65 damaged, 77 others can read the journal or its backups.
      Example:
        carelog check
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "Backup files to check as well (made by carelog backup).")
  var backups: [String] = []

  func run() throws {
    try backups.forEach(Journal.requireBackupFile)
    let journal = try global.open(.read)
    let report = try journal.check()
    say("Journal: \(journal.path) (\(report.entries) entries)")
    let sqliteIntact = report.integrity == ["ok"] && report.foreignKeyProblems == 0
    say("Integrity: " + (sqliteIntact ? "ok" : "PROBLEMS: \(report.integrity.prefix(5).joined(separator: "; "))"
      + (report.foreignKeyProblems > 0 ? "; \(report.foreignKeyProblems) broken links" : "")))
    if !report.unreadable.isEmpty {
      say("Unreadable: carelog cannot read back \(report.unreadable.joined(separator: ", ")). List and export stop at "
        + "these: restore a backup (carelog check BACKUP says whether one is whole), or erase each with "
        + "carelog delete --purge ID.")
    }
    say("Version: " + (report.isCurrent ? "current (\(report.appliedMigrations.last ?? "?"))"
      : "applied \(report.appliedMigrations.joined(separator: ", ")); this carelog knows \(report.knownMigrations.joined(separator: ", "))"))
    for (path, mode) in report.widePermissions {
      say("Privacy: \(path) has mode \(String(mode, radix: 8)); others on this computer may read it. Fix with: chmod go-rwx \(path)")
    }
    var wide = !report.widePermissions.isEmpty
    var damaged = false
    for backup in backups {
      do {
        try Journal.verifyBackup(backup)
        say("Backup \(backup): ok")
      } catch let error as CarelogError {
        say("Backup \(backup): \(error.message)")
        damaged = true
      }
      if let mode = Journal.fileMode(backup), mode & 0o077 != 0 {
        say("Privacy: \(backup) has mode \(String(mode, radix: 8)); others may read it. Fix with: chmod go-rwx \(backup)")
        wide = true
      }
    }
    if !wide { say("Privacy: only you can read the journal and its backups.") }
    if !report.isIntact {
      throw CarelogError.badData("The journal is damaged. Restore a backup (carelog backup makes them), or export what can be read.")
    }
    if damaged {
      throw CarelogError.badData(
        "A backup did not check out (see above); the journal itself is fine. Make a new one with: carelog backup FILE")
    }
    if wide { throw ExitCode(77) }
  }
}
