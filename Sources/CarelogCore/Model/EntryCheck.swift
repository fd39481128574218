/// The one check every entry passes before it is stored, whether it was typed or imported: content that fits
/// its kind, plain text within limits, and dates carelog keeps, not in the future and not before the birth.
public enum EntryCheck {
  /// `entry` with its texts trimmed (names in NFC), or the first problem found.
  public static func checked(_ entry: Entry, profile: Profile?, today: LocalDate, now: Timestamp) throws -> Entry {
    var entry = entry
    try content(entry)
    if let term = entry.term { entry.term = try TextInput.term(term) }
    if let note = entry.note { entry.note = try TextInput.note(note) }
    entry.reporter = Reporter(name: try TextInput.name(entry.reporter.name, field: "reporter's name"), role: entry.reporter.role)
    try day(entry.occurredOn, profile: profile, today: today)
    try SupportedDates.checkPast(entry.recordedAt, "time it was recorded", now: now)
    return entry
  }

  /// The day an entry happened: a supported date, not after `today`, not before the profile's birth.
  public static func day(_ day: LocalDate, profile: Profile?, today: LocalDate) throws {
    try SupportedDates.check(day, "date")
    if day > today {
      throw CarelogError.badData(
        "\(day) is in the future. Entries are for things that have happened; use today or an earlier date.")
    }
    if let profile, let born = profile.born, day < born {
      throw CarelogError.badData(
        "\(day) is before \(profile.name) was born (\(born)). Check the date, or the profile with: carelog profile show")
    }
  }

  /// What an entry holds fits its kind: a term only for symptoms, severity only for symptoms, a reading in
  /// range with its stored unit only for temperatures (C) and weights (kg).
  public static func content(_ entry: Entry) throws {
    let kind = entry.kind.rawValue
    if entry.kind == .symptom {
      guard entry.term != nil else { throw CarelogError.badData("A symptom entry needs its symptom term.") }
    } else if entry.term != nil {
      throw CarelogError.badData("A \(kind) entry has no symptom term; only symptoms do.")
    }
    if entry.kind != .symptom, entry.severity != nil {
      throw CarelogError.badData("Severity is for symptoms; \(kind) entries do not take one.")
    }
    switch entry.kind {
    case .temperature:
      try reading(entry, unit: "C", range: Temperature.plausibleCelsius, what: "temperature", example: "38.2")
    case .weight:
      try reading(entry, unit: "kg", range: Weight.plausibleKilograms, what: "weight", example: "27.4")
    case .anc, .wbc, .platelets, .hemoglobin, .height:
      let scale = LabScale.of(entry.kind)!
      try reading(entry, unit: scale.unit, range: scale.plausible, what: scale.name, example: scale.example)
    case .symptom, .infection, .note:
      guard entry.value == nil, entry.unit == nil else {
        throw CarelogError.badData(
          "A \(kind) entry does not take a value or unit; only readings (temperatures, weights, blood counts, "
            + "heights) do. Put words in a note.")
      }
    }
  }

  private static func reading(_ entry: Entry, unit: String, range: ClosedRange<Double>, what: String, example: String) throws {
    guard let value = entry.value else {
      throw CarelogError.badData("A \(what) entry needs its reading, for example \(example).")
    }
    guard entry.unit == unit else {
      throw CarelogError.badData(
        "A \(what) is stored in \(unit), but this one says \"\(TextInput.shown(entry.unit ?? "none"))\". "
          + "Convert it to \(unit).")
    }
    guard range.contains(value) else {
      throw CarelogError.badData(
        "The \(what) \(Decimal.format(value, places: 2)) \(unit) is outside \(Decimal.format(range.lowerBound, places: 0))–"
          + "\(Decimal.format(range.upperBound, places: 0)) \(unit), so it is probably a typo.")
    }
  }
}
