import CarelogCore
import CarelogRules

/// The summary as plain text that fits 80 columns, or a narrower terminal.
enum TextFormatter {
  static func format(_ s: Summary, width: Int = 80) -> String {
    TextPage(width: width).format(s)
  }

  /// "11-25" for a date in the table (the period's year is in the header).
  static func short(_ date: LocalDate) -> String { String(date.description.dropFirst(5)) }
}

/// One text rendering at a chosen width.
struct TextPage {
  let width: Int

  func format(_ s: Summary) -> String {
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
    for group in SummaryWords.groups(s.flags.filter { $0.level != .info }) {
      let flag = group[0]
      let seen = group.count == 1 && flag.acknowledged ? " (\(SummaryWords.alreadySeen))" : ""
      out += wrap("\(SummaryWords.level(flag)): \(flag.title)\(seen)", indent: "")
      out += seenLines(group, period: s.header.period)
      out += wrap(flag.meaning, indent: "  ")
      out += wrap("What to do: \(flag.action)", indent: "  ")
      out += wrap("Sources: " + SummaryWords.sources(flag), indent: "  ")
    }
    let lists = TreatmentLists(s)
    let info = SummaryWords.groups(s.flags.filter { $0.level == .info })
    if !info.isEmpty {
      out += ["", SummaryWords.forInformation]
      for group in info {
        out += wrap("\(group[0].title):", indent: "")
        out += seenLines(group, period: s.header.period, lists: lists)
        out += wrap(group[0].meaning, indent: "  ")
      }
      for note in lists.infoNotes { out += wrap(note, hanging: "    ") }
    }
    if !s.symptoms.isEmpty {
      out += section("Symptoms")
      out.append(row(["Symptom", "Days", "First", "Last", "Worst", "Latest", "Trend"]))
      for symptom in s.symptoms {
        out.append(row([
          String(symptom.label.prefix(20)), String(symptom.days), TextFormatter.short(symptom.first), TextFormatter.short(symptom.last),
          SummaryWords.severity(symptom.worst), SummaryWords.severity(symptom.latest), symptom.trend.rawValue,
        ]))
        let notes = SummaryWords.symptomNotes(symptom, treatments: lists.reference(symptom.sideEffectOf.joined(separator: ", ")))
        if !notes.isEmpty { out += wrap(notes, indent: "    ") }
      }
      for note in lists.tableNotes { out += wrap(note, hanging: "    ") }
    }
    out += section("Measurements")
    out += wrap(SummaryWords.fever(s.measurements))
    out += wrap(SummaryWords.weight(s.measurements))
    if let height = SummaryWords.height(s.measurements) { out += wrap(height) }
    if !s.counts.isEmpty {
      out += section(SummaryWords.countsTitle)
      out += wrap(SummaryWords.countsIntro)
      let kinds = SummaryWords.countKinds(s)
      let headers = kinds.map { "\(SummaryWords.countName($0)) \(SummaryWords.countUnit($0))" }
      let widths = [10] + headers.map { max($0.count, 8) }
      let line = { (cells: [String]) in
        zip(cells, widths).map { $0.padding(to: $1) }.joined(separator: "  ").trimmingTrailingSpaces()
      }
      out.append(line(["Date"] + headers))
      for row in SummaryWords.countRows(s) { out.append(line([row.on.description] + row.cells)) }
      if let thresholds = SummaryWords.countThresholds(s) { out += wrap(thresholds) }
    }
    if !s.medicines.isEmpty {
      out += section(MedicineWords.title)
      for tally in s.medicines {
        out += wrap(MedicineWords.line(tally), hanging: "  ")
        out += wrap(MedicineWords.counts(tally) + "; " + MedicineWords.adherence(tally), indent: "  ", hanging: "    ")
        out += MedicineWords.strip(tally, period: s.header.period, width: width, indent: "  ")
      }
      out += wrap(MedicineWords.legend)
    }
    if !s.infectionsAndNotes.isEmpty {
      out += section("Infections and notes")
      for item in s.infectionsAndNotes {
        out += wrap("\(item.on) \(SummaryWords.kind(item))\(item.text) (\(SummaryWords.by(item.by)))", indent: "", hanging: "           ")
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
        out += wrap("(\(question.source.readable))", indent: "   ")
      }
    }
    out += ["", String(repeating: "-", count: width)]
    out += wrap(Summary.disclaimer)
    return out.joined(separator: "\n") + "\n"
  }

  /// What each flag of a group saw: one paragraph, or a list when several flags say the same thing.
  func seenLines(_ group: [WarningFlag], period: ClosedRange<LocalDate>, lists: TreatmentLists? = nil) -> [String] {
    let seen = { (flag: WarningFlag) in
      let text = SummaryWords.seen(flag, period: period)
      return lists?.abbreviated(text, for: flag) ?? text
    }
    guard group.count > 1 else { return wrap(seen(group[0]), indent: "  ") }
    return group.flatMap { flag in
      wrap("- " + seen(flag) + (flag.acknowledged ? " (\(SummaryWords.alreadySeen))" : ""), indent: "  ", hanging: "    ")
    }
  }

  func section(_ title: String) -> [String] { ["", title, String(repeating: "-", count: title.count)] }

  func row(_ cells: [String]) -> String {
    let widths = [21, 5, 6, 6, 12, 12, 6]
    return zip(cells, widths).map { $0.padding(to: $1) }.joined(separator: " ").trimmingTrailingSpaces()
  }

  /// Word-wraps `text` to the page width.
  func wrap(_ text: String, indent: String = "", hanging: String? = nil) -> [String] {
    TextWrap.lines(text, width: width, indent: indent, hanging: hanging)
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
