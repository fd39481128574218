import CarelogCore

/// `worsening-symptom`: a symptom's severity rises by `risePoints` or more within `windowDays` days, or
/// reaches `severeLevel` (severe) or worse. Urgent when it reaches `urgentLevel` (very severe) during treatment or
/// up to `afterTreatmentDays` after it.
enum WorseningSymptom: RuleLogic {
  static let id = "worsening-symptom"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] {
    [EntryRead(.symptom, .sameAsEntry, days: Int(rule.parameter("lookBackDays")))]
  }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    let window = Int(rule.parameter("windowDays"))
    let rise = Int(rule.parameter("risePoints"))
    let severe = Int(rule.parameter("severeLevel"))
    let rated = input.entries.lazy.filter { $0.kind == .symptom && $0.term != nil && $0.severity != nil }
    return Episodes.flatMapByTerm(rated) { term, reports in
      var triggers: [(low: Entry?, high: Entry)] = []
      var start = 0  // the first report less than `window` days before the current one
      for (index, report) in reports.enumerated() {
        while report.occurredOn.days(since: reports[start].occurredOn) >= window { start += 1 }
        guard input.applies(rule, on: report.occurredOn) else { continue }
        let level = report.severity!.rawValue
        let lowest = reports[start..<index].min { $0.severity!.rawValue < $1.severity!.rawValue }
        if let lowest, level - lowest.severity!.rawValue >= rise {
          triggers.append((lowest, report))
        } else if level >= severe {
          triggers.append((nil, report))
        }
      }
      return Episodes.group(triggers, maxGap: window, day: \.high.occurredOn).map { run in
        let entries = Episodes.distinctInJournalOrder(run.flatMap { [$0.low, $0.high].compactMap { $0 } })
        let worst = run.map(\.high).max { $0.severity! < $1.severity! }!
        var seen = "\(Seen.capitalized(Seen.name(term))) reached \(worst.severity!.words) on \(worst.occurredOn)"
        if let rising = run.first(where: { $0.low != nil }), let low = rising.low {
          seen += ", up from \(low.severity!.words) on \(low.occurredOn)"
        }
        guard let escalation = rule.escalation, worst.severity!.rawValue >= Int(rule.parameter("urgentLevel")),
          input.isOnOrSoonAfterTreatment(worst.occurredOn, within: Int(rule.parameter("afterTreatmentDays")))
        else { return WarningFlag(rule, key: term, entries: entries, seen: seen + ".") }
        return WarningFlag(
          rule, key: term, entries: entries, seen: seen + ", \(input.treatmentTiming(on: worst.occurredOn)).",
          level: escalation.level, action: escalation.action)
      }
    }
  }
}
