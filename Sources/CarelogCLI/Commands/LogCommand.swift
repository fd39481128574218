import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog log`: records one symptom, measurement, blood count, infection or note.
struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: "Record a symptom, a temperature, a weight, a blood count, a height, an infection or a note.",
    discussion: """
      Examples:
        carelog log fatigue --severity moderate
        carelog log temperature 38.6
        carelog log temperature 101.5F --at 21:30
        carelog log fever 101
        carelog log weight 61.2kg
        carelog log anc 0.8 --on monday
        carelog log platelets 45000/uL --on monday
        carelog log hemoglobin 102g/L --on monday
        carelog log height 4ft 4in
        carelog log nosebleed --on yesterday --by Anna --caregiver
        carelog log infection --note "ear infection, antibiotics"

      Symptoms come from the list shown by `carelog symptoms`; everyday words work too (tired, bruises, \
      nosebleed), and so does a symptom once recorded with --new. A number alone, or after fever, is a \
      temperature. Words about a symptom go in --note. Blood counts (anc, wbc, platelets, \
      hemoglobin) are the clinic's results, kept as given; --on is the day the blood was taken. Dates: \
      2026-11-02, today, yesterday, "3 days ago", or a weekday such as monday (the most recent one).
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "What to record: a symptom, or temperature, weight, anc, wbc, platelets, hemoglobin, height, infection or note.")
  var term: String

  @Argument(
    help: """
      The reading: temperature (38.6, 101.5F), weight (61.2kg, 135lb), ANC, WBC or platelets (0.8 ×10⁹/L, \
      800/uL), hemoglobin (10.2 g/dL, 102g/L) or height (132cm, 4ft 4in).
      """)
  var value: [String] = []

  @Option(help: "How bad it is: none, mild, moderate, severe or very-severe (or 0–4).")
  var severity: String?

  @Option(help: ArgumentHelp("The day it happened (default: today).", valueName: "date"))
  var on: String?

  @Option(help: ArgumentHelp("The time it happened, e.g. 21:30 or 9pm.", valueName: "time"))
  var at: String?

  @Option(help: ArgumentHelp("Who is recording (default: the profile's usual reporter).", valueName: "name"))
  var by: String?

  @Flag(help: "Whether the person recording is a caregiver or the patient themself.")
  var role: ReporterRole?

  @Option(help: ArgumentHelp("A few words to keep with the entry.", valueName: "text"))
  var note: String?

  @Flag(help: "Record a symptom that is not in the list, exactly as typed.")
  var new = false

  func run() throws {
    try request.run()
  }

  /// The parsed command line as a plain value (the fast path in `FastPath` builds the same value).
  var request: LogRequest {
    LogRequest(
      journal: global.journal, profile: global.profile, term: term, value: value.isEmpty ? nil : value.joined(separator: " "), severity: severity,
      on: on, at: at,
      by: by, role: role, note: note, new: new)
  }
}

/// Everything `carelog log` was asked to do, however its command line was read.
struct LogRequest: Equatable {
  var journal: String?
  var profile: String?
  var term: String
  var value: String?
  var severity: String?
  var on: String?
  var at: String?
  var by: String?
  var role: ReporterRole?
  var note: String?
  var new = false

  func run() throws {
    let global = JournalChoice(journal: journal, profile: profile)
    let clock = try JournalClock.system()
    let input = LogInput(term: term, value: value, severity: severity, on: on, at: at, by: by, role: role, note: note, new: new)
    do {
      let checked = try CheckedLog(input, choice: global, retry: retry)
      let journal = try Journal.open(global, .write)
      let result = try journal.log(checked, clock: clock)
      sayWrapped(EntryLine.confirmation(result.entry, profile: result.profile, typed: result.typed))
      FlagPrompts.check([result.entry], journal, profile: result.profile, today: clock.today)
    } catch let refusal as LogFieldError {
      throw refusal.error
    }
  }
}

extension LogRequest {
  /// This command line as typed, for advice that moves words to `--note` or `--severity`.
  var retry: LogRetry {
    var options: [String] = []
    for (flag, text) in [("--on", on), ("--at", at), ("--by", by), ("--journal", journal), ("--profile", profile)] {
      if let text { options += text.hasPrefix("-") ? ["\(flag)=\(text)"] : [flag, text] }
    }
    if let role { options.append(role == .caregiver ? "--caregiver" : "--self") }
    if new { options.append("--new") }
    return LogRetry(term: term, options: options, note: note)
  }
}

extension ReporterRole: EnumerableFlag {
  public static func name(for value: ReporterRole) -> NameSpecification {
    value == .caregiver ? .customLong("caregiver") : .customLong("self")
  }
}

nonisolated(unsafe) var generator = SystemRandomNumberGenerator()
