import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog medicine`: medicines taken at home on a schedule, whose doses `took` and `missed` record.
struct MedicineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "medicine",
    abstract: "Set up the medicines taken at home on a schedule (the dose is your own text; carelog never changes it).",
    discussion: """
      A medicine on the schedule is also a treatment for the warning checks: no need to add it twice.
      Examples:
        carelog medicine add mercaptopurine --dose "50 mg" --every day --at 20:00 --from 2026-06-01
        carelog medicine add methotrexate --dose "20 mg" --every week --on friday --from 2026-06-05
        carelog medicine add dexamethasone --dose "6 mg twice a day" --every 28d --for 5 --from 2026-06-01
        carelog medicine list
        carelog medicine stop dexamethasone --on 2026-12-01
        carelog medicine edit mercaptopurine --dose "75 mg"
      """,
    subcommands: [Add.self, List.self, Stop.self, Edit.self])

  /// The schedule options that `add` and `edit` share.
  struct ScheduleOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How often: day, week, or a cycle such as 28d (every 28 days).", valueName: "day|week|Nd"))
    var every: String?
    @Option(name: .customLong("on"), help: ArgumentHelp("With --every week: the weekday, e.g. friday.", valueName: "weekday"))
    var weekday: String?
    @Option(name: .customLong("for"), help: ArgumentHelp("With --every Nd: how many days each pulse lasts.", valueName: "days"))
    var forDays: Int?
    @Option(help: ArgumentHelp("The usual time, e.g. 20:00 (for the check-in's question).", valueName: "time"))
    var at: String?
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a medicine and its schedule.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The medicine, e.g. mercaptopurine (6-MP), methotrexate, dexamethasone.") var name: String
    @Option(help: ArgumentHelp("The dose as the prescription says it, e.g. \"50 mg\".", valueName: "text")) var dose: String
    @OptionGroup var schedule: ScheduleOptions
    @Option(help: ArgumentHelp("The first day a dose is due.", valueName: "date")) var from: String
    @Option(help: ArgumentHelp("The last day a dose is due (leave out while it goes on).", valueName: "date")) var to: String?

    func run() throws {
      let clock = try JournalClock.system()
      let key = try MedicineCheck.name(name)
      guard let every = schedule.every else {
        throw CarelogError.usage(
          "Say how often it is taken with --every, for example: carelog medicine add \(key) --dose "
            + "\(ShellWords.quoted(dose)) --every day --from \(from)")
      }
      let start = try DateInput.parse(from, today: clock.today, allowFuture: true)
      let end = try to.map { try DateInput.parse($0, today: clock.today, allowFuture: true) }
      let plan = try MedicineCheck.schedule(every: every, on: schedule.weekday, forDays: schedule.forDays, at: schedule.at, from: start)
      let medicine = Medicine(profileID: 0, name: key, dose: dose, schedule: plan, from: start, to: end)
      let (added, profile) = try global.open(.write).addMedicine(medicine, today: clock.today)
      say("Added to \(profile.name)'s medicines: \(MedicineText.line(added))")
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the medicines and their schedules.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
      let (medicines, profile) = try global.open(.read).medicines()
      if medicines.isEmpty {
        say("No medicines on the schedule for \(profile.name). Add one with, for example: "
          + "carelog medicine add mercaptopurine --dose \"50 mg\" --every day --from 2026-06-01")
      }
      medicines.forEach { say(MedicineText.line($0)) }
    }
  }

  struct Stop: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop a medicine: the last day a dose is due.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The medicine.") var name: String
    @Option(help: ArgumentHelp("The last day a dose is due.", valueName: "date")) var on: String

    func run() throws {
      let clock = try JournalClock.system()
      let day = try DateInput.parse(on, today: clock.today, allowFuture: true)
      let (_, medicine, profile) = try global.open(.write).editMedicine(name, on: day, today: clock.today) { old in
        var stopped = old
        stopped.to = day
        return stopped
      }
      say("Changed \(profile.name)'s medicine: \(MedicineText.line(medicine))")
    }
  }

  struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a medicine's dose text, schedule or dates.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The medicine.") var name: String
    @Option(help: ArgumentHelp("The new dose text.", valueName: "text")) var dose: String?
    @OptionGroup var schedule: ScheduleOptions
    @Option(help: ArgumentHelp("The first day a dose is due.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("The last day a dose is due.", valueName: "date")) var to: String?

    func run() throws {
      let clock = try JournalClock.system()
      let start = try from.map { try DateInput.parse($0, today: clock.today, allowFuture: true) }
      let end = try to.map { try DateInput.parse($0, today: clock.today, allowFuture: true) }
      guard dose != nil || schedule.every != nil || schedule.weekday != nil || schedule.forDays != nil
        || schedule.at != nil || start != nil || end != nil
      else {
        throw CarelogError.usage(
          "Say what to change, for example: carelog medicine edit \(ShellWords.quoted(name)) --dose \"75 mg\"")
      }
      let (old, medicine, profile) = try global.open(.write).editMedicine(name, on: nil, today: clock.today) { old in
        var new = old
        if let dose { new.dose = dose }
        if let start { new.from = start }
        if let end { new.to = end }
        new.schedule = try schedule.changed(old.schedule, from: new.from)
        return new
      }
      say(old == medicine ? "Nothing changed: \(MedicineText.line(medicine))" : "Changed \(profile.name)'s medicine: \(MedicineText.line(medicine))")
    }
  }
}

extension MedicineCommand.ScheduleOptions {
  /// `old` with the options given applied.
  func changed(_ old: DoseSchedule, from start: LocalDate) throws -> DoseSchedule {
    guard every != nil || weekday != nil || forDays != nil || at != nil else { return old }
    let everyText = every ?? old.everyText
    var new = try MedicineCheck.schedule(
      every: everyText, on: weekday ?? (every == nil ? old.weekdayText : nil),
      forDays: forDays ?? (every == nil ? old.forDays : nil), at: at, from: start)
    if at == nil { new.at = old.at }
    return new
  }
}

/// How medicines and their doses read in the terminal and in JSON.
enum MedicineText {
  /// "Mercaptopurine (6-MP): 50 mg, every day at 20:00, from 2026-06-01".
  static func line(_ medicine: Medicine) -> String {
    let dates = "from \(medicine.from)" + (medicine.to.map { " to \($0)" } ?? "")
    return "\(medicine.label): \(medicine.dose), \(medicine.schedule.description), \(dates)"
  }

  /// The documented `doses --json` fields of one medicine (the same as the visit summary's `medicines`).
  static func json(_ tally: DoseTally) -> JSONText { MedicineFields.tally(tally) }

  /// "due 30 · taken 27 · missed 2 · held 1 · not recorded 0 · 93 % of the doses due taken (held ones left out)".
  static func counts(_ tally: DoseTally) -> String {
    var text = "due \(tally.due) · taken \(tally.taken) · missed \(tally.missed) · held \(tally.held)"
    text += " · not recorded \(tally.notRecorded)"
    if let adherence = tally.adherence {
      text += " · \(Decimal.format(adherence * 100, places: 0)) % of the doses due taken"
      if tally.held > 0 { text += " (held ones left out)" }
    }
    return text
  }
}
