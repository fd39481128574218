import CarelogCore

/// `doses-missed`: recorded missed doses of a scheduled medicine over the last `windowDays` days, as a share of
/// the doses due and not held: over `nextVisitPercent` % → next visit, over `soonPercent` % → soon. Doses not
/// recorded never count: the summary shows them and the check-in asks.
enum DosesMissed: RuleLogic {
  static let id = "doses-missed"

  /// Reads doses and medicines (loaded for the window), not entries.
  static func reads(_ rule: RuleDefinition) -> [EntryRead] { [] }

  /// The maintenance medicines whose missed doses the studies link with relapse.
  static let maintenance: Set<String> = ["mercaptopurine", "methotrexate"]

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    let days = Int(rule.parameter("windowDays"))
    let first = input.asOf.adding(days: 1 - days)
    return input.medicines.compactMap { medicine in
      let tally = DoseTally(medicine, doses: input.doses, from: first, through: input.asOf)
      guard let share = tally.missedShare, share * 100 > rule.parameter("nextVisitPercent") + 1e-9 else { return nil }
      let missedDays = tally.dueDays.filter { tally.statusByDay[$0] == .missed }
      let missed = input.doses.filter { $0.medicineID == medicine.id && $0.status == .missed && missedDays.contains($0.on) }
      let expected = tally.due - tally.held
      var seen = "\(tally.missed) of the \(expected) \(medicine.label) doses due in the last \(days) days were recorded as missed"
      seen += " (\(Decimal.format(share * 100, places: 1)) %)"
      seen += tally.held == 0 ? "." : tally.held == 1
        ? "; 1 dose held on the care team's advice is not counted."
        : "; \(tally.held) doses held on the care team's advice are not counted."
      let escalate = share * 100 > rule.parameter("soonPercent") + 1e-9
      let extra = maintenance.contains(medicine.name)
        ? "In studies of children on maintenance therapy, missing \(medicine.name) doses was linked with a higher "
          + "chance of the leukemia coming back. Ask the care team what to do about a missed dose."
        : "Ask the care team what to do about a missed dose."
      return WarningFlag(
        id: "\(rule.id):\(medicine.name):\(missedDays.first ?? first)", rule: rule.id,
        level: escalate ? rule.escalation?.level ?? rule.level : rule.level, title: rule.title, seen: seen,
        message: seen + " " + rule.message + " " + extra, meaning: rule.message + " " + extra,
        action: escalate ? rule.escalation?.action ?? rule.action : rule.action, symptoms: [],
        from: missedDays.first ?? first, to: input.asOf, entries: missed.map(\.id),
        values: missed.map { FlagValue(on: $0.on, what: "\(medicine.label) missed") }, sources: rule.sources,
        external: rule.external, treatments: [medicine.label])
    }
  }
}
