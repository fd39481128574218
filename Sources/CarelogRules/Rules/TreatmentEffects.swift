import CarelogCore

/// `treatment-side-effect`: a symptom the sources list as a side effect of a treatment being given that day.
/// When the symptom is also a possible relapse sign, the message says both.
enum TreatmentSideEffect: RuleLogic {
  static let id = "treatment-side-effect"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] {
    [EntryRead(.symptom, .sameAsEntry, days: Int(rule.parameter("lookBackDays")))]
  }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    let matches = input.presentSymptoms.compactMap { entry -> (Entry, [Treatment])? in
      guard input.applies(rule, on: entry.occurredOn) else { return nil }
      let causes = input.treatmentsCausing(entry)
      return causes.isEmpty ? nil : (entry, causes)
    }
    return TreatmentEffectFlags.make(rule, matches, gap: Int(rule.parameter("episodeGapDays")), relation: "a possible side effect of")
  }
}

/// `late-effect`: in follow-up, a symptom that the sources list as a late effect of a treatment in the history.
enum LateEffect: RuleLogic {
  static let id = "late-effect"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] {
    [EntryRead(.symptom, .sameAsEntry, days: Int(rule.parameter("lookBackDays")))]
  }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    let matches = input.presentSymptoms.compactMap { entry -> (Entry, [Treatment])? in
      guard input.applies(rule, on: entry.occurredOn) else { return nil }
      let causes = input.treatments.filter {
        ($0.from.map { $0 <= entry.occurredOn } ?? true)
          && TreatmentCatalog.agent(for: $0.agent)?.lateEffects.contains(entry.term!) == true
      }
      return causes.isEmpty ? nil : (entry, causes)
    }
    return TreatmentEffectFlags.make(rule, matches, gap: Int(rule.parameter("episodeGapDays")), relation: "a possible late effect of")
  }
}

/// Shared by the two treatment-effect rules: one flag per symptom and episode, naming the treatments.
enum TreatmentEffectFlags {
  static let warningLists: Set<SymptomList> = [.relapseSign, .presenting]

  static func make(_ rule: RuleDefinition, _ matches: [(Entry, [Treatment])], gap: Int, relation: String) -> [WarningFlag] {
    let byTerm = Episodes.byTerm(matches.map(\.0))
    var causes: [EntryID: [Treatment]] = [:]
    for (entry, treatments) in matches { causes[entry.id] = treatments }
    return byTerm.flatMap { term, entries in
      Episodes.group(entries, maxGap: gap, day: \.occurredOn).map { run in
        let names = Set(run.flatMap { causes[$0.id] ?? [] }.map(\.shortLabel)).sorted()
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
