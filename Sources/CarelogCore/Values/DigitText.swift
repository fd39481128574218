/// Fixed-width decimal digits written straight into bytes: dates and times are printed millions of times by a
/// large export or import, and string interpolation costs them a thousand instructions each.
enum DigitText {
  /// Writes `value` (0 ≤ value < 10^width) as `width` digits at `start`.
  @inline(__always)
  static func write(_ value: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
    var rest = value
    for index in stride(from: start + width - 1, through: start, by: -1) {
      buffer[index] = UInt8(truncatingIfNeeded: 48 + rest % 10)
      rest /= 10
    }
  }

  /// `YYYY-MM-DD` at `start` (10 bytes); the year must be 0…9999.
  static func writeDate(_ year: Int, _ month: Int, _ day: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
    write(year, width: 4, into: buffer, at: start)
    buffer[start + 4] = UInt8(ascii: "-")
    write(month, width: 2, into: buffer, at: start + 5)
    buffer[start + 7] = UInt8(ascii: "-")
    write(day, width: 2, into: buffer, at: start + 8)
  }

  /// `HH:MM` at `start` (5 bytes).
  static func writeClock(_ hour: Int, _ minute: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
    write(hour, width: 2, into: buffer, at: start)
    buffer[start + 2] = UInt8(ascii: ":")
    write(minute, width: 2, into: buffer, at: start + 3)
  }
}
