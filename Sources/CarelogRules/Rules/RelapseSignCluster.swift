import CarelogCore

/// `relapse-sign-cluster`: `minSigns` or more different relapse signs within `windowDays` days.
enum RelapseSignCluster: RuleLogic {
  static let id = "relapse-sign-cluster"

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [Flag] {
    let window = Int(rule.parameter("windowDays"))
    let minSigns = Int(rule.parameter("minSigns"))
    let watched = Set(rule.symptoms).union(
      SymptomCatalog.all.filter { !$0.lists.isDisjoint(with: rule.lists) }.map(\.term))
    let countSideEffects = rule.parameter("countKnownSideEffects") != 0
    let signs = input.presentSymptoms.filter { entry in
      watched.contains(entry.term!) && input.applies(rule, on: entry.occurredOn)
        && (countSideEffects || !input.isKnownSideEffect(entry))
    }
    var clusters: [[Entry]] = []
    var counts: [String: Int] = [:]
    var left = 0
    var lastIncluded = -1
    for (right, entry) in signs.enumerated() {
      counts[entry.term!, default: 0] += 1
      while entry.occurredOn.days(since: signs[left].occurredOn) >= window {
        counts[signs[left].term!]! -= 1
        if counts[signs[left].term!] == 0 { counts[signs[left].term!] = nil }
        left += 1
      }
      guard counts.count >= minSigns else { continue }
      if lastIncluded >= left {
        clusters[clusters.count - 1] += signs[(lastIncluded + 1)...right]
      } else {
        clusters.append(Array(signs[left...right]))
      }
      lastIncluded = right
    }
    return clusters.map { cluster in
      let names = Array(Set(cluster.compactMap(\.term))).sorted().map(Seen.name)
      return Flag(
        rule, entries: cluster,
        seen: "\(names.count) different warning signs within \(window) days: \(names.joined(separator: ", ")) "
          + "(\(cluster.first!.occurredOn) to \(cluster.last!.occurredOn)).")
    }
  }
}
