/// The checks profiles, visits, treatments and acknowledged flags pass before they are stored, whichever
/// way they came in (command line or import).
public enum RecordCheck {
  /// The profile with its name and texts trimmed, or the first problem: dates carelog keeps, none in the
  /// future, none before the birth, a visit interval from 7 to 730 days.
  public static func profile(_ profile: Profile, today: LocalDate) throws -> Profile {
    var profile = profile
    profile.name = try TextInput.name(profile.name)
    let dates: [(String, LocalDate?)] = [
      ("birth", profile.born), ("diagnosis", profile.diagnosed), ("remission", profile.remission),
      ("end of treatment", profile.treatmentEnded),
    ]
    for case let (what, date?) in dates {
      try SupportedDates.check(date, "\(what) date")
      if date > today {
        throw CarelogError.badData("The \(what) date \(date) is in the future. Use today or an earlier date.")
      }
      if let born = profile.born, date < born {
        throw CarelogError.badData("The \(what) date \(date) is before the birth date \(born). Check both dates.")
      }
    }
    if let reporter = profile.reporter { profile.reporter = try TextInput.name(reporter, field: "reporter's name") }
    if let notes = profile.notes { profile.notes = try TextInput.note(notes, field: "notes") }
    if let days = profile.visitEvery, !(7...730).contains(days) {
      throw CarelogError.badData("The visit interval takes a number of days between 7 and 730, for example 42.")
    }
    return profile
  }

  /// A visit: a date carelog keeps (planned visits may be in the future), plain texts.
  public static func visit(_ visit: Visit) throws -> Visit {
    var visit = visit
    try SupportedDates.check(visit.date, "visit date")
    if let with = visit.with { visit.with = try TextInput.note(with, field: "--with name") }
    if let note = visit.note { visit.note = try TextInput.note(note) }
    return visit
  }

  /// A treatment: an agent from the catalog, a start not in the future, an end not before the start.
  public static func treatment(_ treatment: Treatment, today: LocalDate) throws -> Treatment {
    var treatment = treatment
    guard TreatmentCatalog.agent(for: treatment.agent)?.key == treatment.agent else {
      throw CarelogError.badData("\"\(TextInput.shown(treatment.agent))\" is not a treatment carelog knows.")
    }
    if let from = treatment.from {
      try SupportedDates.check(from, "start date")
      if from > today { throw CarelogError.badData("The start date \(from) is in the future. Use today or an earlier date.") }
    }
    if let to = treatment.to {
      try SupportedDates.check(to, "end date")
      if let from = treatment.from, to < from {
        throw CarelogError.badData("The end date \(to) is before the start date \(from). Check both dates.")
      }
    }
    if let note = treatment.note { treatment.note = try TextInput.note(note) }
    return treatment
  }

  /// An acknowledged flag: a flag id as carelog makes them, a known level, a moment not in the future.
  public static func acknowledgement(
    flagID: String, level: String, at moment: Timestamp, note: String?, now: Timestamp
  ) throws -> (flagID: String, level: FlagLevel, at: Timestamp, note: String?) {
    guard let known = FlagLevel(rawValue: level) else {
      throw CarelogError.badData("\"\(TextInput.shown(level))\" is not a flag level (urgent, soon, next-visit or info).")
    }
    try SupportedDates.checkPast(moment, "time it was acknowledged", now: now)
    return (try TextInput.flagID(flagID), known, moment, try note.map { try TextInput.note($0) })
  }
}
