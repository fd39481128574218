import ArgumentParser
import CarelogCore
import CarelogJournal

/// The options every journal command takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp("The journal file to use (default: $CARELOG_JOURNAL, else ~/.local/share/carelog/journal.sqlite).", valueName: "path"))
  var journal: String?

  @Option(name: .long, help: ArgumentHelp("Whose journal to use, when it holds several profiles (default: $CARELOG_PROFILE).", valueName: "name"))
  var profile: String?

  /// The journal and profile these options choose.
  var choice: JournalChoice { JournalChoice(journal: journal, profile: profile) }

  /// Opens the journal for reading (never creates it) or writing.
  func open(_ access: Journal.Access) throws -> Journal { try Journal.open(choice, access) }
}
