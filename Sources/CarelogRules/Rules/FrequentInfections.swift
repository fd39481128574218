import CarelogCore

/// `frequent-infections`: `minCount` or more infection entries within `windowDays` days.
enum FrequentInfections: RuleLogic {
  static let id = "frequent-infections"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] { [EntryRead(.infection, days: Int(rule.parameter("windowDays")))] }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    let window = Int(rule.parameter("windowDays"))
    let minCount = Int(rule.parameter("minCount"))
    let infections = input.entries.filter { $0.kind == .infection && input.applies(rule, on: $0.occurredOn) }
    var clusters: [[Entry]] = []
    var left = 0
    var lastIncluded = -1
    for right in infections.indices {
      while infections[right].occurredOn.days(since: infections[left].occurredOn) >= window { left += 1 }
      guard right - left + 1 >= minCount else { continue }
      if lastIncluded >= left {
        clusters[clusters.count - 1] += infections[(lastIncluded + 1)...right]
      } else {
        clusters.append(Array(infections[left...right]))
      }
      lastIncluded = right
    }
    return clusters.map { cluster in
      let notes = cluster.compactMap(\.note).map { "\"\($0)\"" }
      let detail = notes.isEmpty ? "" : ": " + notes.joined(separator: ", ")
      return WarningFlag(
        rule, entries: cluster,
        seen: "\(cluster.count) infections recorded between \(cluster.first!.occurredOn) and "
          + "\(cluster.last!.occurredOn)\(detail).")
    }
  }
}
