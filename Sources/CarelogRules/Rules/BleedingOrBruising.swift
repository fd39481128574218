import CarelogCore

/// `bleeding-or-bruising`: easy bruising, red pinhead spots, nosebleeds or bleeding gums. More urgent when
/// bleeding is reported at `urgentSeverity` or worse (bleeding that does not stop).
enum BleedingOrBruising: RuleLogic {
  static let id = "bleeding-or-bruising"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] {
    [EntryRead(.symptom, .only(Set(rule.symptoms)), days: Int(rule.parameter("episodeGapDays")))]
  }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    let watched = Set(rule.symptoms)
    let urgentSeverity = Int(rule.parameter("urgentSeverity"))
    let reports = input.presentSymptoms.filter { watched.contains($0.term!) && input.applies(rule, on: $0.occurredOn) }
    return Episodes.group(reports, maxGap: Int(rule.parameter("episodeGapDays")), day: \.occurredOn).map { run in
      let names = Array(Set(run.compactMap(\.term))).sorted().map(Seen.name).joined(separator: ", ")
      let heavy = run.filter { $0.term == "bleeding" && ($0.severity?.rawValue ?? 0) >= urgentSeverity }
      let seen = "\(Seen.capitalized(names)) reported \(Seen.days(run))."
      guard let escalation = rule.escalation, !heavy.isEmpty else { return WarningFlag(rule, entries: run, seen: seen) }
      return WarningFlag(
        rule, entries: run, seen: seen + " Bleeding was reported as \(heavy.last!.severity!.words) on \(heavy.last!.occurredOn).",
        level: escalation.level, action: escalation.action)
    }
  }
}
