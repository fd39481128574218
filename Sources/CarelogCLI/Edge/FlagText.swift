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

  static func json(_ flag: WarningFlag) -> JSONText { FlagJSON.object(flag) }
}
