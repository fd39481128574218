import CarelogCore
import CarelogRules

/// The summary as plain text that fits 80 columns.
enum TextFormatter {
  static let width = 80

  static func format(_ s: Summary) -> String {
    var out: [String] = []
    out.append(SummaryWords.title(s))
    out.append(String(repeating: "=", count: SummaryWords.title(s).count))
    out += wrap(SummaryWords.identity(s.header))
    out += wrap("Period: " + SummaryWords.period(s.header) + ", as of \(s.header.asOf)")
    out += wrap("Recorded: " + (s.isEmpty ? "nothing" : SummaryWords.recordedBy(s.header)))
    if s.isEmpty {
      out += ["", SummaryWords.emptyPeriod]
    }
    out += section("Needs attention")
    if s.flags.isEmpty { out.append(SummaryWords.noFlags) }
    for flag in s.flags where flag.level != .info {
      let seen = flag.acknowledged ? " (\(SummaryWords.alreadySeen))" : ""
      out += wrap("\(SummaryWords.level(flag)): \(flag.title)\(seen)", indent: "")
      out += wrap(flag.message, indent: "  ")
      out += wrap("What to do: \(flag.action)", indent: "  ")
      out += wrap("Sources: " + SummaryWords.sources(flag), indent: "  ")
    }
    let info = s.flags.filter { $0.level == .info }
    if !info.isEmpty {
      out += ["", SummaryWords.forInformation]
      for flag in info { out += wrap("- \(flag.seen)", hanging: "  ") }
    }
    if !s.symptoms.isEmpty {
      out += section("Symptoms")
      out.append(row(["Symptom", "Days", "First", "Last", "Worst", "Latest", "Trend"]))
      for symptom in s.symptoms {
        out.append(row([
          String(symptom.label.prefix(20)), String(symptom.days), short(symptom.first), short(symptom.last),
          SummaryWords.severity(symptom.worst), SummaryWords.severity(symptom.latest), symptom.trend.rawValue,
        ]))
        let notes = SummaryWords.symptomNotes(symptom)
        if !notes.isEmpty { out += wrap(notes, indent: "    ") }
      }
    }
    out += section("Measurements")
    out += wrap(SummaryWords.fever(s.measurements))
    out += wrap(SummaryWords.weight(s.measurements))
    if !s.infectionsAndNotes.isEmpty {
      out += section("Infections and notes")
      for item in s.infectionsAndNotes {
        out += wrap("\(item.on) \(SummaryWords.kind(item))\(item.text) (\(item.by))", indent: "", hanging: "           ")
      }
    }
    out += section("Treatment so far")
    if s.treatments.isEmpty { out.append(SummaryWords.noTreatment) }
    for line in s.treatments {
      out += wrap("\(line.label): \(SummaryWords.treatmentDates(line))", hanging: "  ")
    }
    out.append("End of treatment: " + SummaryWords.treatmentEnded(s))
    out += wrap("Before diagnosis: " + SummaryWords.baseline(s))
    if !s.questions.isEmpty {
      out += section("Questions to ask")
      for (index, question) in s.questions.enumerated() {
        out += wrap("\(index + 1). \(question.text)", hanging: "   ")
        out += wrap("(\(question.source.document), “\(question.source.section)”)", indent: "   ")
      }
    }
    out += ["", String(repeating: "-", count: width)]
    out += wrap(Summary.disclaimer)
    return out.joined(separator: "\n") + "\n"
  }

  static func section(_ title: String) -> [String] { ["", title, String(repeating: "-", count: title.count)] }

  /// "11-25" for a date in the table (the period's year is in the header).
  static func short(_ date: LocalDate) -> String { String(date.description.dropFirst(5)) }

  static func row(_ cells: [String]) -> String {
    let widths = [21, 5, 6, 6, 12, 12, 6]
    return zip(cells, widths).map { $0.padding(to: $1) }.joined(separator: " ").trimmingTrailingSpaces()
  }

  /// Word-wraps `text` to the page width.
  static func wrap(_ text: String, indent: String = "", hanging: String? = nil) -> [String] {
    var lines: [String] = []
    var line = indent
    let next = hanging ?? indent
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let prefix = lines.isEmpty ? indent : next
      if line.count + word.count + 1 > width && line.count > prefix.count {
        lines.append(line)
        line = next
      }
      line += (line.count > (lines.isEmpty ? indent : next).count ? " " : "") + word
    }
    lines.append(line)
    return lines
  }
}

extension String {
  func padding(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }

  func trimmingTrailingSpaces() -> String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}
