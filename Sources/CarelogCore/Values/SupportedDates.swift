/// The dates and moments carelog keeps: years 1900 to 2200, whole seconds, no leap seconds. Every way in
/// (command line, import, `CARELOG_TODAY`) checks its dates here, so anything stored can be read back.
public enum SupportedDates {
  public static let first = LocalDate(year: 1900, month: 1, day: 1)!
  public static let last = LocalDate(year: 2200, month: 12, day: 31)!

  /// "from 1900-01-01 to 2200-12-31", for messages.
  public static let rangeText = "from \(first) to \(last)"

  public static func contains(_ day: LocalDate) -> Bool { first <= day && day <= last }

  /// `day`, or an error naming `what` when it is outside the supported years.
  @discardableResult
  public static func check(_ day: LocalDate, _ what: String) throws -> LocalDate {
    guard contains(day) else {
      throw CarelogError.badData("The \(what) \(day) is outside the dates carelog keeps (\(rangeText)). Check the date.")
    }
    return day
  }

  /// `moment`, or an error naming `what` when its day is outside the supported years.
  @discardableResult
  public static func check(_ moment: Timestamp, _ what: String) throws -> Timestamp {
    guard contains(moment.utcDay) else {
      throw CarelogError.badData(
        "The \(what) \(moment) is outside the dates carelog keeps (\(rangeText)). Check the date.")
    }
    return moment
  }

  /// A moment no later than `now`, allowing a day for clocks on other computers and time zones.
  @discardableResult
  public static func checkPast(_ moment: Timestamp, _ what: String, now: Timestamp) throws -> Timestamp {
    try check(moment, what)
    guard moment.secondsSince1970 <= now.secondsSince1970 + 86_400 else {
      throw CarelogError.badData("The \(what) \(moment) is in the future. Check the computer's clock and the date.")
    }
    return moment
  }
}
