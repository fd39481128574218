import CarelogCore

/// `symptom-persists-2-weeks`: the same symptom reported `minReports` times or more, the first and last report
/// at least `spanDays` days apart, with no gap longer than `maxGapDays` and no "none" report in between. For the
/// next visit only when every report was mild and the symptom is a listed side effect of a treatment given then.
enum SymptomPersists: RuleLogic {
  static let id = "symptom-persists-2-weeks"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] {
    [EntryRead(.symptom, .sameAsEntry, days: Int(rule.parameter("lookBackDays")))]
  }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    let span = Int(rule.parameter("spanDays"))
    let minReports = Int(rule.parameter("minReports"))
    let maxGap = Int(rule.parameter("maxGapDays"))
    let reports = input.entries.lazy.filter { $0.kind == .symptom && $0.term != nil }
    return Episodes.flatMapByTerm(reports) { term, entries in
      runs(entries, maxGap: maxGap).compactMap { run -> WarningFlag? in
        guard run.count >= minReports, let first = run.first, let last = run.last,
          last.occurredOn.days(since: first.occurredOn) >= span, input.applies(rule, on: last.occurredOn)
        else { return nil }
        let apart = last.occurredOn.days(since: first.occurredOn)
        let seen = "\(Seen.capitalized(Seen.name(term))) reported \(run.count) times \(Seen.days(run)) (first and last "
          + "report \(apart) days apart)."
        guard let milder = rule.milder, isMildSideEffect(run, input) else {
          return WarningFlag(rule, key: term, entries: run, seen: seen)
        }
        return WarningFlag(
          rule, key: term, entries: run,
          seen: seen + " Every report was mild, and it is listed as a possible side effect of a treatment given then.",
          level: milder.level, action: milder.action)
      }
    }
  }

  /// Whether every report of the run was mild and a listed side effect of a treatment given that day.
  static func isMildSideEffect(_ run: [Entry], _ input: RuleInput) -> Bool {
    run.allSatisfy { $0.severity == .mild && input.isKnownSideEffect($0) }
  }

  /// Runs of reports of one symptom, broken by a "none" report or a gap longer than `maxGap` days.
  static func runs(_ entries: [Entry], maxGap: Int) -> [[Entry]] {
    var runs: [[Entry]] = []
    var current: [Entry] = []
    for entry in entries {
      if entry.severity == Severity.none {
        if !current.isEmpty { runs.append(current) }
        current = []
        continue
      }
      if let last = current.last, entry.occurredOn.days(since: last.occurredOn) > maxGap {
        runs.append(current)
        current = []
      }
      current.append(entry)
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }
}
