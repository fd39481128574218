/// What differs between two versions of an entry, in words: `severity: mild → severe`.
public enum EntryChanges {
  /// One line per field that differs, in the order the fields are shown; empty when nothing changed.
  public static func between(_ old: Entry, _ new: Entry) -> [String] {
    let fields: [(String, (Entry) -> String)] = [
      ("kind", { $0.kind.rawValue }),
      ("symptom", { $0.term.map(SymptomCatalog.name(of:)) ?? "none" }),
      ("severity", { $0.severity?.label ?? "not rated" }),
      ("reading", { $0.valueText ?? "none" }),
      ("day", { $0.occurredOn.description }),
      ("time", { $0.occurredAt?.description ?? "none" }),
      ("by", { $0.reporter.description }),
      ("note", { $0.note.map { "\"\($0)\"" } ?? "none" }),
    ]
    return fields.compactMap { name, text in
      let (before, after) = (text(old), text(new))
      return before == after ? nil : "\(name): \(before) → \(after)"
    }
  }

  /// Whether `new` records exactly what `old` does (the time it was written down aside).
  public static func same(_ old: Entry, _ new: Entry) -> Bool {
    var new = new
    new.recordedAt = old.recordedAt
    return old == new
  }
}
