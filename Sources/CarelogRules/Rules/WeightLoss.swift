import CarelogCore

/// `weight-loss`: a measured loss of `shortPercent` % within `shortDays` days or `longPercent` % within
/// `longDays` days, or unexplained weight loss reported as a symptom.
enum WeightLoss: RuleLogic {
  static let id = "weight-loss"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] {
    [
      EntryRead(.weight, days: Int(rule.parameter("longDays"))),
      EntryRead(.symptom, .only(Set(rule.symptoms)), days: Int(rule.parameter("episodeGapDays"))),
    ]
  }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    let weights = input.entries.filter { $0.kind == .weight && $0.value != nil && input.applies(rule, on: $0.occurredOn) }
    let windows = [
      (Int(rule.parameter("shortDays")), rule.parameter("shortPercent")),
      (Int(rule.parameter("longDays")), rule.parameter("longPercent")),
    ]
    var losses: [(from: Entry, to: Entry, percent: Double)] = []
    for (days, percent) in windows {
      losses += Self.losses(weights, withinDays: days, atLeast: percent)
    }
    var flags = Episodes.group(losses.sorted { $0.to.occurredOn < $1.to.occurredOn }, maxGap: Int(rule.parameter("episodeGapDays")), day: \.to.occurredOn)
      .map { run -> WarningFlag in
        let worst = run.max { $0.percent < $1.percent }!
        let seen =
          "{Name's} weight went from \(Decimal.format(worst.from.value!, places: 2)) kg on \(worst.from.occurredOn) to "
          + "\(Decimal.format(worst.to.value!, places: 2)) kg on \(worst.to.occurredOn) "
          + "(−\(Decimal.format(worst.percent, places: 1)) %)."
        let entries = Episodes.distinctInJournalOrder(run.flatMap { [$0.from, $0.to] })
        return WarningFlag(rule, key: "measured", entries: entries, seen: seen, to: run.last!.to.occurredOn)
      }
    let reported = input.presentSymptoms.filter { rule.symptoms.contains($0.term!) && input.applies(rule, on: $0.occurredOn) }
    flags += Episodes.group(reported, maxGap: Int(rule.parameter("episodeGapDays")), day: \.occurredOn).map { run in
      WarningFlag(rule, key: "reported", entries: run, seen: "Weight loss reported \(Seen.days(run)).")
    }
    return flags
  }

  /// Each reading that is at least `percent` % below the heaviest reading of the `days` days before it.
  /// A monotonic queue keeps the heaviest earlier reading, so this is linear in the number of readings.
  static func losses(_ weights: [Entry], withinDays days: Int, atLeast percent: Double) -> [(from: Entry, to: Entry, percent: Double)] {
    var result: [(from: Entry, to: Entry, percent: Double)] = []
    var queue: [Entry] = []  // decreasing weights
    var head = 0
    for reading in weights {
      while head < queue.count && reading.occurredOn.days(since: queue[head].occurredOn) > days { head += 1 }
      if head < queue.count {
        let heaviest = queue[head]
        let loss = (heaviest.value! - reading.value!) / heaviest.value! * 100
        if loss >= percent - 1e-9 { result.append((heaviest, reading, loss)) }
      }
      while queue.count > head && queue[queue.count - 1].value! <= reading.value! { queue.removeLast() }
      queue.append(reading)
    }
    return result
  }
}
