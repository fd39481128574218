import Testing

@testable import CarelogCore

/// Property tests over generated input: 100,000 inputs each for the date, time and measurement parsers.
/// Every input either parses to a value that obeys the parser's promise or is refused with a CarelogError;
/// nothing crashes, and nothing silently becomes "today".
struct GeneratedInputTests {
  static let count = 100_000
  static let today = LocalDate(iso: "2026-11-26")!

  @Test func datesRoundTripAndRandomTextNeverBecomesTodayByAccident() {
    var random = SeededRandom(seed: 1)
    for _ in 0..<Self.count {
      // Round trip: a real date before today parses back to itself.
      let date = Self.today.adding(days: -Int.random(in: 0...40_000, using: &random))
      #expect((try? DateInput.parse(date.description, today: Self.today)) == date)
      // Random text: a date no later than today, or a clean error.
      let text = random.text(from: "0123456789-/: adyswkotmnorfuehia", maxLength: 14)
      do {
        let parsed = try DateInput.parse(text, today: Self.today)
        #expect(parsed <= Self.today)
        if parsed == Self.today {
          let accepted = ["today", "now", Self.today.description, "0 days ago", "0 day ago"]
          #expect(accepted.contains(text.lowercased().split(separator: " ").joined(separator: " ")), "\"\(text)\" became today")
        }
      } catch let error as CarelogError {
        #expect(error.category == .usage || error.category == .badData)
        #expect(!error.message.isEmpty)
      } catch {
        Issue.record("unexpected error \(error) for \"\(text)\"")
      }
    }
  }

  @Test func timesRoundTripAndRandomTextIsRefusedCleanly() {
    var random = SeededRandom(seed: 2)
    var parsedCount = 0
    for _ in 0..<Self.count {
      let minutes = Int.random(in: 0..<1440, using: &random)
      let time = TimeOfDay(hour: minutes / 60, minute: minutes % 60)!
      #expect(TimeOfDay(parsing: time.description) == time)
      let text = random.text(from: "0123456789:apm ", maxLength: 8)
      // Random text is refused, or read as a time that prints and reads back the same.
      if let parsed = TimeOfDay(parsing: text) {
        parsedCount += 1
        #expect(TimeOfDay(parsing: parsed.description) == parsed, "\(text) read as \(parsed)")
      }
    }
    // Both outcomes happen, so neither branch above is dead.
    #expect(parsedCount > 0 && parsedCount < Self.count)
    #expect(TimeOfDay(parsing: "25:00") == nil)
  }

  @Test func measurementsRoundTripAndStayPlausible() {
    var random = SeededRandom(seed: 3)
    for _ in 0..<Self.count {
      let celsius = Double(Int.random(in: 300...450, using: &random)) / 10
      #expect((try? Temperature(parsing: Decimal.format(celsius, places: 1) + "C"))?.celsius == celsius)
      let kilograms = Double(Int.random(in: 100...40_000, using: &random)) / 100
      #expect((try? Weight(parsing: Decimal.format(kilograms, places: 2) + "kg"))?.kilograms == kilograms)
      let text = random.text(from: "0123456789.,-+eCFkglbs °", maxLength: 9)
      do {
        let reading = try Temperature(parsing: text)
        #expect(Temperature.plausibleCelsius.contains(reading.celsius), "\(text)")
      } catch let error as CarelogError {
        #expect(!error.message.isEmpty)
      } catch {
        Issue.record("unexpected error \(error) for \"\(text)\"")
      }
      do {
        let weight = try Weight(parsing: text)
        #expect(Weight.plausibleKilograms.contains(weight.kilograms), "\(text)")
      } catch let error as CarelogError {
        #expect(!error.message.isEmpty)
      } catch {
        Issue.record("unexpected error \(error) for \"\(text)\"")
      }
    }
  }
}

/// Replayable inputs: SplitMix64 from a fixed seed, plus random text.
struct SeededRandom: RandomNumberGenerator {
  private var base: SplitMix64
  init(seed: UInt64) { base = SplitMix64(seed: seed) }
  mutating func next() -> UInt64 { base.next() }

  /// Up to `maxLength` characters drawn from `alphabet`, sometimes with an odd Unicode character.
  mutating func text(from alphabet: String, maxLength: Int) -> String {
    let characters = Array(alphabet) + ["é", "٣", "\u{0}", "\u{1B}", "👍"]
    let length = Int.random(in: 0...maxLength, using: &self)
    return String((0..<length).map { _ in characters[Int.random(in: 0..<characters.count, using: &self)] })
  }
}
