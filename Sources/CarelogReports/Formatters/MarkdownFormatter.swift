import CarelogCore
import CarelogRules

/// The summary as Markdown (CommonMark with GitHub tables): same content and order as the text format.
enum MarkdownFormatter {
  static func format(_ s: Summary) -> String {
    var out: [String] = []
    out += ["# " + md(SummaryWords.title(s)), ""]
    out.append(md(SummaryWords.identity(s.header)) + "  ")
    out.append("**Period:** " + md(SummaryWords.period(s.header) + ", as of \(s.header.asOf)") + "  ")
    out.append("**Recorded:** " + md(s.isEmpty ? "nothing" : SummaryWords.recordedBy(s.header)))
    if s.isEmpty { out += ["", md(SummaryWords.emptyPeriod)] }

    out += section("Needs attention")
    if s.flags.isEmpty { out.append(md(SummaryWords.noFlags)) }
    let period = s.header.period
    for group in SummaryWords.groups(s.flags.filter { $0.level != .info }) {
      let flag = group[0]
      let seen = group.count == 1 && flag.acknowledged ? " (\(SummaryWords.alreadySeen))" : ""
      out += ["", "### \(SummaryWords.level(flag)): " + md(flag.title + seen), ""]
      out += seenLines(group, period: period)
      out.append(md(flag.meaning))
      out.append("")
      out.append("**What to do:** " + md(flag.action) + "  ")
      out.append("*Sources: " + md(SummaryWords.sources(flag)) + "*")
    }
    let lists = TreatmentLists(s)
    let info = SummaryWords.groups(s.flags.filter { $0.level == .info })
    if !info.isEmpty {
      out += ["", "**\(SummaryWords.forInformation)**"]
      for group in info {
        out += ["", "*" + md(group[0].title) + ":*", ""]
        out += seenLines(group, period: period, lists: lists)
        out.append(md(group[0].meaning))
      }
      if !lists.infoNotes.isEmpty { out += [""] + lists.infoNotes.map { md($0) + "  " } }
    }

    if !s.symptoms.isEmpty {
      out += section("Symptoms")
      out.append(tableRow(["Symptom", "Days", "First", "Last", "Worst", "Latest", "Trend", "Notes"]))
      out.append("| --- | ---: | --- | --- | --- | --- | --- | --- |")
      for symptom in s.symptoms {
        out.append(tableRow([
          symptom.label, String(symptom.days), symptom.first.description, symptom.last.description,
          SummaryWords.severity(symptom.worst), SummaryWords.severity(symptom.latest), symptom.trend.rawValue,
          SummaryWords.symptomNotes(symptom, treatments: lists.reference(symptom.sideEffectOf.joined(separator: ", "))),
        ].map(md)))
      }
      if !lists.tableNotes.isEmpty { out += [""] + lists.tableNotes.map { md($0) + "  " } }
    }

    out += section("Measurements")
    out.append("- " + md(SummaryWords.fever(s.measurements)))
    out.append("- " + md(SummaryWords.weight(s.measurements)))
    if let height = SummaryWords.height(s.measurements) { out.append("- " + md(height)) }
    if !s.counts.isEmpty {
      out += section(SummaryWords.countsTitle)
      out += [md(SummaryWords.countsIntro), ""]
      let kinds = SummaryWords.countKinds(s)
      out.append(tableRow((["Date"] + kinds.map { "\(SummaryWords.countName($0)) (\(SummaryWords.countUnit($0)))" }).map(md)))
      out.append("| --- |" + String(repeating: " ---: |", count: kinds.count))
      for row in SummaryWords.countRows(s) { out.append(tableRow(([row.on.description] + row.cells).map(md))) }
      if let thresholds = SummaryWords.countThresholds(s) { out += ["", md(thresholds)] }
    }
    out += medicines(s)

    if !s.infectionsAndNotes.isEmpty {
      out += section("Infections and notes")
      for item in s.infectionsAndNotes {
        out.append("- **\(item.on)** " + md("\(SummaryWords.kind(item))\(item.text) (\(SummaryWords.by(item.by)))"))
      }
    }

    out += section("Treatment so far")
    if s.treatments.isEmpty { out += [md(SummaryWords.noTreatment), ""] }
    for line in s.treatments {
      out.append("- **" + md(line.label) + ":** " + md(SummaryWords.treatmentDates(line)))
    }
    if !s.treatments.isEmpty { out.append("") }
    out.append("**End of treatment:** " + md(SummaryWords.treatmentEnded(s)) + "  ")
    out.append("**Before diagnosis:** " + md(SummaryWords.baseline(s)))

    if !s.questions.isEmpty {
      out += section("Questions to ask")
      for (index, question) in s.questions.enumerated() {
        out.append("\(index + 1). " + md(question.text) + "  ")
        out.append("   *(" + md(question.source.readable) + ")*")
      }
    }
    out += ["", "---", "", md(Summary.disclaimer)]
    // One blank line between blocks, however the sections met.
    let lines = out.enumerated().filter { $0.element != "" || ($0.offset > 0 && out[$0.offset - 1] != "") }.map(\.element)
    return lines.joined(separator: "\n") + "\n"
  }

  /// What each flag of a group saw: a paragraph, or a list when several flags say the same thing.
  static func seenLines(_ group: [WarningFlag], period: ClosedRange<LocalDate>, lists: TreatmentLists? = nil) -> [String] {
    let seen = { (flag: WarningFlag) in
      let text = SummaryWords.seen(flag, period: period)
      return lists?.abbreviated(text, for: flag) ?? text
    }
    guard group.count > 1 else { return [md(seen(group[0])), ""] }
    return group.map { flag in "- " + md(seen(flag) + (flag.acknowledged ? " (\(SummaryWords.alreadySeen))" : "")) } + [""]
  }

  static func section(_ title: String) -> [String] { ["", "## " + title, ""] }

  /// A table of the counts, then each medicine's day strip in a code block (monospaced, so the days line up).
  static func medicines(_ s: Summary) -> [String] {
    guard !s.medicines.isEmpty else { return [] }
    var out = section(MedicineWords.title)
    out.append(tableRow(["Medicine", "Dose", "Schedule", "Due", "Taken", "Missed", "Held", "Not recorded", "Taken of due"]))
    out.append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for tally in s.medicines {
      out.append(tableRow([
        tally.medicine.label, tally.medicine.dose, MedicineWords.schedule(tally), String(tally.due), String(tally.taken),
        String(tally.missed), String(tally.held), String(tally.notRecorded), MedicineWords.adherence(tally),
      ].map(md)))
    }
    for tally in s.medicines {
      out += ["", "**" + md(tally.medicine.label) + "**, day by day:", "", "```"]
      out += MedicineWords.strip(tally, period: s.header.period, width: 80)
      out.append("```")
    }
    out += ["", md(MedicineWords.legend)]
    return out
  }

  static func tableRow(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

  /// `text` made safe to place inline in Markdown, table cells included: one line, with the characters that
  /// start emphasis, code, links, HTML or table cells escaped, a leading list or heading mark escaped, and `&` escaped where it could start an entity.
  static func md(_ text: String) -> String {
    var out = ""
    var previousWasSpace = false
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      // Line breaks and other control characters would end the line, the list item or the table row.
      if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
        if !previousWasSpace && !out.isEmpty { out += " " }
        previousWasSpace = true
        continue
      }
      previousWasSpace = scalar == " "
      switch scalar {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~":
        out += "\\" + String(scalar)
      case "&":
        let next = index + 1 < scalars.count ? scalars[index + 1] : " "
        out += next == "#" || next.properties.isAlphabetic ? "\\&" : "&"
      default:
        out.unicodeScalars.append(scalar)
      }
    }
    while out.hasSuffix(" ") { out.removeLast() }
    // A line that starts with "1." or "-" would turn into a list; only the start of the text can be one.
    if let first = out.unicodeScalars.first, "-+=#".unicodeScalars.contains(first) { out = "\\" + out }
    if out.first?.isNumber == true, let mark = out.drop(while: \.isNumber).first, mark == "." || mark == ")" {
      let digits = out.prefix(while: \.isNumber)
      out = digits + "\\" + out.dropFirst(digits.count)
    }
    return out
  }
}

/// Wording the Markdown and HTML formats share with the text format, which still writes its own copies.
/// (Belongs next to the rest of `SummaryWords` in ReportFormat.swift, where TextFormatter can use it too.)
