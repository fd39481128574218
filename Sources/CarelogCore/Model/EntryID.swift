/// An entry's UUID, stored as lowercase text. Users may type any unique prefix of 6 or more characters.
public struct EntryID: Sendable, Hashable, Codable, CustomStringConvertible {
  public let rawValue: String

  public init?(_ text: String) {
    let lower = text.lowercased()
    let groups = lower.split(separator: "-", omittingEmptySubsequences: false)
    let isHex = { (c: Character) in c.isASCII && c.isHexDigit }
    guard groups.map(\.count) == [8, 4, 4, 4, 12], groups.allSatisfy({ $0.allSatisfy(isHex) }) else { return nil }
    rawValue = lower
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
