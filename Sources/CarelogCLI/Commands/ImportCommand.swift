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
      another household member's export merges in. Profiles are matched by name. Example:
        carelog import journal-backup.json
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The JSON file made by carelog export.")
  var file: String

  func run() throws {
    let path = file
    _ = try fileJSONReader(path)  // a missing file is reported before the journal is touched
    let checked: CheckedImport
    do {
      checked = try JournalImport.check { try fileJSONReader(path) }
    } catch let error as ImportError {
      throw CarelogError.badData("Nothing was imported: in \(path), \(error.description).")
    }
    let database = try global.open(.write)
    let report: ImportReport
    do {
      report = try database.write { session in try session.importJSON(checked) }
    } catch let error as ImportError {
      throw CarelogError.badData("Nothing was imported: in \(path), \(error.description) (the file changed while importing).")
    }
    say(
      "Imported \(report.entriesAdded) entr\(report.entriesAdded == 1 ? "y" : "ies") "
        + "(\(report.entriesAlreadyThere) already in the journal), \(report.profilesAdded) new profile"
        + "\(report.profilesAdded == 1 ? "" : "s") and \(report.otherRecordsAdded) other records.")
  }
}
