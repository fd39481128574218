import CarelogCore

/// `follow-up-overdue`: no visit for longer than expected: `onTreatmentDays` on treatment and
/// `firstYearDays` in the first year after it ends, `toFiveYearsDays` up to 5 years, `afterDays` after that.
/// `profile set --visit-every DAYS` overrides.
enum FollowUpOverdue: RuleLogic {
  static let id = "follow-up-overdue"

  /// Reads visits only (always loaded whole), and the first entry when no visit is recorded.
  static func reads(_ rule: RuleDefinition) -> [EntryRead] { [] }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    guard input.applies(rule, on: input.asOf) else { return [] }
    let interval = expectedInterval(rule, input)
    let pastVisits = input.visits.filter { $0.date <= input.asOf }
    let anchorDay = pastVisits.last?.date ?? input.entries.first?.occurredOn
    guard let anchorDay, input.asOf.days(since: anchorDay) > interval else { return [] }
    let overdueSince = anchorDay.adding(days: interval + 1)
    let last = pastVisits.last.map { "The last visit recorded was on \($0.date)" } ?? "No visit is recorded"
    let planned = input.visits.first { $0.date > input.asOf }.map { " A visit is planned for \($0.date)." } ?? ""
    return [
      WarningFlag(
        id: "\(rule.id):\(overdueSince)", rule: rule.id, level: rule.level, title: rule.title,
        seen: "\(last), more than \(interval) days ago.\(planned)",
        message: "\(last), more than \(interval) days ago.\(planned) \(rule.message)", meaning: rule.message,
        action: rule.action,
        symptoms: [], from: overdueSince, to: input.asOf, entries: [], values: [], sources: rule.sources,
        external: rule.external)
    ]
  }

  static func expectedInterval(_ rule: RuleDefinition, _ input: RuleInput) -> Int {
    if let every = input.profile.visitEvery { return every }
    guard let ended = input.profile.treatmentEnded, ended < input.asOf else {
      return Int(rule.parameter("onTreatmentDays"))
    }
    let sinceEnd = input.asOf.days(since: ended)
    if sinceEnd <= 365 { return Int(rule.parameter("firstYearDays")) }
    if input.asOf.years(since: ended) < 5 { return Int(rule.parameter("toFiveYearsDays")) }
    return Int(rule.parameter("afterDays"))
  }
}
