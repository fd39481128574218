import CarelogCore
import CarelogRules

/// The formats of the visit summary.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, markdown, json, html

  /// The summary laid out in this format; plain text is wrapped to `width` columns (a terminal's).
  public func render(_ summary: Summary, width: Int = TextWrap.defaultWidth) -> String {
    switch self {
    case .text: TextFormatter.format(summary, width: width)
    case .markdown: MarkdownFormatter.format(summary)
    case .json: JSONFormatter.format(summary)
    case .html: HTMLFormatter.format(summary)
    }
  }
}

/// Words shared by every format, so they say the same thing.
enum SummaryWords {
  static func title(_ summary: Summary) -> String { "Visit summary: \(summary.header.name)" }

  /// "9 years · B-cell ALL, diagnosed 2024-11-12 · On treatment"
  static func identity(_ header: Summary.Header) -> String {
    var parts: [String] = []
    if let age = header.age { parts.append("\(age) year\(age == 1 ? "" : "s") old") }
    var diagnosis = header.subtype?.label ?? "ALL"
    if let diagnosed = header.diagnosed { diagnosis += ", diagnosed \(diagnosed)" }
    parts.append(diagnosis)
    if let remission = header.remission { parts.append("remission \(remission)") }
    parts.append(header.phase)
    if header.centralLine { parts.append("central line in place") }
    return parts.joined(separator: " · ")
  }

  static func period(_ header: Summary.Header) -> String {
    let days = header.period.upperBound.days(since: header.period.lowerBound) + 1
    return "\(header.period.lowerBound) to \(header.period.upperBound) (\(days) day\(days == 1 ? "" : "s"))"
  }

  /// "42 by Anna (caregiver), 9 by Leo"
  static func recordedBy(_ header: Summary.Header) -> String {
    header.recordedBy.map { "\($0.count) by \($0.reporter)" }.joined(separator: ", ")
  }

  static func severity(_ severity: Severity?) -> String { severity?.label ?? "not rated" }

  static func celsius(_ value: Double) -> String { "\(Decimal.format(value, places: 1, keepZeros: true)) °C" }
  static func kilograms(_ value: Double) -> String { "\(Decimal.format(value, places: 2)) kg" }

  static func percent(_ value: Double) -> String {
    (value > 0 ? "+" : value < 0 ? "−" : "") + Decimal.format(abs(value), places: 1, keepZeros: true) + " %"
  }

  /// "Fever on 2 days (2026-10-17, 2026-10-18); highest 38.4 °C on 2026-10-18"
  static func fever(_ m: Summary.Measurements) -> String {
    let days = m.feverDays
    var text = days.isEmpty
      ? "No fever (≥ \(celsius(m.feverThreshold)))"
      : "Fever on \(days.count) day\(days.count == 1 ? "" : "s") (\(days.map(\.description).joined(separator: ", ")))"
    if let high = m.highestTemperature { text += "; highest \(celsius(high.value)) on \(high.on)" }
    if m.temperatures.isEmpty { text += "; no temperature recorded" }
    return text
  }

  static func weight(_ m: Summary.Measurements) -> String {
    guard let end = m.weightEnd else { return "No weight recorded" }
    guard let start = m.weightStart, let change = m.weightChangePercent else {
      return "Weight \(kilograms(end.value)) on \(end.on)"
    }
    return "Weight \(kilograms(start.value)) on \(start.on) → \(kilograms(end.value)) on \(end.on) (\(percent(change)))"
  }

  /// "2025-05-05 – ongoing, 5 courses"
  static func treatmentDates(_ line: Summary.TreatmentLine) -> String {
    "\(line.from?.description ?? "?") – \(line.to?.description ?? "ongoing")"
      + (line.courses > 1 ? ", \(line.courses) courses" : "")
  }

  /// The first `limit` sources of a flag, "Cancer.Net: ALL in adults — section", and how many more.
  static func sources(_ flag: WarningFlag, limit: Int = 2) -> String {
    let shown = flag.sources.prefix(limit).map(\.readable)
    let more = flag.sources.count - shown.count
    return shown.joined(separator: "; ") + (more > 0 ? " (and \(more) more)" : "")
  }

  /// "Easy bruising (2026-11-17 to 2026-11-23)" for a one-line info flag.
  static func flagSpan(_ flag: WarningFlag) -> String {
    flag.from == flag.to ? "\(flag.from)" : "\(flag.from) to \(flag.to)"
  }

  static let emptyPeriod = "Nothing was recorded in this period."
}

// MARK: - Shared by every format

extension SummaryWords {
  static let noFlags = "Nothing the rules look for was seen in this period."
  static let forInformation = "For the record (mention at the next contact):"
  static let noTreatment = "No treatment recorded."
  static let alreadySeen = "already seen"

  /// "SOON", "NEXT-VISIT".
  static func level(_ flag: WarningFlag) -> String { flag.level.rawValue.uppercased() }

  /// "Infection: " before an infection's text ("Infection" when it has none), nothing before a note's.
  static func kind(_ item: Summary.DatedText) -> String {
    guard item.kind == .infection else { return "" }
    return item.text.isEmpty ? "Infection" : "Infection: "
  }

  /// "Anna, caregiver" or "Leo": who wrote a note, without brackets inside brackets.
  static func by(_ reporter: Reporter) -> String {
    reporter.role == .caregiver ? "\(reporter.name), caregiver" : reporter.name
  }

  static func treatmentEnded(_ s: Summary) -> String { s.treatmentEnded?.description ?? "not yet" }

  static func baseline(_ s: Summary) -> String { s.baseline.isEmpty ? "not recorded" : s.baseline.joined(separator: ", ") }

  /// Flags that say the same thing, so that each explanation is said once: the same rule, level, action and
  /// meaning, in the order of their first flag.
  static func groups(_ flags: [WarningFlag]) -> [[WarningFlag]] {
    var groups: [[WarningFlag]] = []
    for flag in flags {
      if let index = groups.firstIndex(where: { sameGroup($0[0], flag) }) {
        groups[index].append(flag)
      } else {
        groups.append([flag])
      }
    }
    return groups
  }

  static func sameGroup(_ a: WarningFlag, _ b: WarningFlag) -> Bool {
    a.rule == b.rule && a.level == b.level && a.action == b.action && a.meaning == b.meaning
  }

  /// What a flag saw, saying so when its evidence began before the period ("since 2026-10-31, before this
  /// period"), so that it never seems to contradict the period's symptom table.
  static func seen(_ flag: WarningFlag, period: ClosedRange<LocalDate>) -> String {
    guard flag.from < period.lowerBound else { return flag.seen }
    return flag.seen + " (Since \(flag.from), before this period.)"
  }

  /// "present before diagnosis; listed side effect of Steroid, Vincristine", with `treatments` standing in for the
  /// list of treatments when given (the HTML table refers to a list under it).
  static func symptomNotes(_ row: Summary.SymptomRow, treatments: String? = nil) -> String {
    var notes: [String] = []
    if row.beforeDiagnosis { notes.append("present before diagnosis") }
    if !row.sideEffectOf.isEmpty {
      notes.append("listed side effect of " + (treatments ?? row.sideEffectOf.joined(separator: ", ")))
    }
    return notes.joined(separator: "; ")
  }
}
