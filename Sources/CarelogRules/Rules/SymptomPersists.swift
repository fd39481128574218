import CarelogCore

/// `symptom-persists-2-weeks`: the same symptom reported on days spanning `spanDays` or more (counting both
/// ends), with no gap longer than `maxGapDays` and no "none" report in between.
enum SymptomPersists: RuleLogic {
  static let id = "symptom-persists-2-weeks"

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [Flag] {
    let span = Int(rule.parameter("spanDays"))
    let maxGap = Int(rule.parameter("maxGapDays"))
    let reports = input.entries.filter { $0.kind == .symptom && $0.term != nil }
    return Episodes.byTerm(reports).flatMap { term, entries in
      runs(entries, maxGap: maxGap).compactMap { run -> Flag? in
        guard let first = run.first, let last = run.last, last.occurredOn.days(since: first.occurredOn) + 1 >= span,
          input.applies(rule, on: last.occurredOn)
        else { return nil }
        let length = last.occurredOn.days(since: first.occurredOn) + 1
        return Flag(
          rule, key: term, entries: run,
          seen: "\(Seen.capitalized(Seen.name(term))) reported \(Seen.days(run)) (\(length) days).")
      }
    }
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
