import CarelogCore

/// Groups dated items into runs where each is at most `maxGap` days after the one before.
enum Episodes {
  static func group<T>(_ items: [T], maxGap: Int, day: (T) -> LocalDate) -> [[T]] {
    var runs: [[T]] = []
    for item in items {
      if let last = runs.last?.last, day(item).days(since: day(last)) <= maxGap {
        runs[runs.count - 1].append(item)
      } else {
        runs.append([item])
      }
    }
    return runs
  }

  /// `body`'s flags for each symptom term's entries in turn (each group oldest first, terms in order of first
  /// appearance), holding one term's entries at a time: over a whole history, every group at once took tens of
  /// megabytes.
  static func flatMapByTerm(
    _ entries: some Collection<Entry>, _ body: (String, [Entry]) -> [WarningFlag]
  ) -> [WarningFlag] {
    var order: [String] = []
    var seen: Set<String> = []
    for entry in entries {
      if let term = entry.term, seen.insert(term).inserted { order.append(term) }
    }
    return order.flatMap { term in body(term, entries.filter { $0.term == term }) }
  }

  /// `entries` each once, in the journal's order: by day, then time (none first), then when recorded, then id, as
  /// the store reads them. Collecting a flag's entries through a Set and sorting by day alone left entries of the
  /// same day in an order that changed from run to run.
  static func distinctInJournalOrder(_ entries: [Entry]) -> [Entry] {
    var seen: Set<EntryID> = []
    return entries.filter { seen.insert($0.id).inserted }.sorted(by: isInJournalOrder)
  }

  static func isInJournalOrder(_ a: Entry, _ b: Entry) -> Bool {
    if a.occurredOn != b.occurredOn { return a.occurredOn < b.occurredOn }
    if a.occurredAt != b.occurredAt {
      guard let first = a.occurredAt else { return true }
      guard let second = b.occurredAt else { return false }
      return first < second
    }
    if a.recordedAt != b.recordedAt { return a.recordedAt < b.recordedAt }
    return a.id < b.id
  }

  /// The distinct days of `entries`.
  static func dayCount(_ entries: [Entry]) -> Int { Set(entries.map(\.occurredOn)).count }
}

extension WarningFlag {
  /// A flag for `rule` made of `entries` (oldest first), with `seen` describing them.
  init(
    _ rule: RuleDefinition, key: String? = nil, entries: [Entry], seen: String, level: FlagLevel? = nil,
    action: String? = nil, extra: String? = nil, from: LocalDate? = nil, to: LocalDate? = nil,
    values: [FlagValue]? = nil, treatments: [String] = []
  ) {
    let start = from ?? entries.first!.occurredOn
    let meaning = ([rule.message] + (extra.map { [$0] } ?? [])).joined(separator: " ")
    self.init(
      id: [rule.id, key, start.description].compactMap { $0 }.joined(separator: ":"),
      rule: rule.id, level: level ?? rule.level, title: rule.title, seen: seen,
      message: seen + " " + meaning, meaning: meaning, action: action ?? rule.action,
      symptoms: Array(Set(entries.compactMap(\.term))).sorted(), from: start, to: to ?? entries.last!.occurredOn,
      entries: entries.map(\.id), values: values ?? entries.map(FlagValue.init), sources: rule.sources,
      external: rule.external, treatments: treatments)
  }
}

/// Plain words for what was seen.
enum Seen {
  static func name(_ term: String) -> String { SymptomCatalog.name(of: term) }

  static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

  /// "a, b and c".
  static func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items.last!
  }

  /// "on 3 days from 2026-11-11 to 2026-11-25" or "on 2026-11-11".
  static func days(_ entries: [Entry]) -> String {
    let count = Episodes.dayCount(entries)
    guard let first = entries.first?.occurredOn, let last = entries.last?.occurredOn, count > 1 else {
      return "on \(entries.first?.occurredOn.description ?? "")"
    }
    return "on \(count) days from \(first) to \(last)"
  }

  static func celsius(_ value: Double) -> String { "\(Decimal.format(value, places: 1, keepZeros: true)) °C" }
}
