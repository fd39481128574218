/// One due dose of a medicine as recorded: taken, missed, or held on the care team's advice.
public struct Dose: Sendable, Hashable {
  public enum Status: String, Sendable, CaseIterable {
    case taken, missed
    /// Skipped because the care team said so: not a missed dose.
    case held
  }

  public var id: EntryID
  public var medicineID: Int64
  /// The day the dose was due.
  public var on: LocalDate
  public var status: Status
  /// When it was taken, if given.
  public var at: TimeOfDay?
  /// Why it was missed or held ("vomited it", "ran out", "care team said to skip").
  public var reason: String?
  public var reporter: Reporter
  public var recordedAt: Timestamp

  public init(
    id: EntryID, medicineID: Int64, on: LocalDate, status: Status, at: TimeOfDay? = nil, reason: String? = nil,
    reporter: Reporter, recordedAt: Timestamp
  ) {
    self.id = id
    self.medicineID = medicineID
    self.on = on
    self.status = status
    self.at = at
    self.reason = reason
    self.reporter = reporter
    self.recordedAt = recordedAt
  }
}

/// The doses of one medicine over a period: how many were due and what was recorded of them.
public struct DoseTally: Sendable, Hashable {
  public let medicine: Medicine
  /// The days in the period a dose was due, oldest first.
  public let dueDays: [LocalDate]
  public let taken: Int
  public let missed: Int
  public let held: Int
  /// Recorded doses by day, for a day strip.
  public let statusByDay: [LocalDate: Dose.Status]

  /// Counts the doses of `medicine` due in `first...last`; recorded doses on other days are not counted.
  public init(_ medicine: Medicine, doses: [Dose], from first: LocalDate, through last: LocalDate) {
    self.medicine = medicine
    dueDays = medicine.dueDays(from: first, through: last)
    let due = Set(dueDays)
    var byDay: [LocalDate: Dose.Status] = [:]
    for dose in doses where dose.medicineID == medicine.id && due.contains(dose.on) { byDay[dose.on] = dose.status }
    statusByDay = byDay
    taken = byDay.values.filter { $0 == .taken }.count
    missed = byDay.values.filter { $0 == .missed }.count
    held = byDay.values.filter { $0 == .held }.count
  }

  public var due: Int { dueDays.count }
  public var notRecorded: Int { due - taken - missed - held }

  /// taken ÷ (due − held), a fraction 0–1; nil when no dose was due but held ones.
  public var adherence: Double? {
    let expected = due - held
    return expected > 0 ? Double(taken) / Double(expected) : nil
  }

  /// Recorded missed doses as a share of the doses due and not held; nil when none were.
  public var missedShare: Double? {
    let expected = due - held
    return expected > 0 ? Double(missed) / Double(expected) : nil
  }
}
