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
    var bytes: [UInt8] = []
    render(into: &bytes, indent: indent.utf8.count)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the value as indented JSON (`indent` spaces before nested lines) to `bytes`: the fast path for
  /// large exports, byte for byte the same as `rendered`.
  public func render(into bytes: inout [UInt8], indent: Int) {
    switch self {
    case .null: bytes += "null".utf8
    case .bool(let value): bytes += (value ? "true" : "false").utf8
    case .number(let value): JSONText.appendNumber(value, to: &bytes)
    case .string(let value): JSONText.appendQuoted(value, to: &bytes)
    case .array(let items):
      if items.isEmpty { bytes += "[]".utf8; return }
      bytes.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        bytes += (index == 0 ? "\n" : ",\n").utf8
        bytes += repeatElement(UInt8(ascii: " "), count: indent + 2)
        item.render(into: &bytes, indent: indent + 2)
      }
      bytes.append(UInt8(ascii: "\n"))
      bytes += repeatElement(UInt8(ascii: " "), count: indent)
      bytes.append(UInt8(ascii: "]"))
    case .object(let fields):
      if fields.isEmpty { bytes += "{}".utf8; return }
      bytes.append(UInt8(ascii: "{"))
      for (index, (key, value)) in fields.enumerated() {
        JSONText.appendMemberStart(key: key, first: index == 0, indent: indent, to: &bytes)
        value.render(into: &bytes, indent: indent + 2)
      }
      bytes.append(UInt8(ascii: "\n"))
      bytes += repeatElement(UInt8(ascii: " "), count: indent)
      bytes.append(UInt8(ascii: "}"))
    }
  }

  /// What comes before a member's value in an object rendered at `indent`: the line break and the quoted key.
  public static func appendMemberStart(key: String, first: Bool, indent: Int, to bytes: inout [UInt8]) {
    if !first { bytes.append(UInt8(ascii: ",")) }
    bytes.append(UInt8(ascii: "\n"))
    bytes += repeatElement(UInt8(ascii: " "), count: indent + 2)
    JSONText.appendQuoted(key, to: &bytes)
    bytes += ": ".utf8
  }

  /// A number as JSON text: up to 6 decimals (`Decimal.format`), whole numbers digit by digit without a String.
  public static func appendNumber(_ value: Double, to bytes: inout [UInt8]) {
    guard value == value.rounded(), abs(value) < 1e15 else {
      bytes += Decimal.format(value, places: 6).utf8
      return
    }
    var whole = Int(value)
    if whole < 0 { bytes.append(UInt8(ascii: "-")) }
    let start = bytes.count
    repeat {
      bytes.append(UInt8(truncatingIfNeeded: 48 + abs(whole % 10)))
      whole /= 10
    } while whole != 0
    bytes[start...].reverse()
  }

  public static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
      bytes += text.utf8  // nothing to escape: copied whole
      bytes.append(UInt8(ascii: "\""))
      return
    }
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes += "\\\"".utf8
      case UInt8(ascii: "\\"): bytes += "\\\\".utf8
      case 0x0A: bytes += "\\n".utf8
      case 0x0D: bytes += "\\r".utf8
      case 0x09: bytes += "\\t".utf8
      case 0..<0x20: bytes += ("\\u" + String(byte, radix: 16).leftPadded(4)).utf8
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }


}
