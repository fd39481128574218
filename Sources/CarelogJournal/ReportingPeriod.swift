import CarelogCore

/// "Since the last visit, or the last 30 days": one definition for `flags` and `summary` alike.
public enum ReportingPeriod {
  /// How many days a period covers when no visit starts it (the as-of day included).
  public static let defaultDays = 30

  /// The first day of the current period: the last visit before `asOf`, else the first of the last 30 days.
  public static func defaultStart(visits: [Visit], asOf: LocalDate) -> LocalDate {
    visits.last { $0.date < asOf }?.date ?? asOf.adding(days: -(defaultDays - 1))
  }
}
