import CarelogCore

/// The plain-text row of an entry in `list` and `history`.
enum EntryTable {
  /// "2026-11-26 21:30  temperature 38.6 °C            Anna (caregiver)  1a2b3c4d  note"
  static func row(_ entry: Entry) -> String {
    let day = entry.occurredOn.description + " " + (entry.occurredAt?.description ?? "     ")
    var what = EntryLine.what(entry)
    if entry.kind == .infection || entry.kind == .note { what = entry.kind.rawValue }
    var line = "\(day)  \(padded(what, 30))  \(padded(entry.reporter.description, 18))  \(entry.id.short)"
    if let note = entry.note { line += "  \(note.replacingNewlines)" }
    return line
  }

  static func padded(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}

extension String {
  var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " / ") }
}
