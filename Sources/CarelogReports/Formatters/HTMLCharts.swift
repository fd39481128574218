import CarelogCore

/// The inline SVG charts of the HTML summary. Each chart has a fixed width in SVG units and is scaled to its
/// column by CSS; a longer period gets thinner days, never a wider chart.
enum HTMLCharts {
  /// One row per symptom, one cell per day, coloured by the worst severity reported that day and, where the
  /// cells are wide enough, marked with its number, so colour is never the only carrier.
  static func strip(_ s: Summary) -> [String] {
    let width = 700.0, labelWidth = 124.0, right = 14.0, rowHeight = 11.5, top = 1.0
    let axis = DayAxis(s.header.period, left: labelWidth, width: width - labelWidth - right)
    let plotBottom = top + Double(s.symptoms.count) * rowHeight
    let legendY = plotBottom + 22
    let height = legendY + 11
    let gap = axis.dayWidth >= 4 ? 1.0 : 0
    let marked = axis.dayWidth >= 10
    let period = "\(s.header.period.lowerBound) to \(s.header.period.upperBound)"
    var out = [
      "<figure>",
      "<figcaption>Symptoms by day, \(period)</figcaption>",
      SVG.open(width: width, height: height, label: "Symptoms by day and severity, \(period)"),
    ]
    out += axis.svgTicks(top: plotBottom, bottom: plotBottom)
    for (index, row) in s.symptoms.enumerated() {
      let y = top + Double(index) * rowHeight
      let cellHeight = rowHeight - 1.5
      out.append(
        "<text x=\"\(SVG.n(labelWidth - 4))\" y=\"\(SVG.n(y + cellHeight - 2))\" text-anchor=\"end\" class=\"label\">"
          + "\(truncated(row.label, to: 24).html)</text>")
      out.append(
        "<rect x=\"\(SVG.n(axis.left))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(axis.width))\" "
          + "height=\"\(SVG.n(cellHeight))\" class=\"cell0\"/>")
      for offset in 0..<axis.days {
        let day = s.header.period.lowerBound.adding(days: offset)
        guard let severity = row.byDay[day] else { continue }
        let look = HTMLStyle.severity(severity)
        let x = axis.x(day) + gap / 2
        out.append(
          "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(axis.dayWidth - gap))\" "
            + "height=\"\(SVG.n(cellHeight))\" fill=\"\(look.fill)\"><title>\(row.label.html), \(day): \(look.word)</title></rect>")
        if marked {
          out.append(
            "<text x=\"\(SVG.n(x + (axis.dayWidth - gap) / 2))\" y=\"\(SVG.n(y + cellHeight - 2.4))\" "
              + "class=\"mark\" fill=\"\(look.ink)\">\(look.mark)</text>")
        }
      }
    }
    out += legend(x: axis.left, y: legendY)
    out += ["</svg>", "</figure>"]
    return out
  }

  /// Swatches with their number and word: no report, then none to very severe, then reported but not rated.
  static func legend(x start: Double, y: Double) -> [String] {
    var out: [String] = []
    var x = start
    let items: [(fill: String, ink: String, mark: String, word: String)] =
      [("#f1f3f5", "#1b1f23", "", "no report")]
      + (Severity.allCases.map(Optional.some) + [nil]).map { severity in
        let look = HTMLStyle.severity(severity)
        return (look.fill, look.ink, look.mark, look.word)
      }
    for item in items {
      out.append(
        "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y - 8.5))\" width=\"10\" height=\"10\" fill=\"\(item.fill)\" "
          + "stroke=\"#9aa5b1\" stroke-width=\"0.5\"/>")
      if !item.mark.isEmpty {
        out.append("<text x=\"\(SVG.n(x + 5))\" y=\"\(SVG.n(y - 0.5))\" class=\"mark\" fill=\"\(item.ink)\">\(item.mark)</text>")
      }
      out.append("<text x=\"\(SVG.n(x + 13))\" y=\"\(SVG.n(y))\" class=\"tick\">\(item.word.html)</text>")
      x += 13 + SVG.width(item.word, size: 8.5) + 12
    }
    return out
  }

  /// The temperature line, with the fever threshold drawn and labelled.
  static func temperature(_ s: Summary) -> [String] {
    let m = s.measurements
    guard !m.temperatures.isEmpty else { return [] }
    let threshold = m.feverThreshold
    return line(
      // 35–41 °C at least, so that an ordinary wobble does not look like a spike.
      s, readings: m.temperatures, caption: "Temperature (°C)", unit: "°C", places: 1, minimumSpan: 6,
      include: [threshold, 35, 41], threshold: threshold,
      labelled: m.highestTemperature.map { [$0] } ?? [])
  }

  /// The weight line, with the first and last weights labelled.
  static func weight(_ s: Summary) -> [String] {
    let m = s.measurements
    guard let last = m.weights.last, let first = m.weights.first else { return [] }
    // At least ±5 % around the mean, so that a 0.7 % change does not look like a steep fall.
    let mean = m.weights.map(\.value).reduce(0, +) / Double(m.weights.count)
    return line(
      s, readings: m.weights, caption: "Weight (kg)", unit: "kg", places: 2, minimumSpan: mean * 0.1,
      include: [mean * 0.95, mean * 1.05],
      threshold: nil, labelled: m.weights.count > 1 ? [first, last] : [last])
  }

  static func line(
    _ s: Summary, readings unsorted: [Summary.Reading], caption: String, unit: String, places: Int,
    minimumSpan: Double, include: [Double], threshold: Double?, labelled: [Summary.Reading],
    thresholdLabel: String? = nil, hotBelow: Bool = false, floor: Double? = nil
  ) -> [String] {
    let width = 340.0, height = 110.0, left = 28.0, right = 8.0, top = 13.0, bottom = 20.0
    let readings = unsorted.enumerated().sorted {
      ($0.element.on, $0.element.at?.minutes ?? 720, $0.offset) < ($1.element.on, $1.element.at?.minutes ?? 720, $1.offset)
    }.map(\.element)
    let days = DayAxis(s.header.period, left: left, width: width - left - right)
    let values = ValueAxis(
      values: readings.map(\.value), include: include, minimumSpan: minimumSpan, top: top, height: height - top - bottom,
      floor: floor)
    let plotBottom = height - bottom
    let tickPlaces = values.step < 0.1 || values.step == 0.25 ? 2 : values.step < 1 ? 1 : 0
    let point = { (reading: Summary.Reading) in (days.x(reading.on, at: reading.at), values.y(reading.value)) }
    var out = [
      "<figure>",
      "<figcaption>\(caption.html)</figcaption>",
      SVG.open(
        width: width, height: height,
        label: "\(caption), \(s.header.period.lowerBound) to \(s.header.period.upperBound), \(readings.count) reading"
          + (readings.count == 1 ? "" : "s")),
    ]
    out += values.svgTicks(left: left, right: width - right, places: tickPlaces)
    out += days.svgTicks(top: top, bottom: plotBottom)
    out.append(
      "<rect x=\"\(SVG.n(left))\" y=\"\(SVG.n(top))\" width=\"\(SVG.n(width - left - right))\" "
        + "height=\"\(SVG.n(plotBottom - top))\" fill=\"none\" stroke=\"#9aa5b1\" stroke-width=\"0.6\"/>")
    if let threshold {
      // The line across the plot, and its label above the plot where no reading can hide it.
      let y = SVG.n(values.y(threshold))
      let label = thresholdLabel ?? "fever \(SummaryWords.celsius(threshold))"
      let labelX = width - right - SVG.width(label, size: 8.5) - 2
      out += [
        "<line x1=\"\(SVG.n(left))\" y1=\"\(y)\" x2=\"\(SVG.n(width - right))\" y2=\"\(y)\" class=\"fever\"/>",
        "<line x1=\"\(SVG.n(labelX - 18))\" y1=\"6\" x2=\"\(SVG.n(labelX - 3))\" y2=\"6\" class=\"fever\"/>",
        "<text x=\"\(SVG.n(width - right))\" y=\"9\" text-anchor=\"end\" class=\"fevertext\">\(label.html)</text>",
      ]
    }
    if readings.count > 1 {
      let points = readings.map(point).map { "\(SVG.n($0.0)),\(SVG.n($0.1))" }.joined(separator: " ")
      out.append("<polyline points=\"\(points)\" class=\"line\"/>")
    }
    for reading in readings {
      let (x, y) = point(reading)
      let hot = threshold.map { hotBelow ? reading.value < $0 - 1e-9 : reading.value >= $0 - 1e-9 } ?? false
      out.append(
        "<circle cx=\"\(SVG.n(x))\" cy=\"\(SVG.n(y))\" r=\"\(hot ? "2.6" : "1.9")\" class=\"\(hot ? "hot" : "point")\">"
          + "<title>\(reading.on)\(reading.at.map { " \($0)" } ?? ""): "
          + "\(Decimal.format(reading.value, places: places, keepZeros: unit == "°C")) \(unit)</title></circle>")
    }
    for reading in labelled {
      let (x, y) = point(reading)
      let above = y - top > 12
      out.append(
        "<text x=\"\(SVG.n(min(max(x, left + 12), width - right - 12)))\" y=\"\(SVG.n(above ? y - 4.5 : y + 11))\" "
          + "text-anchor=\"middle\" class=\"value\">"
          + "\(Decimal.format(reading.value, places: places, keepZeros: unit == "°C"))</text>")
    }
    out += ["</svg>", "</figure>"]
    return out
  }

  static func truncated(_ text: String, to limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}
