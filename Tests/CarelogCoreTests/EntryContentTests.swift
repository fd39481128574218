import CarelogCore
import Testing

struct EntryContentTests {
  @Test func aTemperatureIsStoredInCelsius() throws {
    // Given `carelog log temperature 38.6`
    // When its words are read
    let content = try EntryContent(term: "temperature", value: "38.6", severity: nil, allowNew: false)
    // Then it is a temperature of 38.6 °C with no term
    #expect(content == EntryContent(kind: .temperature, value: 38.6, unit: "C"))
  }

  @Test func fahrenheitAndTheShortKindWordAreConverted() throws {
    // Given `carelog log temp 101.5F`
    // When its words are read
    let content = try EntryContent(term: "temp", value: "101.5F", severity: nil, allowNew: false)
    // Then it is stored in °C, with the reading as typed to echo back
    #expect(content == EntryContent(kind: .temperature, value: 38.6, unit: "C", typed: "101.5 °F"))
  }

  @Test func aWeightIsStoredInKilograms() throws {
    // Given `carelog log weight 135lb`
    // When its words are read
    let content = try EntryContent(term: "Weight", value: "135lb", severity: nil, allowNew: false)
    // Then it is a weight in kg
    #expect(content == EntryContent(kind: .weight, value: 61.23, unit: "kg", typed: "135 lb"))
  }

  @Test(arguments: ["temperature", "weight"])
  func aMeasurementWithoutAValueIsAUsageError(kind: String) {
    // Given a measurement kind with no reading
    // When its words are read
    // Then it is a usage error asking for the reading
    let error = expectCarelogError(.usage, kind) { try EntryContent(term: kind, value: nil, severity: nil, allowNew: false) }
    #expect(error?.message.contains("reading") == true)
  }

  @Test func aBadReadingKeepsItsOwnError() {
    // Given a temperature that is out of range
    // When its words are read
    // Then the temperature's error comes through
    expectCarelogError(.badData, "temperature 60") {
      try EntryContent(term: "temperature", value: "60", severity: nil, allowNew: false)
    }
  }

  @Test func aSymptomIsStoredUnderItsCatalogTermWithItsSeverity() throws {
    // Given `carelog log tired --severity moderate`
    // When its words are read
    let content = try EntryContent(term: "tired", value: nil, severity: .moderate, allowNew: false)
    // Then it is the catalog symptom fatigue, moderate
    #expect(content == EntryContent(kind: .symptom, term: "fatigue", severity: .moderate))
  }

  @Test func aKnownSymptomStaysTheCatalogTermEvenWithNew() throws {
    // Given a catalog synonym logged with --new
    // When its words are read
    let content = try EntryContent(term: "nosebleed", value: nil, severity: nil, allowNew: true)
    // Then it is still the catalog term, not a custom one
    #expect(content == EntryContent(kind: .symptom, term: "bleeding"))
  }

  @Test func aSymptomWithAValueIsAUsageError() {
    // Given a symptom followed by a value
    // When its words are read
    // Then it is refused, pointing at --severity
    let error = expectCarelogError(.usage, "fatigue 3") {
      try EntryContent(term: "fatigue", value: "3", severity: nil, allowNew: false)
    }
    #expect(error?.message.contains("--severity") == true)
  }

  @Test(arguments: ["infection", "note"])
  func kindsWithoutReadingsTakeNoValue(kind: String) throws {
    // Given an infection or note entry with a value
    // When its words are read
    // Then it is refused; without the value it is that kind
    expectCarelogError(.usage, "\(kind) with a value") {
      try EntryContent(term: kind, value: "bad", severity: nil, allowNew: false)
    }
    let content = try EntryContent(term: kind, value: nil, severity: nil, allowNew: false)
    #expect(content.kind.rawValue == kind)
    #expect(content.term == nil && content.value == nil)
  }

  @Test func anUnknownTermIsAUsageErrorWithSuggestions() {
    // Given a misspelled symptom without --new
    // When its words are read
    let error = expectCarelogError(.usage, "fatige") {
      try EntryContent(term: "fatige", value: nil, severity: nil, allowNew: false)
    }
    // Then the error suggests the symptom and mentions --new
    #expect(error?.message.contains("Did you mean") == true)
    #expect(error?.message.contains("fatigue") == true)
    #expect(error?.message.contains("--new") == true)
  }

  @Test func anUnknownTermWithNewIsACustomNormalizedSymptom() throws {
    // Given a symptom that is not in the catalog, logged with --new
    // When its words are read
    let content = try EntryContent(term: "Eye  Pain", value: nil, severity: .mild, allowNew: true)
    // Then it is a custom symptom under its normalized term
    #expect(content == EntryContent(kind: .symptom, term: "eye-pain", severity: .mild))
  }

  @Test(arguments: ["", "   ", "eye pain!", "rm -rf /", String(repeating: "a", count: 101), "pain\u{1B}[31m"])
  func aCustomSymptomMustBePlainWords(word: String) {
    // Given a --new symptom that is empty, too long or holds symbols
    // When its words are read
    // Then it is a usage error
    expectCarelogError(.usage, "\"\(word)\"") { try EntryContent(term: word, value: nil, severity: nil, allowNew: true) }
  }

  @Test(arguments: [("temperature", "38.6"), ("weight", "61kg"), ("infection", nil), ("note", nil)] as [(String, String?)])
  func aSeverityOnANonSymptomIsAUsageError(kind: String, value: String?) {
    // Given --severity on an entry that is not a symptom
    // When its words are read
    // Then it is refused
    let error = expectCarelogError(.usage, kind) {
      try EntryContent(term: kind, value: value, severity: .mild, allowNew: false)
    }
    #expect(error?.message.contains("--severity") == true)
  }
}
