import CarelogCore
import CarelogStore

/// A dose the check-in asks about: due, and not recorded yet.
public struct DueDose: Sendable, Hashable {
  public let medicine: Medicine
  public let on: LocalDate
}

/// One answer of the check-in about a dose.
public struct DoseAnswer: Sendable {
  public let due: DueDose
  public let status: Dose.Status
  public let reason: String?

  public init(due: DueDose, status: Dose.Status, reason: String?) {
    self.due = due
    self.status = status
    self.reason = reason
  }
}

extension Journal {
  /// How many days back the check-in looks for doses not recorded, when there was no check-in since.
  public static let checkinDoseDays = 7

  /// The doses the check-in asks about: due since the last check-in (at most `checkinDoseDays` back) and not
  /// recorded; today's only once its usual time has come.
  public func dosesToAsk(today: LocalDate, now: TimeOfDay) throws -> [DueDose] {
    try database.read { session in
      let profile = try choice.chosenProfile(in: session)
      let earliest = today.adding(days: 1 - Self.checkinDoseDays)
      let first = max(earliest, try session.lastCheckin(of: profile) ?? earliest)
      let medicines = try session.medicines(of: profile)
      let recorded = Set(try session.doses(of: medicines, from: first, through: today).map { "\($0.medicineID) \($0.on)" })
      var due: [DueDose] = []
      for medicine in medicines {
        for day in medicine.dueDays(from: first, through: today) where !recorded.contains("\(medicine.id!) \(day)") {
          if day == today, let at = medicine.schedule.at, at > now { continue }
          due.append(DueDose(medicine: medicine, on: day))
        }
      }
      return due.sorted { ($0.on, $0.medicine.name) < ($1.on, $1.medicine.name) }
    }
  }

  /// Saves a check-in in one transaction: its entries, its answers about doses (checked as `took`/`missed` are),
  /// and its day, from which the next check-in asks about doses.
  public func saveCheckin(
    entries: [Entry], doses answers: [DoseAnswer], reporter: Reporter, today: LocalDate, now: Timestamp
  ) throws -> [Dose] {
    try database.write { session in
      let profile = try choice.chosenProfile(in: session)
      for entry in entries { try session.add(entry) }
      var random = SystemRandomNumberGenerator()
      var saved: [Dose] = []
      for answer in answers {
        let medicine = answer.due.medicine
        let dose = try MedicineCheck.dose(
          Dose(
            id: EntryID.random(using: &random), medicineID: medicine.id!, on: answer.due.on, status: answer.status,
            reason: answer.reason, reporter: reporter, recordedAt: now),
          of: medicine, recorded: try session.doses(of: [medicine], from: answer.due.on, through: answer.due.on),
          today: today, now: now)
        try session.add(dose)
        saved.append(dose)
      }
      try session.setLastCheckin(today, of: profile)
      return saved
    }
  }
}
