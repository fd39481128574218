import CarelogCore
import CarelogRules
import CarelogStore

/// Medicines on a schedule, the doses taken, missed or held, and how many of the due doses were taken.
extension Journal {
  /// Adds a medicine to the chosen profile; a second course of the same medicine on the same days is refused,
  /// naming the one that exists.
  public func addMedicine(_ medicine: Medicine, today: LocalDate) throws -> (medicine: Medicine, profile: Profile) {
    try database.write { session in
      let profile = try choice.chosenProfile(in: session)
      var medicine = medicine
      medicine.profileID = profile.id!
      medicine = try MedicineCheck.medicine(medicine, today: today)
      try MedicineCheck.checkOverlap(medicine, against: try session.medicines(of: profile))
      return (try session.add(medicine), profile)
    }
  }

  /// The chosen profile's medicines.
  public func medicines() throws -> (medicines: [Medicine], profile: Profile) {
    try database.read { session in
      let profile = try choice.chosenProfile(in: session)
      return (try session.medicines(of: profile), profile)
    }
  }

  /// Changes the course of `name` given on `day` (the current one when nil): `change` gets it and returns the new
  /// version, which is checked like a new one.
  public func editMedicine(
    _ name: String, on day: LocalDate?, today: LocalDate, _ change: (Medicine) throws -> Medicine
  ) throws -> (old: Medicine, medicine: Medicine, profile: Profile) {
    try database.write { session in
      let profile = try choice.chosenProfile(in: session)
      let all = try session.medicines(of: profile)
      let old = try MedicineMatch.course(name, on: day ?? today, in: all)
      var medicine = try MedicineCheck.medicine(try change(old), today: today)
      medicine.id = old.id
      try MedicineCheck.checkOverlap(medicine, against: all)
      let outside = try session.doses(of: [old]).filter { !medicine.isDue(on: $0.on) }
      if let dose = outside.first {
        throw CarelogError.badData(
          "A dose recorded on \(dose.on) would no longer be due on the new schedule, so nothing was changed. "
            + "To change the schedule from now on, end this course today and start the new one tomorrow: "
            + "carelog medicine stop \(old.name) --on \(today), then carelog medicine add \(old.name) --dose "
            + "\(ShellWords.quoted(medicine.dose)) --every \(medicine.schedule.everyText)"
            + (medicine.schedule.weekdayText.map { " --on \($0)" } ?? "")
            + (medicine.schedule.forDays.map { " --for \($0)" } ?? "")
            + (medicine.schedule.at.map { " --at \($0)" } ?? "") + " --from \(today.adding(days: 1))")
      }
      try session.update(medicine)
      return (old, medicine, profile)
    }
  }

  /// Records a dose of the medicine `name` due on `day`, checked against its schedule. Returns the dose, the
  /// medicine, and the missed-dose flag of that medicine when the record raised or changed one.
  public func recordDose(
    _ name: String, on day: LocalDate, status: Dose.Status, at time: TimeOfDay?, reason: String?,
    reporter: (Profile) throws -> Reporter, today: LocalDate, now: Timestamp
  ) throws -> (dose: Dose, medicine: Medicine, profile: Profile, flags: [WarningFlag]) {
    let (dose, medicine, profile) = try database.write { session in
      let profile = try choice.chosenProfile(in: session)
      let medicine = try MedicineMatch.course(name, on: day, in: try session.medicines(of: profile), dueOnly: true)
      var random = SystemRandomNumberGenerator()
      var dose = Dose(
        id: EntryID.random(using: &random), medicineID: medicine.id!, on: day, status: status, at: time, reason: reason,
        reporter: try reporter(profile), recordedAt: now)
      dose = try MedicineCheck.dose(
        dose, of: medicine, recorded: try session.doses(of: [medicine], from: day, through: day), today: today, now: now)
      try session.add(dose)
      return (dose, medicine, profile)
    }
    return (dose, medicine, profile, try flagsRaised(byDoses: [dose], profile: profile, today: today))
  }

  /// The missed-dose flags that `doses` (just recorded for `profile`) take part in and that are not marked as seen.
  public func flagsRaised(byDoses doses: [Dose], profile: Profile, today: LocalDate) throws -> [WarningFlag] {
    let missed = Set(doses.filter { $0.status == .missed }.map(\.id))
    guard !missed.isEmpty else { return [] }
    return try database.read { session in
      try FlagLoading.flags(session, profile: profile, asOf: max(today, doses.map(\.on).max()!))
        .filter { $0.rule == "doses-missed" && $0.entries.contains(where: missed.contains) && !$0.acknowledged }
    }
  }

  /// For each of the chosen profile's medicines given in `since...asOf` (`since` defaults to the current period's
  /// start), the doses due and what was recorded.
  public func doseTallies(since: LocalDate?, asOf: LocalDate) throws -> (tallies: [DoseTally], profile: Profile, since: LocalDate) {
    try database.read { session in
      let profile = try choice.chosenProfile(in: session)
      let start = try since ?? ReportingPeriod.defaultStart(visits: session.visits(of: profile), asOf: asOf)
      guard start <= asOf else {
        throw CarelogError.usage("The period starts (\(start)) after it ends (\(asOf)). Check --since.")
      }
      return (try DoseLoading.tallies(session, profile: profile, from: start, through: asOf), profile, start)
    }
  }
}

/// Reads medicines and doses for a period.
enum DoseLoading {
  static func tallies(_ session: JournalSession, profile: Profile, from first: LocalDate, through last: LocalDate) throws -> [DoseTally] {
    let medicines = try session.medicines(of: profile).filter { $0.from <= last && ($0.to.map { $0 >= first } ?? true) }
    let doses = try session.doses(of: medicines, from: first, through: last)
    return medicines.map { DoseTally($0, doses: doses, from: first, through: last) }
  }

  /// The profile's treatment courses with its medicines added as courses, except where a course of the same
  /// treatment already covers the medicine's first day (typed once as a treatment, once as a medicine).
  static func courses(_ treatments: [Treatment], medicines: [Medicine]) -> [Treatment] {
    treatments + medicines.filter { medicine in
      !treatments.contains { $0.agent == medicine.name && $0.isActive(on: medicine.from) }
    }.map(\.course)
  }
}

/// Finds the course of a medicine a command means.
enum MedicineMatch {
  /// The course of `name` given on `day`, else the latest one (unless `dueOnly`); errors name what exists.
  static func course(_ name: String, on day: LocalDate, in medicines: [Medicine], dueOnly: Bool = false) throws -> Medicine {
    let key = try MedicineCheck.name(name)
    let courses = medicines.filter { $0.name == key }
    guard let latest = courses.max(by: { $0.from < $1.from }) else {
      let known = Set(medicines.map(\.name)).sorted()
      let have = known.isEmpty ? "No medicine is scheduled yet." : "Scheduled: \(known.joined(separator: ", "))."
      throw CarelogError.badData(
        "\(TreatmentCatalog.agent(for: key)?.label ?? key) is not on the schedule. \(have) Add it with, for example: "
          + "carelog medicine add \(key) --dose \"50 mg\" --every day --from \(day)")
    }
    if let given = courses.first(where: { $0.from <= day && ($0.to.map { day <= $0 } ?? true) }) { return given }
    guard !dueOnly else {
      let until = latest.to.map { " to \($0)" } ?? ""
      throw CarelogError.badData(
        "\(latest.label) is scheduled from \(latest.from)\(until), so no dose was due on \(day). "
          + "Check the day, or see the schedule with: carelog medicine list")
    }
    return latest
  }
}
