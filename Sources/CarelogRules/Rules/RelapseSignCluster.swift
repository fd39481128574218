import CarelogCore

/// `relapse-sign-cluster`: `minSigns` or more different relapse signs within `windowDays` days, after the
/// profile's remission date (before it there is nothing to relapse from). Signs that are also listed side effects
/// of current treatment count, and the flag says so.
enum RelapseSignCluster: RuleLogic {
  static let id = "relapse-sign-cluster"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] { [EntryRead(.symptom, days: Int(rule.parameter("windowDays")))] }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    let window = Int(rule.parameter("windowDays"))
    let minSigns = Int(rule.parameter("minSigns"))
    let watched = Set(rule.symptoms).union(
      SymptomCatalog.all.filter { !$0.lists.isDisjoint(with: rule.lists) }.map(\.term))
    guard let remission = input.profile.remission else { return [] }
    let signs = input.presentSymptoms.filter { entry in
      watched.contains(entry.term!) && entry.occurredOn > remission && input.applies(rule, on: entry.occurredOn)
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
      return WarningFlag(
        rule, entries: cluster,
        seen: "\(names.count) different possible relapse signs from \(cluster.first!.occurredOn) to "
          + "\(cluster.last!.occurredOn), \(minSigns) or more of them within \(window) days: "
          + "\(names.joined(separator: ", ")).",
        extra: sideEffectNote(cluster, input))
    }
  }

  /// When some signs are also listed side effects of the treatment given then, a sentence that says both.
  static func sideEffectNote(_ cluster: [Entry], _ input: RuleInput) -> String? {
    let sideEffects = Array(Set(cluster.filter(input.isKnownSideEffect).compactMap(\.term))).sorted().map(Seen.name)
    guard !sideEffects.isEmpty else { return nil }
    return "\(Seen.capitalized(Seen.list(sideEffects))) \(sideEffects.count == 1 ? "is" : "are") also listed as "
      + "possible side effects of current treatment: low blood counts from maintenance chemotherapy can look like "
      + "this too, and the care team may want a blood count."
  }
}
