import ArgumentParser
import CarelogCore
import CarelogReports
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
    let clock = try Clock.system()
    let location = JournalLocation.resolve(flag: journal, environment: [:])
    if location.exists {
      throw CarelogError(
        .cannotCreate, "\(location.path) already exists, and the demo never overwrites a journal. Give a new file name.")
    }
    let today = try asOf.map { try DateInput.parse($0, today: clock.today) } ?? clock.today
    let contents = try DemoJournal.load(from: fixtures ?? DemoJournal.defaultFolder, today: today)
    // The demo passes the checks anything typed or imported passes, so its export imports (an --as-of near
    // 1900 would date its first entries before the years carelog keeps).
    for profile in contents.profiles { _ = try RecordCheck.profile(profile, today: today) }
    for entry in contents.entries {
      try EntryCheck.content(entry)
      try EntryCheck.day(entry.occurredOn, profile: contents.profiles.first { $0.id == entry.profileID }, today: today)
    }
    let database = try AppDatabase(location: location, access: .write)
    try database.write { session in try contents.write(to: session) }
    let profile = contents.profiles[0]
    say("Built a demo journal at \(location.path):")
    say("  \(DemoJournal.describe(contents, today: today))")
    say("\nHere is the visit summary carelog makes from it (carelog summary):\n")
    let summary = try SummaryCommand.make(
      JournalChoice(journal: location.path, profile: nil), since: nil, until: nil, asOf: today.description)
    Terminal.standardOutput.write(ReportFormat.text.render(summary))
    say("\nTry more:")
    say("  carelog summary --journal \(location.path) --format html --output leo-visit.html")
    say("  carelog flags --journal \(location.path)")
    say("  carelog list --journal \(location.path) --symptom bone-pain")
  }
}
