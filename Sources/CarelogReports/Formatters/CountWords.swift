import CarelogCore

/// Words and layout shared by every format for the blood counts and heights, so they say the same thing.
extension SummaryWords {
  static let countsTitle = "Blood counts"
  static let countsIntro = "Results the clinic gave, as recorded in the journal; carelog does not interpret them."

  /// "ANC", "WBC", "Platelets", "Hemoglobin".
  static func countName(_ kind: Entry.Kind) -> String {
    switch kind {
    case .anc, .wbc: kind.rawValue.uppercased()
    default: kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }
  }

  /// "×10⁹/L", "g/dL".
  static func countUnit(_ kind: Entry.Kind) -> String { LabScale.of(kind)?.shownUnit ?? "" }

  /// A result without its unit ("0.4", "145", "10.2").
  static func countValue(_ kind: Entry.Kind, _ value: Double) -> String {
    LabScale.of(kind)?.number(value) ?? Decimal.format(value, places: 2)
  }

  /// The counts present in the period, in the summary's order.
  static func countKinds(_ s: Summary) -> [Entry.Kind] {
    Entry.Kind.bloodCounts.filter { kind in s.counts.contains { $0.kind == kind } }
  }

  /// One row per day with a result: the day, then each count's results that day ("" when none; several are
  /// joined with ", ").
  static func countRows(_ s: Summary) -> [(on: LocalDate, cells: [String])] {
    let kinds = countKinds(s)
    var days: [LocalDate] = []
    for result in s.counts where days.last != result.on { days.append(result.on) }
    return days.map { day in
      let results = s.counts.filter { $0.on == day }
      return (day, kinds.map { kind in
        results.filter { $0.kind == kind }.map { countValue(kind, $0.value) }.joined(separator: ", ")
      })
    }
  }

  /// "The low-counts flag watches ANC below 0.5 ×10⁹/L and platelets below 25 ×10⁹/L (CTCAE v5 grade 4)."
  static func countThresholds(_ s: Summary) -> String? {
    let parts = Entry.Kind.bloodCounts.compactMap { kind in
      s.countThresholds[kind].map { "\(kind == .anc ? "ANC" : kind.rawValue) below \(LabScale.of(kind)!.shown($0))" }
    }
    guard !parts.isEmpty else { return nil }
    return "A flag is raised for " + parts.joined(separator: " and ") + " (CTCAE v5 grade 4)."
  }

  /// "Height 132 cm on 2026-11-12", or from the first to the last reading with the change; nil when none.
  static func height(_ m: Summary.Measurements) -> String? {
    guard let end = m.heightEnd else { return nil }
    let shown = { (value: Double) in LabScale.of(.height)!.shown(value) }
    guard let start = m.heightStart else { return "Height \(shown(end.value)) on \(end.on)" }
    let change = end.value - start.value
    let sign = change > 0 ? "+" : change < 0 ? "−" : "±"
    return "Height \(shown(start.value)) on \(start.on) → \(shown(end.value)) on \(end.on) "
      + "(\(sign)\(shown(abs(change))))"
  }
}
