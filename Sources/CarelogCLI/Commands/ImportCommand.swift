import ArgumentParser
import CarelogCore
import CarelogStore

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
    let clock = try Clock.system()
    let name = file == "-" ? "standard input" : file
    // Read once, before the journal is touched: a missing file is reported first, and both passes below
    // read the same bytes, even from a pipe or a file that changes meanwhile.
    let input = try ImportInput(path: file)
    let context = ImportContext(today: clock.today, now: clock.now)
    let checked: CheckedImport
    do {
      checked = try JournalImport.check(context) { input.reader() }
    } catch let error as ImportError {
      throw Self.refusal(error, in: name)
    }
    let database = try global.open(.create)
    let report: ImportReport
    do {
      report = try database.write { session in try session.importJSON(checked) }
    } catch let error as ImportError {
      throw Self.refusal(error, in: name)
    }
    let extended = report.entriesExtended == 0 ? "" : ", \(report.entriesExtended) given their later versions"
    say(
      "Imported \(report.entriesAdded) entr\(report.entriesAdded == 1 ? "y" : "ies") "
        + "(\(report.entriesAlreadyThere) already in the journal\(extended)), \(report.profilesAdded) new profile"
        + "\(report.profilesAdded == 1 ? "" : "s") and \(report.otherRecordsAdded) other records.")
  }

  /// One sentence: nothing was imported, where, and why.
  private static func refusal(_ error: ImportError, in name: String) -> CarelogError {
    let reason = error.description.hasSuffix(".") ? String(error.description.dropLast()) : error.description
    return CarelogError.badData("Nothing was imported: in \(name), \(reason).")
  }
}
