import CarelogCore
import Foundation

/// Today's local date and the current UTC moment, read once per command. `CARELOG_TODAY` (a YYYY-MM-DD date)
/// pins "today" so that tests and demos are reproducible.
public struct JournalClock: Sendable {
  public let today: LocalDate
  public let now: Timestamp
  /// The local time of day now (`CARELOG_TIME`, HH:MM, pins it for tests), to refuse times later than now today.
  public var timeOfDay = TimeOfDay(hour: 0, minute: 0)!

  public init(today: LocalDate, now: Timestamp, timeOfDay: TimeOfDay) {
    self.today = today
    self.now = now
    self.timeOfDay = timeOfDay
  }

  /// The clock, or an error when `CARELOG_TODAY` (or the computer's own date) is not a date carelog keeps.
  public static func system(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> JournalClock {
    var seconds = time(nil)
    var local = tm()
    localtime_r(&seconds, &local)
    let systemToday =
      LocalDate(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))
      ?? LocalDate(dayNumber: Int(seconds) / 86400)
    let now = Timestamp(secondsSince1970: Int(seconds))
    let timeOfDay = environment["CARELOG_TIME"].flatMap { TimeOfDay(parsing: $0) }
      ?? TimeOfDay(hour: Int(local.tm_hour), minute: Int(local.tm_min))!
    guard let text = environment["CARELOG_TODAY"], !text.isEmpty else {
      guard SupportedDates.contains(systemToday) else {
        throw CarelogError.badData(
          "This computer's date, \(systemToday), is outside the dates carelog keeps (\(SupportedDates.rangeText)). "
            + "Set the computer's clock, then try again.")
      }
      return JournalClock(today: systemToday, now: now, timeOfDay: timeOfDay)
    }
    guard let pinned = LocalDate(iso: text), SupportedDates.contains(pinned) else {
      throw CarelogError(LocalDate(iso: text) == nil ? .usage : .badData,
        "CARELOG_TODAY is \"\(text.prefix(40))\", which is not a date carelog keeps. Set it to a date like 2026-11-26 "
          + "(\(SupportedDates.rangeText)), or remove it with: unset CARELOG_TODAY")
    }
    return JournalClock(today: pinned, now: now, timeOfDay: timeOfDay)
  }
}
