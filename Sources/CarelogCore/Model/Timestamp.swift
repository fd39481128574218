/// A moment in UTC to the second, stored as `2026-11-26T04:50:00Z`.
public struct Timestamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let secondsSince1970: Int

  public init(secondsSince1970: Int) { self.secondsSince1970 = secondsSince1970 }

  /// Parses exactly `YYYY-MM-DDTHH:MM:SSZ`.
  public init?(iso text: String) {
    let parts = text.split(separator: "T")
    guard parts.count == 2, parts[1].hasSuffix("Z"), let day = LocalDate(iso: parts[0]) else { return nil }
    let clock = parts[1].dropLast().split(separator: ":")
    guard clock.count == 3, clock.allSatisfy({ $0.count == 2 }),
      let h = Int(clock[0]), let m = Int(clock[1]), let s = Int(clock[2]),
      (0...23).contains(h), (0...59).contains(m), (0...60).contains(s)
    else { return nil }
    secondsSince1970 = day.dayNumber * 86400 + h * 3600 + m * 60 + s
  }

  /// The UTC calendar day of this moment.
  public var utcDay: LocalDate { LocalDate(dayNumber: Int((Double(secondsSince1970) / 86400).rounded(.down))) }

  public var description: String {
    let seconds = secondsSince1970 - utcDay.dayNumber * 86400
    let clock = [seconds / 3600, seconds % 3600 / 60, seconds % 60].map { String($0).leftPadded(2) }
    return "\(utcDay)T\(clock.joined(separator: ":"))Z"
  }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let value = Timestamp(iso: text) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a UTC timestamp"))
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
