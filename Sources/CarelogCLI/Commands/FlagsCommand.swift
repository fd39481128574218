import ArgumentParser
import CarelogCore
import CarelogRules
import CarelogStore

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
    static let configuration = CommandConfiguration(abstract: "List the current flags (the default).")
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Evaluate as of this day (default: today), so the output is reproducible.", valueName: "date"))
    var asOf: String?
    @Option(help: ArgumentHelp("Show flags still going on or after this day (default: the last visit, else 30 days).", valueName: "date"))
    var since: String?
    @ArgumentParser.Flag(help: "Print JSON.") var json = false

    func run() throws {
      let clock = try Clock.system()
      let asOfDay = try asOf.map { try DateInput.parse($0, today: clock.today) } ?? clock.today
      let sinceDay = try since.map { try DateInput.parse($0, today: clock.today) }
      let database = try global.open(.read)
      let (profile, flags) = try database.read { session in
        let profile = try global.chosenProfile(in: session)
        let start = try sinceDay ?? FlagLoading.defaultSince(session, profile: profile, asOf: asOfDay)
        let flags = try FlagLoading.flags(session, profile: profile, asOf: asOfDay, touching: start)
        return (profile, RuleEngine.current(flags, since: start))
      }
      if json {
        say(JSONText.array(flags.map(FlagText.json)))
        return
      }
      say(flags.isEmpty ? "No flags for \(profile.name) as of \(asOfDay)." : "Flags for \(profile.name) as of \(asOfDay):\n")
      for flag in flags { say(FlagText.block(flag, withSources: true) + "\n") }
      say(FlagText.closing())
    }
  }

  struct Ack: ParsableCommand {
    static let configuration = CommandConfiguration(
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
      let clock = try Clock.system()
      let text = try note.map { try TextInput.note($0) }
      let database = try global.open(.write)
      let flag = try database.write { session in
        let profile = try global.chosenProfile(in: session)
        let flags = try FlagLoading.flags(session, profile: profile, asOf: clock.today)
        let flag = try Self.match(flagID, in: flags)
        try session.acknowledge(flagID: flag.id, level: flag.level.rawValue, profile: profile, at: clock.now, note: text)
        return flag
      }
      say("Marked as seen: \(flag.title) (\(flag.id)). It stays in summaries, marked as seen.")
    }

    static func match(_ text: String, in flags: [WarningFlag]) throws -> WarningFlag {
      if let exact = flags.first(where: { $0.id == text }) { return exact }
      let matches = flags.filter { $0.id.hasPrefix(text) }
      guard matches.count == 1 else {
        let ids = flags.prefix(5).map(\.id).joined(separator: ", ")
        throw CarelogError.badData(
          matches.isEmpty
            ? "No flag has the id \(text). The current ones are: \(ids.isEmpty ? "none" : ids). See them with: carelog flags"
            : "More than one flag starts with \(text). Type the whole id, as shown by carelog flags.")
      }
      return matches[0]
    }
  }
}
