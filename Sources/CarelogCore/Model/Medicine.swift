/// A medicine taken at home on a schedule (maintenance tablets, steroid pulses). The dose is the user's own text,
/// copied from the prescription: carelog never computes, suggests or changes a dose.
public struct Medicine: Sendable, Hashable {
  public var id: Int64?
  public var profileID: Int64
  /// The treatment catalog's key, e.g. `mercaptopurine` (typed as 6-MP or Purinethol).
  public var name: String
  /// As the prescription says it, e.g. "50 mg" or "6 mg twice a day".
  public var dose: String
  public var schedule: DoseSchedule
  /// The first day a dose is due.
  public var from: LocalDate
  /// The last day a dose is due; nil while it goes on.
  public var to: LocalDate?

  public init(profileID: Int64, name: String, dose: String, schedule: DoseSchedule, from: LocalDate, to: LocalDate? = nil) {
    self.profileID = profileID
    self.name = name
    self.dose = dose
    self.schedule = schedule
    self.from = from
    self.to = to
  }

  /// The catalog's name for it, e.g. "Mercaptopurine (6-MP)".
  public var label: String { TreatmentCatalog.agent(for: name)?.label ?? name }

  /// Whether a dose is due on `day`.
  public func isDue(on day: LocalDate) -> Bool {
    guard day >= from, to.map({ day <= $0 }) ?? true else { return false }
    return schedule.isDue(on: day, startingFrom: from)
  }

  /// The days in `first...last` a dose is due, oldest first.
  public func dueDays(from first: LocalDate, through last: LocalDate) -> [LocalDate] {
    let start = max(first, from)
    let end = to.map { min(last, $0) } ?? last
    guard start <= end else { return [] }
    return (start.dayNumber...end.dayNumber).map(LocalDate.init(dayNumber:)).filter { schedule.isDue(on: $0, startingFrom: from) }
  }

  /// The medicine as a treatment course, so the rules see its side effects and late effects without it being
  /// entered twice.
  public var course: Treatment {
    Treatment(profileID: profileID, agent: name, from: from, to: to, note: nil)
  }

  /// Whether the two share a day on which both are given.
  public func overlaps(_ other: Medicine) -> Bool {
    let (end, otherEnd) = (to?.dayNumber ?? Int.max, other.to?.dayNumber ?? Int.max)
    return from.dayNumber <= otherEnd && other.from.dayNumber <= end
  }
}

/// When doses of a medicine are due: every day, once a week on a weekday, or a pulse of some days every so many days.
public struct DoseSchedule: Sendable, Hashable {
  public enum Every: Sendable, Hashable {
    case day
    /// On this weekday, 0 = Sunday … 6 = Saturday.
    case week(weekday: Int)
    /// Every `n` days counted from the first day.
    case days(Int)
  }

  public var every: Every
  /// With `days(n)`: the pulse lasts this many days from the start of each cycle (dexamethasone for 5 days every
  /// 28 days); nil for one dose a cycle.
  public var forDays: Int?
  /// The usual time of day, e.g. 20:00, for the check-in's wording; doses are counted by day.
  public var at: TimeOfDay?

  public init(every: Every, forDays: Int? = nil, at: TimeOfDay? = nil) {
    self.every = every
    self.forDays = forDays
    self.at = at
  }

  func isDue(on day: LocalDate, startingFrom start: LocalDate) -> Bool {
    switch every {
    case .day: return true
    case .week(let weekday): return day.weekday == weekday
    case .days(let n): return day.days(since: start) % n < (forDays ?? 1)
    }
  }

  /// "Friday".
  public static func weekdayName(_ weekday: Int) -> String {
    let word = weekdays[weekday]
    return word.prefix(1).uppercased() + word.dropFirst()
  }

  public static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

  /// "every day at 20:00", "every week on Friday", "every 28 days, for 5 days".
  public var description: String {
    var text: String
    switch every {
    case .day: text = "every day"
    case .week(let weekday): text = "every week on \(Self.weekdayName(weekday))"
    case .days(let n): text = "every \(n) days"
    }
    if let forDays { text += ", for \(forDays) day\(forDays == 1 ? "" : "s")" }
    if let at { text += " at \(at)" }
    return text
  }

  /// How it is stored and exported: `day`, `week`, or `28d`.
  public var everyText: String {
    switch every {
    case .day: "day"
    case .week: "week"
    case .days(let n): "\(n)d"
    }
  }

  /// The weekday as a word, for storage and export; nil unless weekly.
  public var weekdayText: String? {
    if case .week(let weekday) = every { return Self.weekdays[weekday] }
    return nil
  }
}
