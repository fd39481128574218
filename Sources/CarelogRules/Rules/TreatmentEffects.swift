import CarelogCore

/// `treatment-side-effect`: a symptom the sources list as a side effect of a treatment being given that day.
/// When the symptom is also a possible relapse sign, the message says both.
enum TreatmentSideEffect: RuleLogic {
  static let id = "treatment-side-effect"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] {
    [EntryRead(.symptom, .sameAsEntry, days: Int(rule.parameter("lookBackDays")))]
  }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    TreatmentEffectFlags.make(rule, input, relation: "a possible side effect of", causes: input.treatmentsCausing)
  }
}

/// `late-effect`: in follow-up, a symptom that the sources list as a late effect of a treatment in the history.
enum LateEffect: RuleLogic {
  static let id = "late-effect"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] {
    [EntryRead(.symptom, .sameAsEntry, days: Int(rule.parameter("lookBackDays")))]
  }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    TreatmentEffectFlags.make(rule, input, relation: "a possible late effect of") { entry in
      input.treatments.filter {
        ($0.from.map { $0 <= entry.occurredOn } ?? true)
          && TreatmentCatalog.agent(for: $0.agent)?.lateEffects.contains(entry.term!) == true
      }
    }
  }
}

/// Shared by the two treatment-effect rules: one flag per symptom and episode, naming the treatments.
enum TreatmentEffectFlags {
  static let warningLists: Set<SymptomList> = [.relapseSign, .presenting]

  /// One flag per symptom and episode of the present symptom reports (where the rule applies) that `causes` names
  /// treatments for. The causes are worked out again for each flag instead of being kept for every report, and the
  /// reports are held by position, one symptom at a time: over a whole history, copies of the reports with their
  /// causes were 25 MiB at once.
  static func make(
    _ rule: RuleDefinition, _ input: RuleInput, relation: String, causes: (Entry) -> [Treatment]
  ) -> [WarningFlag] {
    let matches = input.presentSymptoms.selecting { input.applies(rule, on: $0.occurredOn) && !causes($0).isEmpty }
    let gap = Int(rule.parameter("episodeGapDays"))
    return Episodes.flatMapByTerm(matches) { term, entries in
      Episodes.group(entries, maxGap: gap, day: \.occurredOn).map { run in
        let names = Set(run.flatMap(causes).map(\.shortLabel)).sorted()
        let agents = names.joined(separator: ", ")
        var seen = "\(Seen.capitalized(Seen.name(term))) reported \(Seen.days(run)); listed as \(relation) \(agents)."
        if let symptom = SymptomCatalog.symptom(term: term), !symptom.lists.isDisjoint(with: warningLists) {
          seen += " It is also on the guides' lists of signs of leukemia and of relapse."
        }
        return WarningFlag(rule, key: term, entries: run, seen: seen, treatments: names)
      }
    }
  }
}
