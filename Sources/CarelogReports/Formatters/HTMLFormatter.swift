import CarelogCore
import CarelogRules

/// The summary as one self-contained HTML5 file laid out for printing on A4 or Letter: no scripts, nothing loaded
/// from outside, inline CSS and SVG charts. Written as well-formed XML (void elements closed), so it also parses
/// as XML once the doctype line is dropped. Same content and order as the text format.
enum HTMLFormatter {
  static func format(_ s: Summary) -> String {
    var out: [String] = [
      "<!DOCTYPE html>",
      "<html lang=\"en\">",
      "<head>",
      "<meta charset=\"utf-8\"/>",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
      "<title>\(SummaryWords.title(s).html)</title>",
      "<style>\n\(HTMLStyle.css)</style>",
      "</head>",
      "<body>",
    ]
    out += header(s)
    let lists = TreatmentLists(s)
    out += attention(s, lists)
    out += symptoms(s, lists)
    out += measurements(s)
    out += counts(s)
    out += HTMLMedicines.section(s)
    out += notes(s)
    out += treatment(s)
    out += questions(s)
    out.append("<p class=\"disclaimer\">\(Summary.disclaimer.html)</p>")
    out += ["</body>", "</html>"]
    return out.joined(separator: "\n") + "\n"
  }

  static func header(_ s: Summary) -> [String] {
    var out = [
      "<header class=\"header\">",
      "<h1>\(SummaryWords.title(s).html)</h1>",
      "<p>\(SummaryWords.identity(s.header).html)</p>",
      "<p class=\"muted\"><b>Period:</b> \(SummaryWords.period(s.header).html), as of \(s.header.asOf)"
        + " · <b>Recorded:</b> \((s.isEmpty ? "nothing" : SummaryWords.recordedBy(s.header)).html)</p>",
      "</header>",
    ]
    if s.isEmpty { out.append("<p class=\"empty\">\(SummaryWords.emptyPeriod.html)</p>") }
    return out
  }

  static func footnotes(_ notes: [String]) -> [String] { notes.map { "<p class=\"footnote\">\($0.html)</p>" } }

  static func attention(_ s: Summary, _ lists: TreatmentLists) -> [String] {
    var out = ["<section>", "<h2>Needs attention</h2>"]
    if s.flags.isEmpty { out.append("<p>\(SummaryWords.noFlags.html)</p>") }
    let period = s.header.period
    let calls = SummaryWords.groups(s.flags.filter { $0.level != .info })
    if !calls.isEmpty {
      out.append("<div class=\"flags\">")
      for group in calls { out += box(group, period: period) }
      out.append("</div>")
    }
    let info = SummaryWords.groups(s.flags.filter { $0.level == .info })
    if !info.isEmpty {
      out += ["<div class=\"info\">", "<b>\(SummaryWords.forInformation.html)</b>"]
      for group in info {
        out += ["<p><i>\(group[0].title.html):</i></p>", "<ul>"]
        out += group.map { "<li>\(lists.abbreviated(SummaryWords.seen($0, period: period), for: $0).html)</li>" }
        out += ["</ul>", "<p>\(group[0].meaning.html)</p>"]
      }
      out.append("</div>")
      out += footnotes(lists.infoNotes)
    }
    out.append("</section>")
    return out
  }

  /// One box per group of flags that say the same thing (see `SummaryWords.groups`): what was seen once per
  /// flag, what it can mean, what to do and the sources once.
  static func box(_ group: [WarningFlag], period: ClosedRange<LocalDate>) -> [String] {
    let flag = group[0]
    let level = HTMLStyle.level(flag.level)
    let seen = "<span class=\"seen\">\(SummaryWords.alreadySeen.html)</span>"
    var out = [
      "<div class=\"flag \(level)\">",
      "<p class=\"title\"><span class=\"level \(level)\">\(SummaryWords.level(flag).html)</span>"
        + "\(flag.title.html)\(group.count == 1 && flag.acknowledged ? seen : "")</p>",
    ]
    if group.count == 1 {
      out.append("<p>\(SummaryWords.seen(flag, period: period).html)</p>")
    } else {
      out.append("<ul>")
      out += group.map { "<li>\(SummaryWords.seen($0, period: period).html)\($0.acknowledged ? seen : "")</li>" }
      out.append("</ul>")
    }
    out.append("<p>\(flag.meaning.html)</p>")
    out += [
      "<p class=\"todo\">What to do: \(flag.action.html)</p>",
      "<p class=\"sources\">Sources: \(SummaryWords.sources(flag).html)</p>",
      "</div>",
    ]
    return out
  }

  static func symptoms(_ s: Summary, _ lists: TreatmentLists) -> [String] {
    guard !s.symptoms.isEmpty else { return [] }
    var out = [
      "<section>", "<h2>Symptoms</h2>", "<table>",
      "<thead><tr><th>Symptom</th><th>Days</th><th>First</th><th>Last</th><th>Worst</th><th>Latest</th>"
        + "<th>Trend</th><th>Notes</th></tr></thead>",
      "<tbody>",
    ]
    // "11-25" as in the text format when the whole period is in one year (the header has the year).
    let oneYear = s.header.period.lowerBound.components.year == s.header.period.upperBound.components.year
    let day = { (date: LocalDate) in oneYear ? TextFormatter.short(date) : date.description }
    for row in s.symptoms {
      let notes = SummaryWords.symptomNotes(row, treatments: lists.reference(row.sideEffectOf.joined(separator: ", ")))
      out.append(
        "<tr><td\(row.label.count <= 22 ? " class=\"nowrap\"" : "")>\(row.label.html)</td>"
          + "<td class=\"num\">\(row.days)</td><td class=\"nowrap\">\(day(row.first))</td>"
          + "<td class=\"nowrap\">\(day(row.last))</td><td class=\"nowrap\">\(SummaryWords.severity(row.worst).html)</td>"
          + "<td class=\"nowrap\">\(SummaryWords.severity(row.latest).html)</td><td>\(row.trend.rawValue.html)</td>"
          + "<td class=\"note\">\(notes.html)</td></tr>")
    }
    out += ["</tbody>", "</table>"]
    out += footnotes(lists.tableNotes)
    out += HTMLCharts.strip(s)
    out.append("</section>")
    return out
  }

  static func measurements(_ s: Summary) -> [String] {
    let m = s.measurements
    var out = [
      "<section class=\"keep\">", "<h2>Measurements</h2>",
      "<p>\(SummaryWords.fever(m).html)</p>",
      "<p>\(SummaryWords.weight(m).html)</p>",
    ] + (SummaryWords.height(m).map { ["<p>\($0.html)</p>"] } ?? [])
    let charts = [HTMLCharts.temperature(s), HTMLCharts.weight(s)].filter { !$0.isEmpty }
    if !charts.isEmpty {
      out.append("<div class=\"charts\">")
      for chart in charts { out += chart }
      out.append("</div>")
    }
    let missing = [m.temperatures.isEmpty ? "temperature" : nil, m.weights.isEmpty ? "weight" : nil].compactMap { $0 }
    if !missing.isEmpty {
      let charts = missing.count == 2 ? "there are no charts" : "there is no \(missing[0]) chart"
      out.append("<p class=\"small\">No \(missing.joined(separator: " or ")) was recorded in this period, so \(charts).</p>")
    }
    out.append("</section>")
    return out
  }

  static func notes(_ s: Summary) -> [String] {
    guard !s.infectionsAndNotes.isEmpty else { return [] }
    var out = ["<section>", "<h2>Infections and notes</h2>", "<ul class=\"notes\">"]
    for item in s.infectionsAndNotes {
      let kind = SummaryWords.kind(item)
      let label = kind.isEmpty ? "" : "<b>\(kind.trimmingWhitespace().html)</b> "
      out.append(
        "<li><span class=\"date\">\(item.on)</span> \(label)\(item.text.htmlLines) "
          + "<span class=\"muted\">(\(SummaryWords.by(item.by).html))</span></li>")
    }
    out += ["</ul>", "</section>"]
    return out
  }

  static func treatment(_ s: Summary) -> [String] {
    var out = ["<section>", "<h2>Treatment so far</h2>"]
    if s.treatments.isEmpty {
      out.append("<p>\(SummaryWords.noTreatment.html)</p>")
    } else {
      // Two columns of agents, read down the first column then the second.
      let half = (s.treatments.count + 1) / 2
      out.append("<div class=\"columns\">")
      for column in [Array(s.treatments.prefix(half)), Array(s.treatments.dropFirst(half))] where !column.isEmpty {
        out.append("<table class=\"treatments\"><tbody>")
        for line in column {
          out.append("<tr><td>\(line.label.html)</td><td class=\"nowrap\">\(SummaryWords.treatmentDates(line).html)</td></tr>")
        }
        out.append("</tbody></table>")
      }
      out.append("</div>")
    }
    out.append("<p><b>End of treatment:</b> \(SummaryWords.treatmentEnded(s).html)"
      + " · <b>Before diagnosis:</b> \(SummaryWords.baseline(s).html)</p>")
    out.append("</section>")
    return out
  }

  static func questions(_ s: Summary) -> [String] {
    guard !s.questions.isEmpty else { return [] }
    var out = ["<section>", "<h2>Questions to ask</h2>", "<ol class=\"questions\">"]
    for question in s.questions {
      out.append(
        "<li>\(question.text.html) <span class=\"sources\">(\(question.source.readable.html))</span></li>")
    }
    out += ["</ol>", "</section>"]
    return out
  }
}
