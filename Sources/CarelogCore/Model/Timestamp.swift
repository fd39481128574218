/// A moment in UTC to the second, stored as `2026-11-26T04:50:00Z`.
public struct Timestamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let secondsSince1970: Int

  public init(secondsSince1970: Int) { self.secondsSince1970 = secondsSince1970 }

  /// Parses exactly `YYYY-MM-DDTHH:MM:SSZ`. A leap second (`:60`) is refused: stored, it would become the
  /// next minute, or a year 10000 that no reader accepts.
  public init?(iso text: String) {
    let bytes = text.utf8
    guard bytes.count == 20 else { return nil }
    let parsed = bytes.withContiguousStorageIfAvailable(Self.seconds)
    guard let seconds = parsed ?? Array(bytes).withUnsafeBufferPointer(Self.seconds) else { return nil }
    secondsSince1970 = seconds
  }

  /// The seconds of `YYYY-MM-DDTHH:MM:SSZ` in 20 bytes, or nil.
  private static func seconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
      bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
      let day = LocalDate(isoBytes: UnsafeBufferPointer(rebasing: bytes[0..<10]))
    else { return nil }
    func number(_ at: Int) -> Int? {
      let (a, b) = (bytes[at], bytes[at + 1])
      let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
      guard digits.contains(a), digits.contains(b) else { return nil }
      return Int(a - 48) * 10 + Int(b - 48)
    }
    guard let h = number(11), let m = number(14), let s = number(17), h <= 23, m <= 59, s <= 59 else { return nil }
    return day.dayNumber * 86400 + h * 3600 + m * 60 + s
  }

  /// The UTC calendar day of this moment.
  public var utcDay: LocalDate { LocalDate(dayNumber: Int((Double(secondsSince1970) / 86400).rounded(.down))) }

  public var description: String {
    let day = utcDay
    let seconds = secondsSince1970 - day.dayNumber * 86400
    let (year, month, date) = day.components
    guard (0...9999).contains(year), (0..<86400).contains(seconds) else {
      let clock = [seconds / 3600, seconds % 3600 / 60, seconds % 60].map { String($0).leftPadded(2) }
      return "\(day)T\(clock.joined(separator: ":"))Z"
    }
    return String(unsafeUninitializedCapacity: 20) { buffer in
      Self.write(year, month, date, seconds, into: buffer, at: 0)
      return 20
    }
  }

  /// Appends `description`'s bytes, without making a String (for exports).
  public func appendDescription(to bytes: inout [UInt8]) {
    let day = utcDay
    let (year, month, date) = day.components
    let seconds = secondsSince1970 - day.dayNumber * 86400
    guard (0...9999).contains(year), (0..<86400).contains(seconds) else { bytes += description.utf8; return }
    let start = bytes.count
    bytes += repeatElement(0, count: 20)
    bytes.withUnsafeMutableBufferPointer { Self.write(year, month, date, seconds, into: $0, at: start) }
  }

  /// `YYYY-MM-DDTHH:MM:SSZ` at `start` (20 bytes).
  private static func write(
    _ year: Int, _ month: Int, _ day: Int, _ seconds: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int
  ) {
    DigitText.writeDate(year, month, day, into: buffer, at: start)
    buffer[start + 10] = UInt8(ascii: "T")
    DigitText.writeClock(seconds / 3600, seconds % 3600 / 60, into: buffer, at: start + 11)
    buffer[start + 16] = UInt8(ascii: ":")
    DigitText.write(seconds % 60, width: 2, into: buffer, at: start + 17)
    buffer[start + 19] = UInt8(ascii: "Z")
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
