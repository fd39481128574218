import ArgumentParser
import CarelogCore
import CarelogJournal
import Foundation

/// `carelog demo`: builds a realistic demo journal from the data built into the binary (`Fixtures/demo/`).
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

  @Option(help: ArgumentHelp("A folder of TSV files to build instead of the built-in demo.", valueName: "path"))
  var fixtures: String?

  /// Accepted like every command's (the demo has one profile), so that a shell alias adding it works here too.
  @Option(help: .hidden) var profile: String?

  func run() throws {
    let clock = try JournalClock.system()
    let choice = JournalChoice(journal: journal, profile: nil)
    let location = choice.location
    if location.exists {
      throw CarelogError(
        .cannotCreate, "\(location.path) already exists, and the demo never overwrites a journal. Give a new file name.")
    }
    let today = try asOf.map { try DateInput.parse($0, today: clock.today) } ?? clock.today
    let contents = try DemoJournal.load(from: fixtures, today: today)
    // The demo passes the checks anything typed or imported passes, so its export imports (an --as-of near
    // 1900 would date its first entries before the years carelog keeps).
    for profile in contents.profiles { _ = try RecordCheck.profile(profile, today: today) }
    for entry in contents.entries {
      try EntryCheck.content(entry)
      try EntryCheck.day(entry.occurredOn, profile: contents.profiles.first { $0.id == entry.profileID }, today: today)
    }
    try Journal.open(choice, .create).fill(with: contents)
    say("Built a demo journal at \(location.path):")
    say("  \(DemoJournal.describe(contents, today: today))")
    say("\nHere is the visit summary carelog makes from it (carelog summary):\n")
    let summary = try Journal.open(choice, .read).summary(since: nil, until: today, asOf: today)
    Terminal.standardOutput.write(ReportFormat.text.render(summary, width: Terminal.standardOutput.width))
    let carelog = Self.invocation(CommandLine.arguments.first ?? "carelog")
    let journal = ShellWord.quoted(location.path)
    say("\nTry more:")
    say("  \(carelog) summary --journal \(journal) --format html --output leo-visit.html")
    say("  \(carelog) flags --journal \(journal)")
    say("  \(carelog) list --journal \(journal) --symptom bone-pain")
  }
}

extension DemoCommand {
  /// How to run carelog again the way it was run now: `swift run carelog` from a build folder (it is not on the
  /// PATH then), the path it was started by, or `carelog`.
  static func invocation(_ argumentZero: String) -> String {
    if argumentZero.contains("/.build/") || argumentZero.hasPrefix(".build/") { return "swift run carelog" }
    return argumentZero.contains("/") ? ShellWord.quoted(argumentZero) : "carelog"
  }
}

/// A word for a shell command line: quoted only when it needs to be.
enum ShellWord {
  static func quoted(_ word: String) -> String {
    let plain = word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "0123456789/._-+:@%=,".unicodeScalars.contains($0) }
    return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
