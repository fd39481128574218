import CarelogCore
import CarelogJournal

/// How flags are printed: plain text for people, JSON with stable keys for tools.
enum FlagText {
  static let disclaimer =
    "carelog does not replace medical advice. In an emergency, call your care team or your emergency number."

  /// "URGENT  Fever during treatment", the message and what to do, indented and wrapped to the terminal.
  static func block(_ flag: WarningFlag, terminal: Terminal = .standardOutput, withSources: Bool = false) -> String {
    let level = flag.level.rawValue.uppercased()
    let seen = flag.acknowledged ? " (seen)" : ""
    var lines = TextWrap.lines(flag.title + seen, width: terminal.width, indent: "\(level)  ", hanging: "  ")
      .map(terminal.bold)
    var paragraphs = [flag.message, "What to do: \(flag.action)"]
    if withSources {
      paragraphs.append("id: \(flag.id)")
      paragraphs += flag.sources.map { "Source: \($0.readable)" }
      paragraphs += flag.external.map { "Not from the sources: \($0.threshold) (\($0.origin))" }
    }
    for paragraph in paragraphs {
      lines += TextWrap.lines(paragraph, width: terminal.width, indent: "  ", hanging: "  ")
    }
    return lines.joined(separator: "\n")
  }

  /// The closing reminder, wrapped to the terminal.
  static func closing(terminal: Terminal = .standardOutput) -> String {
    TextWrap.lines(disclaimer, width: terminal.width).joined(separator: "\n")
  }

  static func json(_ flag: WarningFlag) -> JSONText {
    let sources: [JSONText] =
      flag.sources.map { .object([("document", .string($0.document)), ("section", .string($0.section))]) }
      + flag.external.map { .object([("external", .string($0.origin)), ("threshold", .string($0.threshold))]) }
    return .object([
      ("id", .string(flag.id)),
      ("rule", .string(flag.rule)),
      ("level", .string(flag.level.rawValue)),
      ("title", .string(flag.title)),
      ("message", .string(flag.message)),
      ("action", .string(flag.action)),
      ("symptoms", .array(flag.symptoms.map(JSONText.string))),
      ("from", .string(flag.from.description)),
      ("to", .string(flag.to.description)),
      ("entries", .array(flag.entries.map { .string($0.rawValue) })),
      ("values", .array(flag.values.map(value))),
      ("acknowledged", .bool(flag.acknowledged)),
      ("sources", .array(sources)),
    ])
  }

  private static func value(_ value: FlagValue) -> JSONText {
    .object([
      ("on", .string(value.on.description)),
      ("what", .string(value.what)),
      ("value", value.value.map(JSONText.number) ?? .null),
      ("unit", value.unit.map(JSONText.string) ?? .null),
      ("severity", value.severity.map { .string($0.label) } ?? .null),
    ])
  }
}
