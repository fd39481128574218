/// An entry's UUID, shown and stored as lowercase text. Users may type any unique prefix of 6 or more characters.
///
/// Held as its 16 bytes in two words, not as text: a whole history keeps every entry of a profile in memory, and a
/// 36-character string is a heap allocation of its own (about 10 MiB for 125,000 entries).
public struct EntryID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// Bytes 0–7 and 8–15 of the UUID, big-endian, so that comparing (high, low) orders ids as their text does.
  private let high: UInt64
  private let low: UInt64

  public init?(_ text: String) {
    // Read byte by byte (this runs a million times in a large import): 8-4-4-4-12 ASCII hex digits, any case.
    let utf8 = text.utf8
    guard let words = utf8.withContiguousStorageIfAvailable(Self.parse) ?? Self.parse(Array(utf8)) else { return nil }
    (high, low) = words
  }

  private init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  /// The two words of "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (hex digits in either case), or nil.
  private static func parse(_ bytes: some Collection<UInt8>) -> (UInt64, UInt64)? {
    guard bytes.count == 36 else { return nil }
    var high: UInt64 = 0
    var low: UInt64 = 0
    var digits = 0
    for (index, byte) in bytes.enumerated() {
      if index == 8 || index == 13 || index == 18 || index == 23 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard let nibble = hexValue(byte) else { return nil }
      if digits < 16 { high = high << 4 | nibble } else { low = low << 4 | nibble }
      digits += 1
    }
    return (high, low)
  }

  private static func hexValue(_ byte: UInt8) -> UInt64? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt64(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt64(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// A new random (version 4) UUID. Draws its 16 bytes one by one, as it always has, so that a seeded generator
  /// (tests, the demo journal) gives the same ids as before.
  public static func random<G: RandomNumberGenerator>(using generator: inout G) -> EntryID {
    var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
    bytes[6] = (bytes[6] & 0x0F) | 0x40
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    let word = { (range: Range<Int>) in bytes[range].reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
    return EntryID(high: word(0..<8), low: word(8..<16))
  }

  /// The UUID's 128 bits, as one number (for sets of a million ids).
  public var bits: UInt128 { UInt128(high) << 64 | UInt128(low) }

  /// The lowercase 8-4-4-4-12 text: what the journal stores and users see.
  public var rawValue: String {
    String(unsafeUninitializedCapacity: 36) { text in
      var at = 0
      for nibble in 0..<32 {
        if nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20 {
          text[at] = UInt8(ascii: "-")
          at += 1
        }
        let word = nibble < 16 ? high : low
        let digit = UInt8(truncatingIfNeeded: word >> UInt64(60 - 4 * (nibble % 16))) & 0xF
        text[at] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
        at += 1
      }
      return at
    }
  }

  /// The first 8 characters, shown after logging.
  public var short: String { String(rawValue.prefix(8)) }
  public var description: String { rawValue }

  /// Ordered as the lowercase text is (byte order of the UUID).
  public static func < (a: EntryID, b: EntryID) -> Bool { (a.high, a.low) < (b.high, b.low) }

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
