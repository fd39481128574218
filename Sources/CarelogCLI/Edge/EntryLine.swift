import CarelogCore

/// One-line descriptions of entries, as printed after logging and by `list`.
enum EntryLine {
  /// "Logged fatigue (moderate) on Thu 2026-11-26 for Leo, by Anna (caregiver). id 1a2b3c4d"
  /// `typed` is the reading as typed when it was converted: "Logged temperature 38.3 °C (101 °F) on …".
  static func confirmation(_ entry: Entry, profile: Profile, verb: String = "Logged", typed: String? = nil) -> String {
    let described = typed.map { "\(what(entry)) (\($0))" } ?? what(entry)
    var when = "on \(entry.occurredOn.withWeekday)"
    if let time = entry.occurredAt { when += " at \(time)" }
    return "\(verb) \(described) \(when) for \(profile.name), by \(entry.reporter.description). id \(entry.id.short)"
  }

  /// "fatigue (moderate)", "temperature 38.6 °C", "ANC 0.8 ×10⁹/L", "note \"…\"".
  static func what(_ entry: Entry) -> String {
    switch entry.kind {
    case .symptom:
      let name = entry.shortLabel.lowercasedFirst
      return entry.severity.map { "\(name) (\($0.label))" } ?? name
    case .temperature, .weight, .platelets, .hemoglobin, .height:
      return "\(entry.kind.rawValue) \(entry.valueText ?? "")"
    case .anc, .wbc:
      return "\(entry.kind.rawValue.uppercased()) \(entry.valueText ?? "")"
    case .infection:
      return entry.note.map { "infection (\(clipped($0)))" } ?? "infection"
    case .note:
      return "note \"\(clipped(entry.note ?? ""))\""
    }
  }

  static func clipped(_ text: String, to width: Int = 40) -> String {
    let line = text.split(separator: "\n").first.map(String.init) ?? ""
    return line.count > width ? String(line.prefix(width - 1)) + "…" : line
  }
}

extension String {
  var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
