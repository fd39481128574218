import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog edit`: changes an entry, keeping the earlier version in its history.
struct EditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit",
    abstract: "Change an entry. The earlier version is kept (see carelog history ID).",
    discussion: """
      Give the id shown by carelog list (the first 6 or more characters are enough).
      Examples:
        carelog edit 1a2b3c --severity severe
        carelog edit 1a2b3c --on yesterday --at 9pm
        carelog edit 1a2b3c --value 38.9
        carelog edit 1a2b3c --note "after the school trip"
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The entry's id, or its first 6 or more characters.")
  var id: String

  @Option(help: "A different symptom (or kind) for the entry.")
  var term: String?

  @Option(help: "A corrected reading (temperature or weight).")
  var value: String?

  @Option(help: "A new severity: none, mild, moderate, severe or very-severe.")
  var severity: String?

  @Option(help: ArgumentHelp("The day it happened.", valueName: "date"))
  var on: String?

  @Option(help: ArgumentHelp("The time it happened, e.g. 21:30 or 9pm.", valueName: "time"))
  var at: String?

  @Option(help: ArgumentHelp("Who recorded it.", valueName: "name"))
  var by: String?

  @Flag(help: "Whether that person is a caregiver or the patient themself.")
  var role: ReporterRole?

  @Option(help: ArgumentHelp("A new note (replaces the old one).", valueName: "text"))
  var note: String?

  @Flag(help: "Allow --term to be a symptom that is not in the list.")
  var new = false

  func validate() throws {
    if [term, value, severity, on, at, by, note].allSatisfy({ $0 == nil }) && role == nil {
      throw ValidationError("Say what to change, for example --severity moderate or --on yesterday.")
    }
  }

  func run() throws {
    let clock = try JournalClock.system()
    let input = EditInput(term: term, value: value, severity: severity, on: on, at: at, by: by, role: role, note: note, new: new)
    do {
      let checked = try CheckedEdit(input)
      let (original, entry, profile) = try global.open(.write).edit(id, checked, clock: clock)
      sayWrapped(EditReport.text(from: original, to: entry, profile: profile))
    } catch let refusal as LogFieldError {
      throw refusal.error
    }
  }
}
