import CarelogCore

/// `low-counts`: a clinic result with the neutrophil count (ANC) below `ancBelow` or the platelet count below
/// `plateletsBelow` (×10⁹/L). One flag per count and run of low results; `soon` when a fever or bleeding was
/// reported within `nearDays` days of a low result. The counts are the clinic's results, never interpreted.
public enum LowCounts: RuleLogic {
  static let id = "low-counts"

  /// The counts watched, each with its threshold parameter and what a low count means for the reader.
  static let watched: [(kind: Entry.Kind, parameter: String, meaning: String)] = [
    (
      .anc, "ancBelow",
      "With so few neutrophils, the white cells that fight bacteria, the body cannot fight infections well, and an "
        + "infection can become serious quickly: a fever now means calling the care team at once, day or night."
    ),
    (
      .platelets, "plateletsBelow",
      "With so few platelets, the blood does not clot well: bruises and bleeding come more easily and bleeding "
        + "can be hard to stop. Bleeding that does not stop needs help at once."
    ),
  ]

  /// The level below which each watched count raises this rule (×10⁹/L), from the catalog.
  public static var thresholds: [Entry.Kind: Double] {
    guard let rule = RuleCatalog.rule(id) else { return [:] }
    return Dictionary(uniqueKeysWithValues: watched.map { ($0.kind, rule.parameter($0.parameter)) })
  }

  static func reads(_ rule: RuleDefinition) -> [EntryRead] {
    let near = Int(rule.parameter("nearDays"))
    return watched.map { EntryRead($0.kind, days: Int(rule.parameter("lookBackDays"))) }
      + FeverEvents.reads(days: near) + [EntryRead(.symptom, .only(bleedingTerms(rule)), days: near)]
  }

  /// The symptoms that count as bleeding near a low result (the rule's symptoms other than fever).
  static func bleedingTerms(_ rule: RuleDefinition) -> Set<String> { Set(rule.symptoms).subtracting(["fever"]) }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    let near = Int(rule.parameter("nearDays"))
    let bleeding = bleedingTerms(rule)
    let events = FeverEvents.of(input, threshold: rule.parameter("feverCelsius"))
      + input.presentSymptoms.filter { bleeding.contains($0.term!) }
    var flags: [WarningFlag] = []
    for (kind, parameter, meaning) in watched {
      let threshold = rule.parameter(parameter)
      let low = input.entries.filter { $0.kind == kind && ($0.value ?? .infinity) < threshold - 1e-9 }
      for run in Episodes.group(low, maxGap: Int(rule.parameter("episodeGapDays")), day: \.occurredOn) {
        let close = events.filter { event in
          run.contains { abs(event.occurredOn.days(since: $0.occurredOn)) <= near }
        }
        let entries = (run + close).sorted { $0.occurredOn < $1.occurredOn }
        let seen = describe(run, kind: kind, threshold: threshold) + describe(near: close, days: near)
        let level = close.isEmpty ? nil : rule.escalation?.level
        flags.append(
          WarningFlag(
            rule, key: kind.rawValue, entries: entries, seen: seen, level: level,
            action: close.isEmpty ? nil : rule.escalation?.action, extra: meaning, from: run[0].occurredOn,
            to: entries.last!.occurredOn))
      }
    }
    return flags
  }

  /// "{Name's} ANC was 0.3 ×10⁹/L on 2026-11-10 (the clinic's result; below 0.5 ×10⁹/L)."
  static func describe(_ run: [Entry], kind: Entry.Kind, threshold: Double) -> String {
    let scale = LabScale.of(kind)!
    let name = kind == .anc ? "neutrophil count (ANC)" : "platelet count"
    let limit = scale.shown(threshold)
    guard run.count > 1 else {
      return "{Name's} \(name) was \(scale.shown(run[0].value!)) on \(run[0].occurredOn) (the clinic's result; "
        + "below \(limit))."
    }
    let lowest = run.min { $0.value! < $1.value! }!
    return "{Name's} \(name) was below \(limit) in \(run.count) clinic results from \(run[0].occurredOn) to "
      + "\(run.last!.occurredOn); the lowest was \(scale.shown(lowest.value!)) on \(lowest.occurredOn)."
  }

  /// " Reported within 3 days of a low result: a fever on 2026-11-11." (empty when nothing was near).
  static func describe(near events: [Entry], days: Int) -> String {
    guard !events.isEmpty else { return "" }
    var parts: [String] = []
    let fevers = events.filter { $0.kind == .temperature || $0.term == "fever" }
    let bleeds = events.filter { $0.kind == .symptom && $0.term != "fever" }
    if !fevers.isEmpty { parts.append("a fever \(Seen.days(fevers))") }
    if !bleeds.isEmpty {
      let names = Array(Set(bleeds.compactMap(\.term))).sorted().map(Seen.name)
      parts.append("\(Seen.list(names)) \(Seen.days(bleeds))")
    }
    return " Reported within \(days) days of a low result: \(Seen.list(parts))."
  }
}
