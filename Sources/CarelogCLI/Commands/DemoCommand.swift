import ArgumentParser
import CarelogCore
import CarelogStore
import Foundation

/// `carelog demo`: builds a realistic demo journal from the files in `Fixtures/demo/`.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Build a demo journal to try carelog with (it never overwrites a journal).",
    discussion: """
      The demo is a 9-year-old in maintenance therapy, about 90 days of entries recorded by his parents \
      and by himself. Example:
        carelog demo --journal /tmp/demo.sqlite
        carelog list --journal /tmp/demo.sqlite --since "14 days ago"
      """)

  @Option(help: ArgumentHelp("Where to create the demo journal (it must not exist yet).", valueName: "path"))
  var journal: String

  @Option(help: ArgumentHelp("The day the demo ends on (default: today).", valueName: "date"))
  var asOf: String?

  @Option(help: ArgumentHelp("The folder holding the demo's TSV files (default: Fixtures/demo).", valueName: "path"))
  var fixtures: String?

  func run() throws {
    let clock = Clock.system()
    let location = JournalLocation.resolve(flag: journal, environment: [:])
    if location.exists {
      throw CarelogError(
        .cannotCreate, "\(location.path) already exists, and the demo never overwrites a journal. Give a new file name.")
    }
    let today = try asOf.map { try DateInput.parse($0, today: clock.today) } ?? clock.today
    let contents = try DemoJournal.load(from: fixtures ?? DemoJournal.defaultFolder, today: today)
    let database = try AppDatabase(location: location, access: .write)
    try database.write { session in try contents.write(to: session) }
    let profile = contents.profiles[0]
    say("Built a demo journal at \(location.path):")
    say("  \(DemoJournal.describe(contents, today: today))")
    let recent = contents.entries.filter { $0.profileID == profile.id && $0.occurredOn >= today.adding(days: -13) }
    say("\nThe last 14 days for \(profile.name):")
    recent.forEach { say("  " + EntryTable.row($0)) }
    say("\nTry it: carelog list --journal \(location.path) --symptom bone-pain")
    say("carelog does not give medical advice. In an emergency, call your care team or emergency number.")
  }
}
