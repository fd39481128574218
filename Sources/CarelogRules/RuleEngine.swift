import CarelogCore

/// The logic behind one rule of the catalog. Thresholds come from the rule's parameters, never from code.
protocol RuleLogic {
  static var id: String { get }
  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [Flag]
}

/// Runs every rule of the catalog over one profile's journal.
public enum RuleEngine {
  static let logic: [any RuleLogic.Type] = [
    FeverOnTreatment.self, RedFlagSymptom.self, SevereSymptomsTogether.self, FeverPersists.self, SymptomPersists.self, BaselineSymptomReturns.self,
    RelapseSignCluster.self, BleedingOrBruising.self, WeightLoss.self, FrequentInfections.self,
    WorseningSymptom.self, TreatmentSideEffect.self, LateEffect.self, FollowUpOverdue.self,
  ]

  /// Every flag, most urgent first, then most recent first; acknowledged ones marked; words for the reader.
  public static func flags(_ input: RuleInput, acknowledgements: [FlagAcknowledgement] = []) -> [Flag] {
    var raised: [(RuleDefinition, [Flag])] = []
    for logic in logic {
      guard let rule = RuleCatalog.rule(logic.id) else { continue }
      raised.append((rule, logic.evaluate(rule, input)))
    }
    let voice = Voice(input.profile)
    var flags = withoutRestatements(raised).map { $0.voiced(voice) }
    let acknowledged = Dictionary(acknowledgements.map { ($0.flagID, $0.level) }, uniquingKeysWith: min)
    for index in flags.indices {
      // Seen at this level or a more urgent one; a flag that became more urgent is raised again.
      if let level = acknowledged[flags[index].id], level <= flags[index].level { flags[index].acknowledged = true }
    }
    return flags.sorted { ($0.level, $1.to, $0.id) < ($1.level, $0.to, $1.id) }
  }

  /// One flag per condition: a flag of a rule that only restates reports is left out when a kept flag of another
  /// rule, at the same or a more urgent level, already holds all its entries (a severe headache inside "several
  /// severe symptoms at once" is not a second urgent flag). Rules are taken in catalog order.
  static func withoutRestatements(_ raised: [(RuleDefinition, [Flag])]) -> [Flag] {
    var kept = raised.filter { !$0.0.yieldsToCoveringFlags }.flatMap(\.1)
    for (rule, flags) in raised where rule.yieldsToCoveringFlags {
      let others = kept
      kept += flags.filter { flag in
        let entries = Set(flag.entries)
        return !others.contains { $0.rule != flag.rule && $0.level <= flag.level && entries.isSubset(of: $0.entries) }
      }
    }
    return kept
  }

  /// How many days before a period each kind of entry must be read for the flags that touch the period to come
  /// out as from the whole history (up to episodes that began longer ago than that).
  public static func lookBack() -> [Entry.Kind: Int] {
    let parameter = { (rule: String, name: String, fallback: Double) in
      Int(RuleCatalog.rule(rule)?.parameters[name] ?? fallback)
    }
    let symptomDays = 60  // runs of reports (two weeks and more), clusters, episodes with gaps up to 30 days
    return [
      .symptom: symptomDays, .temperature: symptomDays, .note: 0,
      .weight: parameter("weight-loss", "longDays", 180),
      .infection: parameter("frequent-infections", "windowDays", 90),
    ]
  }

  /// The flags still current on `since` or later (their last day is on or after it).
  public static func current(_ flags: [Flag], since: LocalDate) -> [Flag] {
    flags.filter { $0.to >= since }
  }
}
