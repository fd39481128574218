import CarelogCore
import Testing

struct TemperatureTests {
  @Test(arguments: [
    ("38.6", 38.6), ("38.6C", 38.6), ("38.6c", 38.6), ("38.6 °C", 38.6), ("38.6°C", 38.6), ("101.5F", 38.6),
    ("101.5 f", 38.6), ("100.4", 38.0), ("37", 37.0), ("36.64", 36.6),
  ])
  func readingsAreStoredInCelsius(text: String, celsius: Double) throws {
    // Given a thermometer reading as typed
    // When it is parsed
    let reading = try Temperature(parsing: text)
    // Then it is stored in °C to one decimal
    #expect(reading.celsius == celsius)
  }

  @Test func aBareNumberIsCelsiusFrom34To43AndFahrenheitFrom93To110() throws {
    // Given bare numbers at the edges of the two ranges
    // When they are parsed
    // Then 34 and 43 are °C, and 93 and 110 are converted from °F
    #expect(try Temperature(parsing: "34").celsius == 34.0)
    #expect(try Temperature(parsing: "43").celsius == 43.0)
    #expect(try Temperature(parsing: "93").celsius == 33.9)
    #expect(try Temperature(parsing: "110").celsius == 43.3)
  }

  @Test(arguments: ["33.9", "43.1", "92.9", "110.1", "20", "60", "0", "200"])
  func bareNumbersOutsideBothRangesAreRejected(text: String) {
    // Given a bare number that is neither a plausible °C nor a plausible °F reading
    // When it is parsed
    // Then it is refused rather than guessed
    expectCarelogError(.badData, text) { try Temperature(parsing: text) }
  }

  @Test(arguments: ["46C", "29C", "29.9C", "45.1C", "120F", "80F"])
  func readingsOutside30To45CelsiusAreRejected(text: String) {
    // Given a reading with its unit that is outside 30–45 °C
    // When it is parsed
    // Then it is refused as a probable typo
    expectCarelogError(.badData, text) { try Temperature(parsing: text) }
  }

  @Test func theEdgesOfThePlausibleRangeAreAccepted() throws {
    // Given readings at exactly 30 and 45 °C
    // When they are parsed
    // Then they are accepted
    #expect(try Temperature(parsing: "30C").celsius == 30.0)
    #expect(try Temperature(parsing: "45C").celsius == 45.0)
  }

  @Test(arguments: ["abc", "", "C", "-38.6", "38.6.1", "thirty-eight", ".", "123456789C"])
  func unreadableTextIsAUsageError(text: String) {
    // Given text that holds no number to read
    // When it is parsed
    // Then it is a usage error
    expectCarelogError(.usage, text) { try Temperature(parsing: text) }
  }

  @Test(arguments: ["38.6K", "38.6 kelvin", "38.6kg", "38.6°"])
  func unknownUnitsAreUsageErrors(text: String) {
    // Given a number with a unit that is not C or F
    // When it is parsed
    // Then it is a usage error naming the units to use
    let error = expectCarelogError(.usage, text) { try Temperature(parsing: text) }
    #expect(error?.message.contains("C or F") == true)
  }
}

struct WeightTests {
  @Test(arguments: [
    ("61.2kg", 61.2), ("61.2 kg", 61.2), ("61.2KG", 61.2), ("61.2", 61.2), ("135lb", 61.23), ("135 lbs", 61.23),
    ("27.4kg", 27.4), ("1kg", 1.0), ("400kg", 400.0),
  ])
  func weightsAreStoredInKilograms(text: String, kilograms: Double) throws {
    // Given a weight as typed
    // When it is parsed
    let weight = try Weight(parsing: text)
    // Then it is stored in kg to two decimals
    #expect(weight.kilograms == kilograms)
  }

  @Test(arguments: ["0.5kg", "401kg", "0", "1000", "900lb", "1lb"])
  func implausibleWeightsAreRejected(text: String) {
    // Given a weight outside 1–400 kg
    // When it is parsed
    // Then it is refused as a probable typo
    expectCarelogError(.badData, text) { try Weight(parsing: text) }
  }

  @Test(arguments: ["12 stone", "61.2g", "61.2 pounds", "61.2oz"])
  func unknownUnitsAreUsageErrors(text: String) {
    // Given a number with a unit that is not kg or lb
    // When it is parsed
    // Then it is a usage error naming the units to use
    let error = expectCarelogError(.usage, text) { try Weight(parsing: text) }
    #expect(error?.message.contains("kg or lb") == true)
  }

  @Test(arguments: ["abc", "", "kg", "-61.2", "61..2"])
  func unreadableTextIsAUsageError(text: String) {
    // Given text that holds no number to read
    // When it is parsed
    // Then it is a usage error
    expectCarelogError(.usage, text) { try Weight(parsing: text) }
  }
}
