import CarelogCore

/// The HTML summary's Medicines section: a table of the counts, then an inline SVG strip with one row per medicine
/// and one cell per day. Each status has its own shape as well as its colour (taken: a full bar; missed: an empty
/// outlined bar; held: a half bar; due but not recorded: a low tick), a letter where the cells are wide enough,
/// and a tooltip naming the day; the table says the same in words.
enum HTMLMedicines {
  static func section(_ s: Summary) -> [String] {
    guard !s.medicines.isEmpty else { return [] }
    var out = [
      "<section class=\"keep\">", "<h2>\(MedicineWords.title.html)</h2>", "<table>",
      "<thead><tr><th>Medicine</th><th>Dose</th><th>Schedule</th><th>Due</th><th>Taken</th><th>Missed</th>"
        + "<th>Held</th><th>Not recorded</th><th>Taken of due</th></tr></thead>",
      "<tbody>",
    ]
    for tally in s.medicines {
      let counts = [tally.due, tally.taken, tally.missed, tally.held, tally.notRecorded]
      out.append(
        "<tr><td>\(tally.medicine.label.html)</td><td>\(tally.medicine.dose.html)</td>"
          + "<td>\(MedicineWords.schedule(tally).html)</td>"
          + counts.map { "<td class=\"num\">\($0)</td>" }.joined()
          + "<td>\(MedicineWords.adherence(tally).html)</td></tr>")
    }
    out += ["</tbody>", "</table>"]
    out += strip(s)
    out.append("<p class=\"small\">\(heldNote.html)</p>")
    out.append("</section>")
    return out
  }

  static let heldNote =
    "A held dose was skipped because the care team said so: it is not a missed dose, and it is left out of the share taken."

  /// How a day's cell looks: fill, outline, the share of the row's height it fills (from the bottom), and its
  /// letter with the letter's colour.
  static func look(_ mark: MedicineWords.Mark) -> (fill: String, stroke: String?, height: Double, letter: String, ink: String) {
    switch mark {
    case .taken: ("#2f7d4f", nil, 1, "+", "#ffffff")
    case .missed: ("#ffffff", "#a4161a", 1, "x", "#a4161a")
    case .held: ("#7b8794", nil, 0.5, "h", "#ffffff")
    case .notRecorded: ("#f2a053", nil, 0.3, "?", "#2b1500")
    case .notDue: ("#f1f3f5", nil, 1, "", "#1b1f23")
    }
  }

  static func strip(_ s: Summary) -> [String] {
    let width = 700.0, labelWidth = 124.0, right = 14.0, rowHeight = 13.0, top = 1.0
    let period = s.header.period
    let axis = DayAxis(period, left: labelWidth, width: width - labelWidth - right)
    let plotBottom = top + Double(s.medicines.count) * rowHeight
    let legendY = plotBottom + 22
    let height = legendY + 11
    let gap = axis.dayWidth >= 4 ? 1.0 : 0
    let lettered = axis.dayWidth >= 10
    let span = "\(period.lowerBound) to \(period.upperBound)"
    var out = [
      "<figure>",
      "<figcaption>Doses by day, \(span)</figcaption>",
      SVG.open(width: width, height: height, label: "Doses by day: taken, missed, held or not recorded, \(span)"),
    ]
    out += axis.svgTicks(top: plotBottom, bottom: plotBottom)
    for (index, tally) in s.medicines.enumerated() {
      let y = top + Double(index) * rowHeight
      let cellHeight = rowHeight - 2
      out.append(
        "<text x=\"\(SVG.n(labelWidth - 4))\" y=\"\(SVG.n(y + cellHeight - 2))\" text-anchor=\"end\" class=\"label\">"
          + "\(HTMLCharts.truncated(tally.medicine.label, to: 24).html)</text>")
      out.append(
        "<rect x=\"\(SVG.n(axis.left))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(axis.width))\" "
          + "height=\"\(SVG.n(cellHeight))\" class=\"cell0\"/>")
      for offset in 0..<axis.days {
        let day = period.lowerBound.adding(days: offset)
        let mark = MedicineWords.mark(tally, on: day)
        guard mark != .notDue else { continue }
        let look = look(mark)
        let (x, w) = (axis.x(day) + gap / 2, axis.dayWidth - gap)
        let h = cellHeight * look.height
        out.append(cell(x: x, y: y + cellHeight - h, width: w, height: h, look: look,
          title: "\(tally.medicine.label), \(day): \(mark.word)"))
        if lettered && look.height == 1 {
          out.append(
            "<text x=\"\(SVG.n(x + w / 2))\" y=\"\(SVG.n(y + cellHeight - 2.6))\" class=\"mark\" "
              + "fill=\"\(look.ink)\">\(look.letter.html)</text>")
        }
      }
    }
    out += legend(x: axis.left, y: legendY)
    out += ["</svg>", "</figure>"]
    return out
  }

  static func cell(x: Double, y: Double, width: Double, height: Double, look: (fill: String, stroke: String?, height: Double, letter: String, ink: String), title: String) -> String {
    // An outline is drawn inside the cell, so that a missed day is as wide as a taken one.
    let inset = look.stroke == nil ? 0 : 0.6
    let stroke = look.stroke.map { " stroke=\"\($0)\" stroke-width=\"1.2\"" } ?? ""
    return "<rect x=\"\(SVG.n(x + inset))\" y=\"\(SVG.n(y + inset))\" width=\"\(SVG.n(max(width - 2 * inset, 0.2)))\" "
      + "height=\"\(SVG.n(height - 2 * inset))\" fill=\"\(look.fill)\"\(stroke)><title>\(title.html)</title></rect>"
  }

  /// Swatches in their shapes, with their letter and word.
  static func legend(x start: Double, y: Double) -> [String] {
    var out: [String] = []
    var x = start
    for mark in MedicineWords.Mark.allCases {
      let look = look(mark)
      let h = 10 * look.height
      out.append(
        "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y - 8.5 + 10 - h))\" width=\"10\" height=\"\(SVG.n(h))\" fill=\"\(look.fill)\" "
          + "stroke=\"\(look.stroke ?? "#9aa5b1")\" stroke-width=\"\(look.stroke == nil ? "0.5" : "1.2")\"/>")
      let word = "\(look.letter.isEmpty ? "" : look.letter + " ")\(mark == .held ? "held" : mark.word)"
      out.append("<text x=\"\(SVG.n(x + 13))\" y=\"\(SVG.n(y))\" class=\"tick\">\(word.html)</text>")
      x += 13 + SVG.width(word, size: 8.5) + 12
    }
    return out
  }
}
