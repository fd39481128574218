import ArgumentParser
import CarelogCore
import CarelogJournal

/// The options `took` and `missed` share: which medicine and which due dose.
struct DoseOptions: ParsableArguments {
  @Argument(help: "The medicine, as on the schedule (carelog medicine list).") var name: String
  @Option(help: ArgumentHelp("The day the dose was due (default: today).", valueName: "date")) var on: String?
}

/// `carelog took NAME`: a due dose was taken.
struct TookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "took",
    abstract: "Record that a due dose of a scheduled medicine was taken.",
    discussion: """
      Examples:
        carelog took mercaptopurine
        carelog took methotrexate --on 2026-11-27 --at 19:30 --by Anna --caregiver
      """)
  @OptionGroup var global: GlobalOptions
  @OptionGroup var dose: DoseOptions
  @Option(help: ArgumentHelp("The time it was taken, e.g. 20:00.", valueName: "time")) var at: String?
  @Option(help: ArgumentHelp("Who is recording (default: the profile's usual reporter).", valueName: "name")) var by: String?
  @Flag(help: "Whether the person recording is a caregiver or the patient themself.") var role: ReporterRole?

  func run() throws {
    let clock = try JournalClock.system()
    let time = try parseTime(at)
    try DoseRecording.record(dose, status: .taken, at: time, reason: nil, by: by, role: role, global: global, clock: clock)
  }
}

/// `carelog missed NAME`: a due dose was not taken, or held on the care team's advice.
struct MissedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "missed",
    abstract: "Record that a due dose was missed, or held (skipped because the care team said so).",
    discussion: """
      A held dose is not a missed dose: use --held when the care team said to skip it.
      Examples:
        carelog missed mercaptopurine --on yesterday --reason "vomited it"
        carelog missed 6-mp --held --reason "clinic said to pause"
      """)
  @OptionGroup var global: GlobalOptions
  @OptionGroup var dose: DoseOptions
  @Option(help: ArgumentHelp("Why, e.g. \"vomited it\", \"ran out\", \"forgot\".", valueName: "text")) var reason: String?
  @Flag(help: "The care team said to skip this dose.") var held = false
  @Option(help: ArgumentHelp("Who is recording (default: the profile's usual reporter).", valueName: "name")) var by: String?
  @Flag(help: "Whether the person recording is a caregiver or the patient themself.") var role: ReporterRole?

  func run() throws {
    let clock = try JournalClock.system()
    try DoseRecording.record(
      dose, status: held ? .held : .missed, at: nil, reason: reason, by: by, role: role, global: global, clock: clock)
  }
}

/// What `took` and `missed` share: one call, then the confirmation and any flag it raised.
enum DoseRecording {
  static func record(
    _ options: DoseOptions, status: Dose.Status, at time: TimeOfDay?, reason: String?, by: String?, role: ReporterRole?,
    global: GlobalOptions, clock: JournalClock
  ) throws {
    let day = try options.on.map { try DateInput.parse($0, today: clock.today) } ?? clock.today
    try ReporterCheck.time(time, on: day, today: clock.today, now: clock.timeOfDay)
    let byName = try by.map { try TextInput.name($0, field: "reporter's name") }
    let journal = try global.open(.write)
    let (dose, medicine, profile, flags) = try journal.recordDose(
      options.name, on: day, status: status, at: time, reason: reason,
      reporter: { try ReporterCheck.reporter(for: $0, named: byName, role: role) }, today: clock.today, now: clock.now)
    let what = switch status {
    case .taken: "taken" + (time.map { " at \($0)" } ?? "")
    case .missed: "missed"
    case .held: "held on the care team's advice"
    }
    let why = dose.reason.map { " (\($0))" } ?? ""
    sayWrapped("Recorded for \(profile.name): the \(medicine.label) dose due on \(dose.on) was \(what)\(why), by \(dose.reporter.description).")
    FlagPrompts.show(flags)
  }
}

/// `carelog doses`: doses due, taken, missed, held and not recorded, for each medicine.
struct DosesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doses",
    abstract: "Show, for each medicine, how many doses were due, taken, missed, held and not recorded.",
    discussion: """
      The share taken counts taken ÷ (due − held): a dose held on the care team's advice is left out.
      Examples:
        carelog doses
        carelog doses --since 2026-11-01 --json
      """)
  @OptionGroup var global: GlobalOptions
  @Option(help: ArgumentHelp("First day of the period (default: the last visit, else 30 days).", valueName: "date"))
  var since: String?
  @Option(help: ArgumentHelp("Last day of the period (default: today).", valueName: "date")) var asOf: String?
  @Flag(help: "Print JSON.") var json = false

  func run() throws {
    let clock = try JournalClock.system()
    let last = try asOf.map { try DateInput.parse($0, today: clock.today) } ?? clock.today
    let first = try since.map { try DateInput.parse($0, today: clock.today) }
    let (tallies, profile, start) = try global.open(.read).doseTallies(since: first, asOf: last)
    if json {
      say(JSONText.array(tallies.map(MedicineText.json)))
      return
    }
    guard !tallies.isEmpty else {
      say("No medicines on the schedule for \(profile.name) from \(start) to \(last). Add one with, for example: "
        + "carelog medicine add mercaptopurine --dose \"50 mg\" --every day --from \(start)")
      return
    }
    say("Doses for \(profile.name) from \(start) to \(last):")
    for tally in tallies {
      say("\n" + MedicineText.line(tally.medicine))
      sayWrapped("  " + MedicineText.counts(tally))
    }
  }
}
