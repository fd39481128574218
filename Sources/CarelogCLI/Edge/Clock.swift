import CarelogCore
import Foundation

/// Today's local date and the current UTC moment, read once per command. `CARELOG_TODAY` (a YYYY-MM-DD date)
/// pins "today" so that tests and demos are reproducible.
struct Clock {
  let today: LocalDate
  let now: Timestamp

  static func system(environment: [String: String] = ProcessInfo.processInfo.environment) -> Clock {
    var seconds = time(nil)
    var local = tm()
    localtime_r(&seconds, &local)
    let systemToday =
      LocalDate(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))
      ?? LocalDate(dayNumber: Int(seconds) / 86400)
    let pinned = environment["CARELOG_TODAY"].flatMap { LocalDate(iso: $0) }
    return Clock(today: pinned ?? systemToday, now: Timestamp(secondsSince1970: Int(seconds)))
  }
}

extension LocalDate {
  private static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

  /// "Thu 2026-11-26".
  var withWeekday: String { "\(Self.weekdayNames[weekday]) \(description)" }
}
