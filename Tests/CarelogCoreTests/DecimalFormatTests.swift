import CarelogCore
import Testing

/// `Decimal.format` over the whole range of Double: it never traps, and every finite value comes out as a
/// number that reads back close to what went in (within the rounding asked for).
struct DecimalFormatTests {
  static let specials: [Double] = [
    0, -0.0, 1, -1, 0.5, -0.5, 38.25, 1e15, -1e15, 9.2e18, -9.2e18, 1e300, -1e300, .greatestFiniteMagnitude,
    -.greatestFiniteMagnitude, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, 1e-300,
    Double(Int.max), Double(Int.min), 123_456_789.123_456_789, .nan, .infinity, -.infinity, .signalingNaN,
  ]

  @Test(arguments: [0, 1, 2, 6, 12, -3])
  func neverTrapsOnSpecialValues(places: Int) {
    for value in Self.specials {
      for keepZeros in [false, true] {
        let text = Decimal.format(value, places: places, keepZeros: keepZeros)
        Self.expectReadsBack(text, value, places: places)
      }
    }
  }

  @Test func neverTrapsOnAnyBitPattern() {
    var random = SplitMix64(seed: 13)
    for _ in 0..<200_000 {
      let value = Double(bitPattern: random.next())
      let places = Int.random(in: 0...6, using: &random)
      Self.expectReadsBack(Decimal.format(value, places: places, keepZeros: random.next() & 1 == 0), value, places: places)
    }
  }

  @Test func everyDecadeFromTinyToHuge() {
    var value = Double.leastNonzeroMagnitude
    while value.isFinite {
      for sign in [1.0, -1.0] {
        Self.expectReadsBack(Decimal.format(sign * value, places: 6), sign * value, places: 6)
      }
      value *= 10
    }
  }

  @Test func usualValuesKeepTheirFamiliarForm() {
    #expect(Decimal.format(38.25, places: 1, keepZeros: true) == "38.3")
    #expect(Decimal.format(38, places: 1, keepZeros: true) == "38.0")
    #expect(Decimal.format(27.4, places: 2) == "27.4")
    #expect(Decimal.format(-0.0001, places: 2) == "0")
    #expect(Decimal.format(1e300, places: 6) == "1e+300")
  }

  /// Non-finite values have fixed words; finite ones read back within half a unit of the last place shown.
  static func expectReadsBack(_ text: String, _ value: Double, places: Int) {
    guard value.isFinite else {
      #expect(["nan", "inf", "-inf"].contains(text))
      return
    }
    guard let back = Double(text) else {
      Issue.record("\(value) formatted as \"\(text)\", which is not a number")
      return
    }
    let step = places >= 0 ? Self.power(-min(places, 9)) : 1
    // Half a step, plus the rounding error of scaling a large value (a few units in its last place).
    #expect(abs(back - value) <= step / 2 + 8 * value.ulp + 1e-12, "\(value) formatted as \(text)")
  }

  static func power(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<abs(exponent) { result *= 10 }
    return exponent < 0 ? 1 / result : result
  }
}
