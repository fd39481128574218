/// A calendar day with no time zone, as a person names it ("the day it happened"). Stored as `YYYY-MM-DD`.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before).
  public let dayNumber: Int

  public init(dayNumber: Int) { self.dayNumber = dayNumber }

  /// The date for a year, month and day, or nil when the day does not exist (2026-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), (1...LocalDate.daysIn(month: month, year: year)).contains(day),
      (1...9999).contains(year)
    else { return nil }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    dayNumber = era * 146097 + dayOfEra - 719468
  }

  /// Parses exactly `YYYY-MM-DD`.
  public init?(iso text: some StringProtocol) { self.init(isoBytes: text.utf8) }

  /// Parses exactly `YYYY-MM-DD` (a String, without the generic call that other modules would otherwise make).
  public init?(iso text: String) { self.init(isoBytes: text.utf8) }

  /// Parses exactly `YYYY-MM-DD` from its UTF-8 bytes.
  init?(isoBytes: some Sequence<UInt8>) {
    var bytes = isoBytes.makeIterator()
    func number(_ width: Int) -> Int? {
      var value = 0
      for _ in 0..<width {
        guard let byte = bytes.next(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(4), bytes.next() == UInt8(ascii: "-"), let month = number(2), bytes.next() == UInt8(ascii: "-"),
      let day = number(2), bytes.next() == nil
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Year, month and day (Hinnant's civil_from_days).
  public var components: (year: Int, month: Int, day: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let dayOfEra = z - era * 146097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// 0 = Sunday … 6 = Saturday.
  public var weekday: Int { ((dayNumber % 7) + 7 + 4) % 7 }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (year, month, day) = components
    guard (0...9999).contains(year) else { return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }
    return String(unsafeUninitializedCapacity: 10) { buffer in
      DigitText.writeDate(year, month, day, into: buffer, at: 0)
      return 10
    }
  }

  /// Appends `description`'s bytes, without making a String (for exports).
  public func appendDescription(to bytes: inout [UInt8]) {
    let (year, month, day) = components
    guard (0...9999).contains(year) else { bytes += description.utf8; return }
    let start = bytes.count
    bytes += repeatElement(0, count: 10)
    bytes.withUnsafeMutableBufferPointer { DigitText.writeDate(year, month, day, into: $0, at: start) }
  }

  /// The date `days` later (earlier when negative).
  public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

  /// Whole days from `other` to this date.
  public func days(since other: LocalDate) -> Int { dayNumber - other.dayNumber }

  /// Whole years from `birth` to this date (an age).
  public func years(since birth: LocalDate) -> Int {
    let (y1, m1, d1) = birth.components
    let (y2, m2, d2) = components
    return y2 - y1 - ((m2, d2) < (m1, d1) ? 1 : 0)
  }

  public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let date = LocalDate(iso: text) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date"))
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
