import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog flags`: patterns in the journal that the care team should hear about.
struct FlagsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "flags",
    abstract: "Show patterns worth telling the care team about, most urgent first, with their sources.",
    discussion: """
      Each flag says what was seen, how urgent it is, what to do, and which guide it comes from. \
      carelog never diagnoses: a flag is a reason to talk to the care team, not an answer.
      Examples:
        carelog flags
        carelog flags --since 2026-10-01 --as-of 2026-11-26 --json
        carelog flags ack fever-persists:2026-11-20 --note "told the nurse"
      """,
    subcommands: [Show.self, Ack.self],
    defaultSubcommand: Show.self)

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "List the current flags (the default).")
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Evaluate as of this day (default: today), so the output is reproducible.", valueName: "date"))
    var asOf: String?
    @Option(help: ArgumentHelp("Show flags still going on or after this day (default: the last visit, else 30 days).", valueName: "date"))
    var since: String?
    @ArgumentParser.Flag(help: "Print JSON.") var json = false

    func run() throws { try request.run() }

    /// The parsed command line as a plain value (the fast path in `FastPath` builds the same value).
    var request: FlagsRequest {
      FlagsRequest(journal: global.journal, profile: global.profile, asOf: asOf, since: since, json: json)
    }
  }

  struct Ack: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ack", 
      abstract: "Mark a flag as seen: it stops being repeated after log, but stays in summaries.",
      discussion: """
        A new occurrence, or the same flag becoming more urgent, raises it again. Urgent flags are always shown.
        Example:
          carelog flags ack fever-persists:2026-11-20 --note "seen at the day unit"
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The flag's id, as shown by carelog flags (a unique beginning is enough).") var flagID: String
    @Option(help: ArgumentHelp("A note, e.g. what the care team said.", valueName: "text")) var note: String?

    func run() throws {
      let clock = try JournalClock.system()
      let text = try note.map { try TextInput.note($0) }
      let flag = try global.open(.write).acknowledge(flagID, today: clock.today, at: clock.now, note: text)
      say("Marked as seen: \(flag.title) (\(flag.id)). It stays in summaries, marked as seen.")
    }
  }
}

/// Everything `carelog flags` was asked to show, however its command line was read.
struct FlagsRequest: Equatable {
  var journal: String?
  var profile: String?
  var asOf: String?
  var since: String?
  var json = false

  func run() throws {
    let clock = try JournalClock.system()
    let asOfDay = try asOf.map { try DateInput.parse($0, today: clock.today) } ?? clock.today
    let sinceDay = try since.map { try DateInput.parse($0, today: clock.today) }
    let journal = try Journal.open(JournalChoice(journal: self.journal, profile: profile), .read)
    let (profile, flags) = try journal.flags(asOf: asOfDay, since: sinceDay)
    if json {
      say(JSONText.array(flags.map(FlagText.json)))
      return
    }
    say(flags.isEmpty ? "No flags for \(profile.name) as of \(asOfDay)." : "Flags for \(profile.name) as of \(asOfDay):\n")
    for flag in flags { say(FlagText.block(flag, withSources: true) + "\n") }
    say(FlagText.closing())
  }
}
