import CarelogCore
import Foundation

/// Stored UTC moments shown in the computer's own time zone, as people read them: "Thu 2026-11-26 21:30".
enum LocalTime {
  static func text(_ moment: Timestamp) -> String {
    var seconds = time_t(moment.secondsSince1970)
    var local = tm()
    localtime_r(&seconds, &local)
    guard let day = LocalDate(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday)),
      let clock = TimeOfDay(hour: Int(local.tm_hour), minute: Int(local.tm_min))
    else { return moment.description }
    return "\(day.withWeekday) \(clock)"
  }
}
