import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog backup`: a consistent, checked copy of the journal.
struct BackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract: "Save a consistent copy of the journal (safe while others are logging), readable by you only.",
    discussion: """
      The copy is checked by opening it before it is kept. To restore, use the copy as the journal: \
      carelog list --journal COPY, or move it into place. Example:
        carelog backup ~/backups/carelog-2026-11-26.sqlite
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "Where to save the copy.")
  var file: String

  @ArgumentParser.Flag(help: "Replace the file if it exists.")
  var force = false

  func run() throws {
    try OutputFile.checkWritable(file, force: force)
    let journal = try global.open(.read)
    try journal.backup(to: file)
    say("Saved a checked copy of \(journal.path) to \(file).")
  }
}
