/// Checks medicines and doses before they are written, whichever way they came in (command line, import, web
/// page). Each error says what to type instead.
public enum MedicineCheck {
  /// The longest cycle `--every Nd` takes: a year.
  public static let longestCycle = 366

  /// The treatment catalog's key for a medicine's name (6-MP, Purinethol → mercaptopurine), or an error naming
  /// the close ones. Radiation and transplants are treatments, not medicines taken at home.
  public static func name(_ text: String) throws -> String {
    guard let agent = TreatmentCatalog.agent(for: text) else {
      let names = TreatmentCatalog.suggestions(for: text).map(\.key)
      let hint = names.isEmpty ? "" : " Did you mean \(names.joined(separator: ", "))?"
      throw CarelogError.badData(
        "\"\(TextInput.shown(text))\" is not a medicine carelog knows.\(hint) Known medicines: \(medicineKeys)."
          + " For example: carelog medicine add mercaptopurine --dose \"50 mg\" --every day --from 2026-06-01")
    }
    guard agent.group != .radiation && agent.group != .transplant else {
      throw CarelogError.badData(
        "\(agent.label) is a treatment, not a medicine taken on a schedule at home. Record it with: "
          + "carelog treatment add \(agent.key)")
    }
    return agent.key
  }

  static var medicineKeys: String {
    TreatmentCatalog.all.filter { $0.group != .radiation && $0.group != .transplant }.map(\.key).joined(separator: ", ")
  }

  /// The schedule of `--every day|week|Nd [--on WEEKDAY] [--for DAYS] [--at TIME]`; a weekly one without a weekday
  /// falls on the first day's weekday.
  public static func schedule(every: String, on weekday: String?, forDays: Int?, at time: String?, from: LocalDate) throws -> DoseSchedule {
    let every = try self.every(every, on: weekday, from: from)
    if let forDays {
      guard case .days(let n) = every else {
        throw CarelogError.usage("--for goes with --every Nd, for a pulse of a few days in each cycle, for example: --every 28d --for 5")
      }
      guard (1..<n).contains(forDays) else {
        throw CarelogError.badData("--for \(forDays) must be from 1 to \(n - 1) days, shorter than the \(n)-day cycle.")
      }
    }
    var at: TimeOfDay?
    if let time {
      guard let parsed = TimeOfDay(parsing: time) else {
        throw CarelogError.usage("\"\(TextInput.shown(time))\" is not a time of day. Use HH:MM, for example: --at 20:00")
      }
      at = parsed
    }
    return DoseSchedule(every: every, forDays: forDays, at: at)
  }

  static func every(_ text: String, on weekday: String?, from: LocalDate) throws -> DoseSchedule.Every {
    let word = text.lowercased().trimmingWhitespace()
    let every: DoseSchedule.Every
    switch word {
    case "day", "daily", "1d": every = .day
    case "week", "weekly":
      return .week(weekday: try weekday.map(Self.weekday) ?? from.weekday)
    default:
      guard word.hasSuffix("d"), let n = Int(word.dropLast()), (2...longestCycle).contains(n) else {
        throw CarelogError.usage(
          "\"\(TextInput.shown(text))\" is not a schedule. Use --every day, --every week (with --on friday), "
            + "or --every 28d (every 28 days; from 2d to \(longestCycle)d).")
      }
      every = .days(n)
    }
    if weekday != nil {
      throw CarelogError.usage("--on goes with --every week, for example: --every week --on friday")
    }
    return every
  }

  /// 0 = Sunday … 6 = Saturday, from a weekday's name or its first three letters.
  public static func weekday(_ text: String) throws -> Int {
    let word = text.lowercased().trimmingWhitespace()
    if word.count >= 3, let index = DoseSchedule.weekdays.firstIndex(where: { $0.hasPrefix(word) }) { return index }
    throw CarelogError.usage("\"\(TextInput.shown(text))\" is not a weekday. Use a day's name, for example: --on friday")
  }

  /// A medicine as it will be stored: a known name, dose text as typed, dates in range, the end not before the start.
  public static func medicine(_ medicine: Medicine, today _: LocalDate) throws -> Medicine {
    var medicine = medicine
    medicine.name = try name(medicine.name)
    medicine.dose = try TextInput.name(medicine.dose, field: "dose")
    // A start may be ahead (a new prescription from next week); no dose can be recorded before its day.
    try SupportedDates.check(medicine.from, "start date")
    if let to = medicine.to {
      try SupportedDates.check(to, "end date")
      if to < medicine.from {
        throw CarelogError.badData("The end date \(to) is before the start date \(medicine.from). Check both dates.")
      }
    }
    if case .days(let n) = medicine.schedule.every, !(2...longestCycle).contains(n) {
      throw CarelogError.badData("A cycle of \(n) days is outside 2 to \(longestCycle) days.")
    }
    if case .week(let day) = medicine.schedule.every, !(0...6).contains(day) {
      throw CarelogError.badData("The weekday \(day) is not one of 0 (Sunday) to 6 (Saturday).")
    }
    return medicine
  }

  /// Refuses a medicine given on a day another course of the same medicine is, naming the one that exists.
  public static func checkOverlap(_ new: Medicine, against existing: [Medicine]) throws {
    guard let clash = existing.first(where: { $0.name == new.name && $0.id != new.id && $0.overlaps(new) }) else { return }
    let until = clash.to.map { "to \($0)" } ?? "and still going on"
    var message = "\(clash.label) is already scheduled from \(clash.from) \(until) (\(clash.dose), "
    message += "\(clash.schedule.description)), so nothing was added. To change its dose or schedule, use for example: "
    message += "carelog medicine edit \(clash.name) --dose \"75 mg\""
    let lastDay = new.from.adding(days: -1)
    if clash.from <= lastDay && new.id == nil {
      message += ". To start a new course on \(new.from), stop this one the day before: "
      message += "carelog medicine stop \(clash.name) --on \(lastDay)"
    }
    throw CarelogError.badData(message)
  }

  /// A dose as it will be stored: on a day the schedule makes it due, not in the future, not recorded before.
  public static func dose(_ dose: Dose, of medicine: Medicine, recorded: [Dose], today: LocalDate, now: Timestamp) throws -> Dose {
    var dose = dose
    try SupportedDates.check(dose.on, "day")
    if dose.on > today {
      throw CarelogError.badData("\(dose.on) is in the future. Record a dose on its day or later.")
    }
    guard medicine.isDue(on: dose.on) else {
      throw CarelogError.badData(
        "No dose of \(medicine.label) was due on \(dose.on) (\(medicine.schedule.description), from \(medicine.from)"
          + "\(medicine.to.map { " to \($0)" } ?? "")). \(lastDue(medicine, before: dose.on))")
    }
    if let same = recorded.first(where: { $0.medicineID == medicine.id && $0.on == dose.on && $0.id != dose.id }) {
      throw CarelogError.badData(
        "The \(medicine.label) dose due on \(dose.on) is already recorded as \(same.status.rawValue), so nothing was added. "
          + "Each due dose is recorded once.")
    }
    if let reason = dose.reason { dose.reason = try TextInput.note(reason, field: "reason") }
    dose.reporter.name = try TextInput.name(dose.reporter.name, field: "reporter")
    try SupportedDates.checkPast(dose.recordedAt, "time it was recorded", now: now)
    return dose
  }

  /// Advice naming the last day a dose was due before `day`, as a command to paste.
  static func lastDue(_ medicine: Medicine, before day: LocalDate) -> String {
    let days = medicine.dueDays(from: day.adding(days: -longestCycle), through: day)
    guard let last = days.last else { return "See the schedule with: carelog medicine list" }
    return "The last dose due before it was on \(last): add --on \(last)"
  }
}
