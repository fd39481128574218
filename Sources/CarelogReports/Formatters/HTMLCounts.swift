import CarelogCore

extension HTMLFormatter {
  /// The blood counts: a table by day, the flag's levels, and a chart per count with its threshold line.
  static func counts(_ s: Summary) -> [String] {
    guard !s.counts.isEmpty else { return [] }
    let kinds = SummaryWords.countKinds(s)
    var out = [
      "<section class=\"keep\">", "<h2>\(SummaryWords.countsTitle.html)</h2>",
      "<p class=\"small\">\(SummaryWords.countsIntro.html)</p>", "<table>",
      "<thead><tr><th>Date</th>"
        + kinds.map { "<th class=\"num\">\(SummaryWords.countName($0).html) (\(SummaryWords.countUnit($0).html))</th>" }
        .joined() + "</tr></thead>",
      "<tbody>",
    ]
    for row in SummaryWords.countRows(s) {
      out.append(
        "<tr><td class=\"nowrap\">\(row.on)</td>" + row.cells.map { "<td class=\"num\">\($0.html)</td>" }.joined()
          + "</tr>")
    }
    out += ["</tbody>", "</table>"]
    if let thresholds = SummaryWords.countThresholds(s) { out.append("<p class=\"footnote\">\(thresholds.html)</p>") }
    out.append("<div class=\"charts\">")
    for kind in kinds { out += HTMLCharts.count(s, kind: kind) }
    out += ["</div>", "</section>"]
    return out
  }
}

extension HTMLCharts {
  /// One count's results over the period, with the level below which the low-counts flag is raised drawn and
  /// labelled (ANC, platelets); results below it are marked.
  static func count(_ s: Summary, kind: Entry.Kind) -> [String] {
    let readings = s.counts.filter { $0.kind == kind }.map { Summary.Reading(on: $0.on, at: nil, value: $0.value) }
    guard let last = readings.last else { return [] }
    let threshold = s.countThresholds[kind]
    // Spans wide enough that a small change does not look like a steep one.
    let span: [Entry.Kind: Double] = [.anc: 2, .wbc: 4, .platelets: 100, .hemoglobin: 4]
    let unit = SummaryWords.countUnit(kind)
    return line(
      s, readings: readings, caption: "\(SummaryWords.countName(kind)) (\(unit))", unit: unit,
      places: LabScale.of(kind)?.places ?? 2, minimumSpan: span[kind] ?? 1, include: threshold.map { [0, $0] } ?? [],
      threshold: threshold, labelled: [last],
      thresholdLabel: threshold.map { "flag below \(SummaryWords.countValue(kind, $0))" }, hotBelow: true, floor: 0)
  }
}
