import CarelogCore

/// Reads a day the user typed for an entry: never in the future, never before the profile's birth.
public func entryDay(_ text: String?, clock: JournalClock, profile: Profile) throws -> LocalDate {
  guard let text else { return clock.today }
  let day = try DateInput.parse(text, today: clock.today)
  try EntryCheck.day(day, profile: profile, today: clock.today)
  return day
}

/// Reads an optional day for a profile or treatment field (not in the future).
public func pastDay(_ text: String?, clock: JournalClock) throws -> LocalDate? {
  try text.map { try DateInput.parse($0, today: clock.today) }
}

/// Reads a time of day, or explains the accepted forms.
public func parseTime(_ text: String?) throws -> TimeOfDay? {
  guard let text else { return nil }
  guard let time = TimeOfDay(parsing: text) else {
    throw CarelogError.usage("Cannot read the time \"\(text)\". Use 24-hour 21:30, or 9pm or 9:30am.")
  }
  return time
}

/// Reads a severity word, or explains the accepted words.
public func parseSeverity(_ text: String?) throws -> Severity? {
  guard let text else { return nil }
  guard let severity = Severity(parsing: text) else {
    throw CarelogError.usage("\"\(text)\" is not a severity. Use \(Severity.acceptedWords).")
  }
  return severity
}
