import CarelogCore

/// What a rule reads to judge the days around an entry: entries of `kind` (of every term, of the entry's own term,
/// or of some terms), from `days` days before. Declared by each rule from its catalog parameters, so that the
/// warning check after `log` and `carelog flags` read exactly what the rules need, from one definition.
public struct EntryRead: Sendable, Hashable {
  public enum Terms: Sendable, Hashable {
    /// Every entry of the kind.
    case every
    /// Entries with the same term as the entry being judged (runs, returns, worsening of one symptom).
    case sameAsEntry
    /// Entries with one of these terms (e.g. `fever`).
    case only(Set<String>)
  }

  public let kind: Entry.Kind
  public let terms: Terms
  public let days: Int

  public init(_ kind: Entry.Kind, _ terms: Terms = .every, days: Int) {
    self.kind = kind
    self.terms = terms
    self.days = days
  }

  /// Whether an entry is among those this read covers: then the rule can involve that entry.
  func covers(_ entry: Entry) -> Bool {
    guard entry.kind == kind else { return false }
    switch terms {
    case .every, .sameAsEntry: return true
    case .only(let set): return entry.term.map(set.contains) ?? false
    }
  }
}

/// A window to read around an entry: entries of `kind` (with `term`, or any when nil) from `since` on.
public struct EntryNeed: Sendable, Hashable {
  public let kind: Entry.Kind
  public let term: String?
  public let since: LocalDate
}

extension EntryRead {
  /// The windows this read asks for around `entry`.
  func needs(around entry: Entry) -> [EntryNeed] {
    let since = entry.occurredOn.adding(days: -days)
    switch terms {
    case .every: return [EntryNeed(kind: kind, term: nil, since: since)]
    case .sameAsEntry: return [EntryNeed(kind: kind, term: entry.term, since: since)]
    case .only(let set): return set.sorted().map { EntryNeed(kind: kind, term: $0, since: since) }
    }
  }
}

extension RuleInput {
  /// The same input with only the entries that `reads` cover around one of `judged`: of a read's kind, and of a
  /// judged entry's term when the read is of the same term. A rule judging new entries needs nothing else.
  func keeping(_ reads: [EntryRead], around judged: [Entry]) -> RuleInput {
    let kept = entries.filter { entry in
      reads.contains { read in
        guard read.covers(entry) else { return false }
        guard case .sameAsEntry = read.terms else { return true }
        return judged.contains { $0.kind == read.kind && $0.term == entry.term }
      }
    }
    guard kept.count < entries.count else { return self }
    return RuleInput(
      profile: profile, entries: kept, treatments: treatments, baseline: baseline, visits: visits, asOf: asOf,
      medicines: medicines, doses: doses)
  }
}
