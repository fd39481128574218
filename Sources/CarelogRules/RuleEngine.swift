import CarelogCore

/// The logic behind one rule of the catalog. Thresholds come from the rule's parameters, never from code.
protocol RuleLogic: Sendable {
  static var id: String { get }
  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag]
  /// The entries the rule reads to judge a day, and how far back (from its parameters).
  static func reads(_ rule: RuleDefinition) -> [EntryRead]
}

/// Runs every rule of the catalog over one profile's journal.
public enum RuleEngine {
  static let logic: [any RuleLogic.Type] = [
    FeverOnTreatment.self, RedFlagSymptom.self, SevereSymptomsTogether.self, FeverPersists.self, SymptomPersists.self, BaselineSymptomReturns.self,
    RelapseSignCluster.self, BleedingOrBruising.self, WeightLoss.self, FrequentInfections.self,
    WorseningSymptom.self, TreatmentSideEffect.self, LateEffect.self, LowCounts.self, FollowUpOverdue.self, DosesMissed.self,
  ]

  /// Every flag, most urgent first, then most recent first; acknowledged ones marked; words for the reader.
  /// With `involving`, only the rules that read entries like these run: the check after `log` needs only the flags
  /// the new entries can take part in (a flag that restates another is covered by a rule that reads them too), each
  /// over the entries it declares it reads around them (a symptom's own history, not every other symptom's).
  public static func flags(
    _ input: RuleInput, acknowledgements: [FlagAcknowledgement] = [], involving entries: [Entry]? = nil
  ) -> [WarningFlag] {
    let rules = entries.map { entries in
      ruled.filter { rule, logic in logic.reads(rule).contains { read in entries.contains(where: read.covers) } }
    } ?? ruled
    let raised = rules.map { rule, logic in
      (rule, logic.evaluate(rule, entries.map { input.keeping(logic.reads(rule), around: $0) } ?? input))
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
  static func withoutRestatements(_ raised: [(RuleDefinition, [WarningFlag])]) -> [WarningFlag] {
    var kept = KeptFlags(raised.filter { !$0.0.yieldsToCoveringFlags }.flatMap(\.1))
    for (rule, flags) in raised where rule.yieldsToCoveringFlags {
      let fresh = flags.filter { !kept.covers($0) }
      kept.add(fresh)
    }
    return kept.flags
  }

  /// How many days of recorded doses the rules read before the day they judge.
  public static let doseDays = Int(RuleCatalog.rule(DosesMissed.id)?.parameter("windowDays") ?? 0)

  /// Every rule with its logic, in catalog order (looked up once).
  static let ruled: [(RuleDefinition, any RuleLogic.Type)] =
    logic.compactMap { logic in RuleCatalog.rule(logic.id).map { ($0, logic) } }

  /// The windows to read to find every flag `entry` takes part in: what each rule that can involve it reads.
  public static func needs(around entry: Entry) -> [EntryNeed] {
    var needs: [EntryNeed] = []
    for (rule, logic) in ruled {
      let reads = logic.reads(rule)
      guard reads.contains(where: { $0.covers(entry) }) else { continue }
      for read in reads { needs += read.needs(around: entry) }
    }
    return needs
  }

  /// How many days before a period each kind of entry must be read for the flags that touch the period to come
  /// out as from the whole history (up to episodes that began longer ago than that): the longest read of any rule,
  /// and 0 for kinds no rule reads (a period still shows them).
  public static func lookBack() -> [Entry.Kind: Int] {
    var days = Dictionary(uniqueKeysWithValues: Entry.Kind.allCases.map { ($0, 0) })
    for (rule, logic) in ruled {
      for read in logic.reads(rule) { days[read.kind] = max(days[read.kind]!, read.days) }
    }
    return days
  }

  /// The flags still current on `since` or later (their last day is on or after it).
  public static func current(_ flags: [WarningFlag], since: LocalDate) -> [WarningFlag] {
    flags.filter { $0.to >= since }
  }
}

/// The flags kept so far, indexed by the entries they hold, so that finding a flag that holds all of another's
/// entries looks only at the flags sharing its first entry (a whole history has thousands of flags; comparing
/// each with all of them took tens of seconds).
struct KeptFlags {
  private(set) var flags: [WarningFlag] = []
  private var holding: [EntryID: [Int]] = [:]

  init(_ flags: [WarningFlag]) { add(flags) }

  /// Whether a kept flag of another rule, at the same or a more urgent level, holds all of `flag`'s entries.
  func covers(_ flag: WarningFlag) -> Bool {
    let mayCover = { (index: Int) in self.flags[index].rule != flag.rule && self.flags[index].level <= flag.level }
    guard let first = flag.entries.first else { return flags.indices.contains(where: mayCover) }
    var candidates = Set((holding[first] ?? []).filter(mayCover))
    for entry in flag.entries.dropFirst() where !candidates.isEmpty {
      candidates.formIntersection(holding[entry] ?? [])
    }
    return !candidates.isEmpty
  }

  mutating func add(_ new: [WarningFlag]) {
    for flag in new {
      let index = flags.count
      flags.append(flag)
      for entry in Set(flag.entries) { holding[entry, default: []].append(index) }
    }
  }
}
