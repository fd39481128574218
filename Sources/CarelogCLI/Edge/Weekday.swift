import CarelogCore

extension LocalDate {
  private static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

  /// "Thu 2026-11-26".
  var withWeekday: String { "\(Self.weekdayNames[weekday]) \(description)" }
}
