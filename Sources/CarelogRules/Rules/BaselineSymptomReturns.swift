import CarelogCore

/// `baseline-symptom-returns`: a symptom recorded as present before diagnosis is reported after remission.
enum BaselineSymptomReturns: RuleLogic {
  static let id = "baseline-symptom-returns"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] {
    [EntryRead(.symptom, .sameAsEntry, days: Int(rule.parameter("lookBackDays")))]
  }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    guard let remission = input.profile.remission else { return [] }
    let returned = input.presentSymptoms.filter {
      input.baseline.contains($0.term!) && $0.occurredOn > remission && input.applies(rule, on: $0.occurredOn)
    }
    return Episodes.flatMapByTerm(returned) { term, entries in
      Episodes.group(entries, maxGap: Int(rule.parameter("episodeGapDays")), day: \.occurredOn).map { run in
        WarningFlag(
          rule, key: term, entries: run,
          seen: "\(Seen.capitalized(Seen.name(term))), a symptom {name} had before diagnosis, reported "
            + "\(Seen.days(run)), after remission (\(remission)).")
      }
    }
  }
}
