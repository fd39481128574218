import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog import`: reads a carelog JSON export into the journal.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import a carelog JSON export (checked in full first: one bad record and nothing is imported).",
    discussion: """
      Entries already in the journal (same id) are skipped, so importing the same file twice adds nothing, and \
      another household member's export merges in; an entry edited since gets its later versions, and an \
      entry whose history differs stops the import, naming it. Profiles are matched by name. Examples:
        carelog import journal-backup.json
        gpg -d journal.json.gpg | carelog import -
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The JSON file made by carelog export, or - to read standard input.")
  var file: String

  func run() throws {
    let clock = try JournalClock.system()
    // Read once, before the journal is touched: a missing file is reported first, and both passes read the
    // same bytes, even from a pipe or a file that changes meanwhile.
    let report = try Journal.importFile(file, into: global.choice, today: clock.today, now: clock.now)
    let extended = report.entriesExtended == 0 ? "" : ", \(report.entriesExtended) given their later versions"
    say(
      "Imported \(report.entriesAdded) entr\(report.entriesAdded == 1 ? "y" : "ies") "
        + "(\(report.entriesAlreadyThere) already in the journal\(extended)), \(report.profilesAdded) new profile"
        + "\(report.profilesAdded == 1 ? "" : "s") and \(report.otherRecordsAdded) other records.")
  }
}
