/// The public fields of an entry, in their documented order: one description for `list --json`, the CSV export and
/// the JSON export (which leaves out what it can rebuild: the profile it sits under, and the labels).
public enum EntryFields {
  public struct Field: Sendable {
    public let key: String
    /// Whether the JSON export carries it.
    public let inExport: Bool
    let value: @Sendable (Entry, String) -> JSONText
    /// Appends the value as JSON text, byte for byte what rendering `value` writes, without building it (an
    /// export writes millions); nil for fields that only `value` gives.
    let append: (@Sendable (Entry, inout [UInt8]) -> Void)?

    init(key: String, inExport: Bool, value: @escaping @Sendable (Entry, String) -> JSONText) {
      (self.key, self.inExport, self.value, self.append) = (key, inExport, value, nil)
    }

    private init(_ key: String, value: @escaping @Sendable (Entry, String) -> JSONText, append: @escaping @Sendable (Entry, inout [UInt8]) -> Void) {
      (self.key, self.inExport, self.value, self.append) = (key, true, value, append)
    }

    /// An exported field holding text, or null.
    static func text(_ key: String, _ get: @escaping @Sendable (Entry) -> String?) -> Field {
      Field(key, value: { entry, _ in get(entry).map(JSONText.string) ?? .null }) { entry, bytes in
        if let text = get(entry) { JSONText.appendQuoted(text, to: &bytes) } else { bytes += "null".utf8 }
      }
    }

    /// An exported field holding a whole number, or null.
    static func integer(_ key: String, _ get: @escaping @Sendable (Entry) -> Int?) -> Field {
      Field(key, value: { entry, _ in get(entry).map { .number(Double($0)) } ?? .null }) { entry, bytes in
        if let number = get(entry) { JSONText.appendNumber(Double(number), to: &bytes) } else { bytes += "null".utf8 }
      }
    }

    /// An exported field holding a number, or null.
    static func number(_ key: String, _ get: @escaping @Sendable (Entry) -> Double?) -> Field {
      Field(key, value: { entry, _ in get(entry).map(JSONText.number) ?? .null }) { entry, bytes in
        if let number = get(entry) { JSONText.appendNumber(number, to: &bytes) } else { bytes += "null".utf8 }
      }
    }

    /// An exported field holding a day, `YYYY-MM-DD`.
    static func day(_ key: String, _ get: @escaping @Sendable (Entry) -> LocalDate) -> Field {
      Field(key, value: { entry, _ in .string(get(entry).description) }) { entry, bytes in
        bytes.append(UInt8(ascii: "\""))
        get(entry).appendDescription(to: &bytes)
        bytes.append(UInt8(ascii: "\""))
      }
    }

    /// An exported field holding a moment, `YYYY-MM-DDTHH:MM:SSZ`.
    static func moment(_ key: String, _ get: @escaping @Sendable (Entry) -> Timestamp) -> Field {
      Field(key, value: { entry, _ in .string(get(entry).description) }) { entry, bytes in
        bytes.append(UInt8(ascii: "\""))
        get(entry).appendDescription(to: &bytes)
        bytes.append(UInt8(ascii: "\""))
      }
    }
  }

  public static let all: [Field] = [
    .text("id") { $0.id.rawValue },
    Field(key: "profile", inExport: false) { _, profile in .string(profile) },
    .text("kind") { $0.kind.rawValue },
    .text("term") { $0.term },
    Field(key: "label", inExport: false) { entry, _ in .string(entry.label) },
    .integer("severity") { $0.severity?.rawValue },
    Field(key: "severity_label", inExport: false) { entry, _ in entry.severity.map { .string($0.label) } ?? .null },
    .number("value") { $0.value },
    .text("unit") { $0.unit },
    .day("occurred_on") { $0.occurredOn },
    .text("occurred_at") { $0.occurredAt?.description },
    .moment("recorded_at") { $0.recordedAt },
    .text("reporter") { $0.reporter.name },
    .text("reporter_role") { $0.reporter.role.rawValue },
    .text("note") { $0.note },
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

  /// Appends the fields the JSON export carries as the members of an object rendered at `indent` (each on its own
  /// line after `,` and a newline, the first after a newline only): byte for byte what rendering `exported(entry)`
  /// as an object writes between its braces.
  public static func appendExported(_ entry: Entry, indent: Int, to bytes: inout [UInt8]) {
    for (index, field) in exported.enumerated() {
      JSONText.appendMemberStart(key: field.key, first: index == 0, indent: indent, to: &bytes)
      if let append = field.append { append(entry, &bytes) } else { field.value(entry, "").render(into: &bytes, indent: indent + 2) }
    }
  }
}
