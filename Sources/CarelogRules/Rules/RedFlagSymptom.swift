import CarelogCore

/// `red-flag-symptom`: a symptom that is a reason to call at once: the rule's `symptoms` at any severity, its
/// `severeSymptoms` when reported at `severeLevel` or worse. One flag per symptom and run of days.
enum RedFlagSymptom: RuleLogic {
  static let id = "red-flag-symptom"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] {
    [EntryRead(.symptom, .only(Set(rule.symptoms + rule.severeSymptoms)), days: Int(rule.parameter("lookBackDays")))]
  }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    let always = Set(rule.symptoms)
    let whenSevere = Set(rule.severeSymptoms)
    let severe = Int(rule.parameter("severeLevel"))
    let reports = input.presentSymptoms.filter { entry in
      let term = entry.term!
      let qualifies = always.contains(term) || (whenSevere.contains(term) && (entry.severity?.rawValue ?? 0) >= severe)
      return qualifies && input.applies(rule, on: entry.occurredOn)
    }
    return Episodes.flatMapByTerm(reports) { term, entries in
      Episodes.group(entries, maxGap: Int(rule.parameter("episodeGapDays")), day: \.occurredOn).map { run in
        let worst = run.compactMap(\.severity).max().map { " as \($0.words)" } ?? ""
        return WarningFlag(rule, key: term, entries: run, seen: "\(Seen.capitalized(Seen.name(term))) reported\(worst) \(Seen.days(run)).")
      }
    }
  }
}

/// `severe-symptoms-together`: `minSymptoms` or more different symptoms reported at `severeLevel` or worse on the
/// same day, during treatment or soon after it. Consecutive such days make one flag.
enum SevereSymptomsTogether: RuleLogic {
  static let id = "severe-symptoms-together"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] { [EntryRead(.symptom, days: Int(rule.parameter("lookBackDays")))] }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    let severe = Int(rule.parameter("severeLevel"))
    let minSymptoms = Int(rule.parameter("minSymptoms"))
    let reports = input.presentSymptoms.filter {
      ($0.severity?.rawValue ?? 0) >= severe && input.applies(rule, on: $0.occurredOn)
    }
    let days = Episodes.group(reports, maxGap: 0, day: \.occurredOn).filter {
      Set($0.compactMap(\.term)).count >= minSymptoms
    }
    return Episodes.group(days, maxGap: 1, day: { $0[0].occurredOn }).map { run in
      let entries = run.flatMap { $0 }
      let names = Array(Set(entries.compactMap(\.term))).sorted().map(Seen.name)
      return WarningFlag(
        rule, entries: entries,
        seen: "\(Seen.capitalized(Seen.list(names))), each reported severe or worse on the same day, "
          + "\(Seen.days(entries)), \(input.treatmentTiming(on: entries[0].occurredOn)).")
    }
  }
}
