import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog summary`: the one-page visit summary.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "A one-page summary to bring to a clinic visit: flags, symptoms, measurements, questions.",
    discussion: """
      By default it covers the time since the last visit before today (or the last 30 days when there is \
      none). Examples:
        carelog summary
        carelog summary --since 2026-10-01 --format markdown
        carelog summary --format html --output leo-visit.html
        carelog summary --as-of 2026-11-26 --format json
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("Start of the period: last-visit (the default) or a date.", valueName: "last-visit|date"))
  var since: String?

  @Option(help: ArgumentHelp("End of the period (default: the as-of day).", valueName: "date"))
  var until: String?

  @Option(help: ArgumentHelp("The day the summary is made as of (default: today); same day, same output.", valueName: "date"))
  var asOf: String?

  @Option(help: "Output format.")
  var format: ReportFormat = .text

  @Option(help: ArgumentHelp("Write to this file (readable by you only) instead of the screen.", valueName: "file"))
  var output: String?

  @ArgumentParser.Flag(help: "Replace the --output file if it exists.")
  var force = false

  func run() throws { try request.run() }

  /// The parsed command line as a plain value (the fast path in `FastPath` builds the same value).
  var request: SummaryRequest {
    SummaryRequest(
      journal: global.journal, profile: global.profile, since: since, until: until, asOf: asOf, format: format,
      output: output, force: force)
  }
}

/// Everything `carelog summary` was asked to make, however its command line was read.
struct SummaryRequest: Equatable {
  var journal: String?
  var profile: String?
  var since: String?
  var until: String?
  var asOf: String?
  var format = ReportFormat.text
  var output: String?
  var force = false

  func run() throws {
    if let output { try OutputFile.checkWritable(output, force: force) }
    let summary = try Self.make(
      JournalChoice(journal: journal, profile: profile), since: since, until: until, asOf: asOf)
    // Wrapped to the terminal only when printed; a file gets the page width.
    let text = format.render(summary, width: output == nil ? Terminal.standardOutput.width : TextWrap.defaultWidth)
    if let output {
      try OutputFile.write(text, to: output, force: force)
      say("Wrote the \(format.rawValue) summary for \(summary.header.name) to \(output).")
    } else {
      Terminal.standardOutput.write(text)
    }
  }

  /// The summary for the chosen profile: from `since` (a date, or the last visit) to `until`, as of `asOf`.
  static func make(_ choice: JournalChoice, since: String?, until: String?, asOf: String?) throws -> Summary {
    let clock = try JournalClock.system()
    let asOfDay = try asOf.map { try DateInput.parse($0, today: clock.today) } ?? clock.today
    let untilDay = try until.map { try DateInput.parse($0, today: clock.today, allowFuture: true) } ?? asOfDay
    let sinceDay = try since.flatMap { $0 == "last-visit" ? nil : try DateInput.parse($0, today: clock.today) }
    return try Journal.open(choice, .read).summary(since: sinceDay, until: untilDay, asOf: asOfDay)
  }
}

extension ReportFormat: ExpressibleByArgument {}
