import CarelogCore

/// The stable JSON form of entries (`list --json`). Keys: id, profile, kind, term, label, severity,
/// severity_label, value, unit, occurred_on, occurred_at, recorded_at, reporter, reporter_role, note.
enum EntryJSON {
  static func array(_ entries: [Entry], profile: Profile) -> String {
    JSONText.array(entries.map { object($0, profile: profile) })
  }

  static func object(_ entry: Entry, profile: Profile) -> JSONText {
    .object([
      ("id", .string(entry.id.rawValue)),
      ("profile", .string(profile.name)),
      ("kind", .string(entry.kind.rawValue)),
      ("term", entry.term.map(JSONText.string) ?? .null),
      ("label", .string(entry.label)),
      ("severity", entry.severity.map { .number(Double($0.rawValue)) } ?? .null),
      ("severity_label", entry.severity.map { .string($0.label) } ?? .null),
      ("value", entry.value.map(JSONText.number) ?? .null),
      ("unit", entry.unit.map(JSONText.string) ?? .null),
      ("occurred_on", .string(entry.occurredOn.description)),
      ("occurred_at", entry.occurredAt.map { .string($0.description) } ?? .null),
      ("recorded_at", .string(entry.recordedAt.description)),
      ("reporter", .string(entry.reporter.name)),
      ("reporter_role", .string(entry.reporter.role.rawValue)),
      ("note", entry.note.map(JSONText.string) ?? .null),
    ])
  }
}
