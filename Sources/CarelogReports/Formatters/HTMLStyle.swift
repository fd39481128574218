import CarelogCore
import CarelogRules

// The HTML summary's look on paper: the style sheet, colours, escaping, and the lists of treatments written once
// instead of on every line.

/// The style sheet and colours. Everything is inline: no fonts, images or scripts from anywhere, so the file opens
/// and prints the same offline.
enum HTMLStyle {
  /// Fill, text colour on that fill, and the word for a severity (nil = reported, not rated).
  static func severity(_ severity: Severity?) -> (fill: String, ink: String, word: String, mark: String) {
    switch severity {
    case .none?: ("#e3ece6", "#1d2a22", "none", "0")
    case .mild?: ("#fbe29a", "#3a2c00", "mild", "1")
    case .moderate?: ("#f2a053", "#2b1500", "moderate", "2")
    case .severe?: ("#d2473a", "#ffffff", "severe", "3")
    case .verySevere?: ("#6e1533", "#ffffff", "very severe", "4")
    case nil: ("#a7adb4", "#1b1f23", "reported, not rated", "?")
    }
  }

  /// The CSS class of a flag's level label.
  static func level(_ level: FlagLevel) -> String {
    switch level {
    case .urgent: "urgent"
    case .soon: "soon"
    case .nextVisit: "next"
    case .info: "info"
    }
  }

  /// Kept free of `<` and `&` so the document stays well-formed XML.
  static let css = """
    @page { size: A4; margin: 12mm; }
    * { box-sizing: border-box; }
    html { background: #ffffff; color: #1b1f23; }
    body {
      margin: 0 auto; padding: 8mm 0; max-width: 186mm;
      font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
        "Liberation Sans", "DejaVu Sans", sans-serif;
      font-size: 10pt; line-height: 1.25;
      -webkit-print-color-adjust: exact; print-color-adjust: exact;
    }
    @media print { body { padding: 0; max-width: none; } }
    h1 { font-size: 15pt; margin: 0 0 1mm; }
    h2 {
      font-size: 11.5pt; margin: 3mm 0 1.2mm; padding-bottom: 0.5mm; border-bottom: 1.5px solid #3b4a5a;
      break-after: avoid; page-break-after: avoid;
    }
    h3 { font-size: 10pt; margin: 2mm 0 1mm; break-after: avoid; page-break-after: avoid; }
    p { margin: 0 0 1mm; }
    ul, ol { margin: 0 0 1mm; padding-left: 5mm; }
    li { margin: 0 0 0.5mm; }
    .header { border-bottom: 2.5px solid #3b4a5a; padding-bottom: 1.5mm; margin-bottom: 1mm; }
    .header p { margin: 0; }
    .muted { color: #4f5b66; }
    .small { font-size: 8pt; color: #4f5b66; }
    .keep { break-inside: avoid; page-break-inside: avoid; }
    .footnote { font-size: 7.5pt; color: #4f5b66; margin: 0.5mm 0 1.5mm; break-before: avoid; page-break-before: avoid; }
    .empty { font-weight: bold; margin-top: 2mm; }
    .flags { column-count: 2; column-gap: 2.5mm; }
    .flag {
      border: 1px solid #9aa5b1; border-left-width: 4px; border-radius: 1.5mm; padding: 1.5mm 2mm;
      break-inside: avoid; page-break-inside: avoid; font-size: 8.5pt; line-height: 1.22;
      display: inline-block; width: 100%; margin: 0 0 2mm;
    }
    .flag.urgent { border-left-color: #a4161a; }
    .flag.soon { border-left-color: #b45309; }
    .flag.next { border-left-color: #1d4ed8; }
    .flag p { margin: 0.4mm 0 0; }
    .flag ul { margin: 0.4mm 0 0; padding-left: 3.5mm; }
    .flag li { margin: 0; }
    .flag .title { font-weight: bold; font-size: 9.5pt; margin: 0; }
    .level {
      display: inline-block; font-size: 7.5pt; font-weight: bold; letter-spacing: 0.04em; color: #ffffff;
      padding: 0.1mm 1.4mm; border-radius: 1mm; margin-right: 1mm; vertical-align: 1px;
    }
    .level.urgent { background: #a4161a; }
    .level.soon { background: #b45309; }
    .level.next { background: #1d4ed8; }
    .seen { font-size: 7.5pt; font-weight: normal; color: #4f5b66; border: 1px solid #9aa5b1; border-radius: 1mm;
      padding: 0 1mm; margin-left: 1mm; }
    .todo { font-weight: bold; }
    .sources { font-size: 7pt; color: #4f5b66; line-height: 1.2; }
    .info { font-size: 8pt; line-height: 1.2; margin-top: 0.5mm; }
    .info ul { display: inline; margin: 0; padding: 0; }
    .info li { display: inline; margin: 0; }
    .info li + li::before { content: " · "; font-weight: bold; }
    table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 0 0 1.5mm; }
    th, td { text-align: left; vertical-align: top; padding: 0.4mm 1.2mm; border-bottom: 1px solid #d5dbe1; }
    th { font-size: 8pt; color: #3b4a5a; border-bottom: 1.5px solid #3b4a5a; white-space: nowrap; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    td.num { text-align: right; }
    td.nowrap { white-space: nowrap; }
    td.note { font-size: 7.5pt; line-height: 1.15; color: #4f5b66; }
    figure { margin: 1mm 0 2mm; break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-size: 8.5pt; font-weight: bold; color: #3b4a5a; margin-bottom: 0.5mm; }
    svg { display: block; width: 100%; height: auto; }
    svg text { font-family: inherit; }
    svg .grid { stroke: #d5dbe1; stroke-width: 0.6; }
    svg .tick { font-size: 8.5px; fill: #4f5b66; }
    svg .label { font-size: 9.5px; fill: #1b1f23; }
    svg .value { font-size: 8.5px; fill: #1b1f23; font-weight: bold; }
    svg .mark { font-size: 8px; text-anchor: middle; }
    svg .fever { stroke: #a4161a; stroke-width: 1; stroke-dasharray: 4 2.5; }
    svg .fevertext { font-size: 8.5px; fill: #a4161a; font-weight: bold; }
    svg .line { fill: none; stroke: #1d4ed8; stroke-width: 1.4; stroke-linejoin: round; }
    svg .point { fill: #1d4ed8; }
    svg .hot { fill: #a4161a; }
    svg .cell0 { fill: #f1f3f5; }
    .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
    .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; align-items: start; }
    .treatments td { padding-top: 0.2mm; padding-bottom: 0.2mm; }
    .questions { font-size: 9.5pt; column-count: 2; column-gap: 6mm; line-height: 1.2; }
    .questions li { margin: 0 0 0.3mm; break-inside: avoid; page-break-inside: avoid; }
    .notes li { break-inside: avoid; page-break-inside: avoid; }
    .date { font-weight: bold; white-space: nowrap; }
    .disclaimer { margin-top: 4mm; padding-top: 1.5mm; border-top: 1px solid #9aa5b1; font-size: 9pt; font-weight: bold; }
    """
}

extension String {
  /// The text escaped for HTML and XML: `&`, `<`, `>`, `"` and `'`, with control characters that XML cannot hold
  /// dropped (tabs become spaces).
  var html: String {
    var out = ""
    out.reserveCapacity(count)
    for scalar in unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\n", "\r", "\t": out += scalar == "\t" ? " " : String(scalar)
      default:
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// The text escaped, with its line breaks kept as `<br/>`.
  var htmlLines: String {
    split(separator: "\n", omittingEmptySubsequences: false).map { String($0).html }.joined(separator: "<br/>")
  }
}
