import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog note`: records a free note for a day.
struct NoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "note",
    abstract: "Record a note for a day.",
    discussion: """
      Examples:
        carelog note "Good week, back at school"
        carelog note "Started new anti-sickness tablets" --on yesterday --by Anna
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The note, in quotes.")
  var text: String

  @Option(help: ArgumentHelp("The day it is about (default: today).", valueName: "date"))
  var on: String?

  @Option(help: ArgumentHelp("Who is writing it (default: the profile's usual reporter).", valueName: "name"))
  var by: String?

  @Flag(help: "Whether the person writing is a caregiver or the patient themself.")
  var role: ReporterRole?

  func run() throws {
    let clock = try JournalClock.system()
    let note = try TextInput.note(text)
    let byName = try by.map { try TextInput.name($0, field: "reporter's name") }
    let (entries, profile) = try global.open(.write).record { profile, _ in
      [try EntryCheck.checked(Entry(
        id: EntryID.random(using: &generator), profileID: profile.id!, kind: .note,
        occurredOn: try entryDay(on, clock: clock, profile: profile), recordedAt: clock.now,
        reporter: try ReporterCheck.reporter(for: profile, named: byName, role: role), note: note), profile: profile, today: clock.today, now: clock.now)]
    }
    sayWrapped(EntryLine.confirmation(entries[0], profile: profile, verb: "Saved"))
  }
}
