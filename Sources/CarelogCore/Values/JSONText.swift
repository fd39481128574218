/// A JSON value with its object keys in a fixed order, written without Foundation so output is stable.
public indirect enum JSONText: Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONText])
  case object([(String, JSONText)])

  /// Pretty-printed array of `items`, one element per block, 2-space indent.
  public static func array(_ items: [JSONText]) -> String { JSONText.array(items).rendered() }

  /// The value as indented JSON text.
  public func rendered(indent: String = "") -> String {
    let inner = indent + "  "
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .number(let value): return Decimal.format(value, places: 6)
    case .string(let value): return JSONText.quoted(value)
    case .array(let items):
      if items.isEmpty { return "[]" }
      return "[\n" + items.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
    case .object(let fields):
      if fields.isEmpty { return "{}" }
      let body = fields.map { "\(inner)\(JSONText.quoted($0.0)): \($0.1.rendered(indent: inner))" }
      return "{\n" + body.joined(separator: ",\n") + "\n\(indent)}"
    }
  }

  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        out += "\\u" + String(scalar.value, radix: 16).leftPadded(4)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
