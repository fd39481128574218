/// The public fields of an entry, in their documented order: one description for `list --json`, the CSV export and
/// the JSON export (which leaves out what it can rebuild: the profile it sits under, and the labels).
public enum EntryFields {
  public struct Field: Sendable {
    public let key: String
    /// Whether the JSON export carries it.
    public let inExport: Bool
    let value: @Sendable (Entry, String) -> JSONText
  }

  public static let all: [Field] = [
    Field(key: "id", inExport: true) { entry, _ in .string(entry.id.rawValue) },
    Field(key: "profile", inExport: false) { _, profile in .string(profile) },
    Field(key: "kind", inExport: true) { entry, _ in .string(entry.kind.rawValue) },
    Field(key: "term", inExport: true) { entry, _ in entry.term.map(JSONText.string) ?? .null },
    Field(key: "label", inExport: false) { entry, _ in .string(entry.label) },
    Field(key: "severity", inExport: true) { entry, _ in entry.severity.map { .number(Double($0.rawValue)) } ?? .null },
    Field(key: "severity_label", inExport: false) { entry, _ in entry.severity.map { .string($0.label) } ?? .null },
    Field(key: "value", inExport: true) { entry, _ in entry.value.map(JSONText.number) ?? .null },
    Field(key: "unit", inExport: true) { entry, _ in entry.unit.map(JSONText.string) ?? .null },
    Field(key: "occurred_on", inExport: true) { entry, _ in .string(entry.occurredOn.description) },
    Field(key: "occurred_at", inExport: true) { entry, _ in entry.occurredAt.map { .string($0.description) } ?? .null },
    Field(key: "recorded_at", inExport: true) { entry, _ in .string(entry.recordedAt.description) },
    Field(key: "reporter", inExport: true) { entry, _ in .string(entry.reporter.name) },
    Field(key: "reporter_role", inExport: true) { entry, _ in .string(entry.reporter.role.rawValue) },
    Field(key: "note", inExport: true) { entry, _ in entry.note.map(JSONText.string) ?? .null },
  ]

  static let exported = all.filter(\.inExport)

  /// Every field, for `list --json` and CSV.
  public static func listed(_ entry: Entry, profile: String) -> [(String, JSONText)] {
    all.map { ($0.key, $0.value(entry, profile)) }
  }

  /// The fields the JSON export carries.
  public static func exported(_ entry: Entry) -> [(String, JSONText)] {
    exported.map { ($0.key, $0.value(entry, "")) }
  }
}
