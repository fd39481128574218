/// A time of day to the minute, as typed: `21:30`, `9pm`, `9:15am`. Stored as `HH:MM`.
public struct TimeOfDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// Minutes since midnight.
  public let minutes: Int

  public init?(hour: Int, minute: Int) {
    guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
    minutes = hour * 60 + minute
  }

  /// Parses `HH:MM`, `H:MM`, `9pm`, `9:30pm`, `12am`; nil for anything else.
  public init?(parsing raw: String) {
    // The stored form, HH:MM, without the general parsing below.
    let utf8 = Array(raw.utf8)
    if utf8.count == 5, utf8[2] == UInt8(ascii: ":"), utf8.enumerated().allSatisfy({ $0.offset == 2 || (48...57).contains($0.element) }) {
      self.init(hour: Int(utf8[0] - 48) * 10 + Int(utf8[1] - 48), minute: Int(utf8[3] - 48) * 10 + Int(utf8[4] - 48))
      return
    }
    var text = raw.lowercased().filter { $0 != " " }
    var offset: Int?
    if text.hasSuffix("am") || text.hasSuffix("pm") {
      offset = text.hasSuffix("pm") ? 12 : 0
      text.removeLast(2)
    }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
      let hour = Int(parts[0]), parts.count == 2 ? parts[1].count == 2 : offset != nil
    else { return nil }
    let minute = parts.count == 2 ? Int(parts[1]) : 0
    guard let minute else { return nil }
    if let offset {
      guard (1...12).contains(hour) else { return nil }
      self.init(hour: hour % 12 + offset, minute: minute)
    } else {
      self.init(hour: hour, minute: minute)
    }
  }

  public var description: String {
    String(unsafeUninitializedCapacity: 5) { buffer in
      DigitText.writeClock(minutes / 60, minutes % 60, into: buffer, at: 0)
      return 5
    }
  }

  public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let time = TimeOfDay(parsing: text) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an HH:MM time"))
    }
    self = time
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
