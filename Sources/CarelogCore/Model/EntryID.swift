/// An entry's UUID, stored as lowercase text. Users may type any unique prefix of 6 or more characters.
public struct EntryID: Sendable, Hashable, Codable, CustomStringConvertible {
  public let rawValue: String

  public init?(_ text: String) {
    // Checked byte by byte: 8-4-4-4-12 ASCII hex digits (this runs a million times in a large import). An id
    // already in lowercase is kept as it is, without copying.
    if Self.isStoredForm(text.utf8) {
      rawValue = text
      return
    }
    var bytes = Array(text.utf8)
    guard bytes.count == 36 else { return nil }
    for (index, byte) in bytes.enumerated() {
      if index == 8 || index == 13 || index == 18 || index == 23 {
        guard byte == UInt8(ascii: "-") else { return nil }
      } else if (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte) {
        bytes[index] = byte + 32
      } else {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
        else { return nil }
      }
    }
    rawValue = String(decoding: bytes, as: UTF8.self)
  }

  /// Whether the text is a UUID in lowercase: 8-4-4-4-12 digits and a–f.
  private static func isStoredForm(_ utf8: String.UTF8View) -> Bool {
    guard utf8.count == 36 else { return false }
    var index = 0
    for byte in utf8 {
      if index == 8 || index == 13 || index == 18 || index == 23 {
        guard byte == UInt8(ascii: "-") else { return false }
      } else {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
        else { return false }
      }
      index += 1
    }
    return true
  }

  /// A new random (version 4) UUID.
  public static func random<G: RandomNumberGenerator>(using generator: inout G) -> EntryID {
    var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
    bytes[6] = (bytes[6] & 0x0F) | 0x40
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    let hex = bytes.map { byte in String(byte, radix: 16).leftPadded(2) }.joined()
    let chars = Array(hex)
    let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }
    return EntryID(groups.joined(separator: "-"))!
  }

  /// The first 8 characters, shown after logging.
  public var short: String { String(rawValue.prefix(8)) }
  public var description: String { rawValue }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let id = EntryID(text) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a UUID"))
    }
    self = id
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

extension String {
  func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
