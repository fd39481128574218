import Testing

@testable import CarelogCore

/// Blood counts and heights: the units people type, converted to the one stored unit of each kind; implausible
/// readings refused with the range named. Property tests run over generated readings, as `GeneratedInputTests`.
struct LabScaleTests {
  static let count = 20_000

  func value(_ kind: Entry.Kind, _ text: String) throws -> Double {
    try #require(LabScale.of(kind)).reading(text).value
  }

  @Test(arguments: [
    (Entry.Kind.anc, "0.8", 0.8), (.anc, "800/uL", 0.8), (.anc, "800/µL", 0.8), (.anc, "800 /μl", 0.8),
    (.anc, "800/mm3", 0.8), (.anc, "800 cells/uL", 0.8), (.anc, "0.8x10^9/L", 0.8), (.anc, "0.8 ×10⁹/L", 0.8),
    (.anc, "0.8 10^9/L", 0.8), (.anc, "0.8 K/uL", 0.8), (.anc, "0.8 x10³/µL", 0.8), (.anc, "0,8", 0.8),
    (.anc, "0", 0), (.anc, "499/uL", 0.499), (.wbc, "3.1", 3.1), (.wbc, "3100/uL", 3.1), (.wbc, "3.1 G/L", 3.1),
    (.platelets, "45", 45), (.platelets, "45000/uL", 45), (.platelets, "45 x10^9/L", 45), (.platelets, "24500/uL", 24.5),
    (.hemoglobin, "10.2", 10.2), (.hemoglobin, "10.2 g/dL", 10.2), (.hemoglobin, "102g/L", 10.2),
    (.hemoglobin, "102 g/l", 10.2), (.hemoglobin, "6.2mmol/L", 10), (.height, "132cm", 132), (.height, "132", 132),
    (.height, "1.32m", 132), (.height, "1320mm", 132), (.height, "52in", 132.1), (.height, "52\"", 132.1),
    (.height, "4ft 4in", 132.1), (.height, "4ft4", 132.1), (.height, "4'4\"", 132.1), (.height, "4’ 4”", 132.1),
    (.height, "4 feet 4 inches", 132.1), (.height, "4ft", 121.9),
  ])
  func commonUnitsAreConvertedToTheStoredUnit(kind: Entry.Kind, text: String, stored: Double) throws {
    // Given a reading as a clinic letter or a parent writes it
    // When it is read
    // Then it is kept in the kind's one stored unit
    #expect(try value(kind, text) == stored, "\(kind) \(text)")
  }

  @Test func storedUnitsAreOnePerKind() {
    #expect(LabScale.of(.anc)?.unit == "10^9/L")
    #expect(LabScale.of(.wbc)?.unit == "10^9/L")
    #expect(LabScale.of(.platelets)?.unit == "10^9/L")
    #expect(LabScale.of(.hemoglobin)?.unit == "g/dL")
    #expect(LabScale.of(.height)?.unit == "cm")
    #expect(LabScale.of(.weight) == nil && LabScale.of(.temperature) == nil && LabScale.of(.note) == nil)
  }

  @Test(arguments: [
    (Entry.Kind.anc, "800", "carelog log anc 800/uL"), (.anc, "101", "carelog log anc 101/uL"),
    (.platelets, "45000", "carelog log platelets 45000/uL"), (.wbc, "3100", "carelog log wbc 3100/uL"),
    (.hemoglobin, "102", "carelog log hemoglobin 102g/L"), (.height, "1.32", "carelog log height 1.32m"),
  ])
  func aBareNumberThatFitsOnlyAnotherUnitIsRefusedWithTheCommandThatGivesIt(kind: Entry.Kind, text: String, command: String) throws {
    let error = expectCarelogError(.badData, text) { try value(kind, text) }
    #expect(error?.message.contains("type: \(command)") == true, "\(error?.message ?? "")")
    // And that command's reading is accepted
    #expect((try? value(kind, String(command.split(separator: " ").last!))) != nil)
  }

  @Test(arguments: [
    (Entry.Kind.anc, "100.001", "0–100 ×10⁹/L"), (.anc, "200000/uL", "0–100 ×10⁹/L"), (.wbc, "500.5", "0–500 ×10⁹/L"),
    (.platelets, "2001", "0–2000 ×10⁹/L"), (.hemoglobin, "0.9", "1–25 g/dL"), (.hemoglobin, "26g/dL", "1–25 g/dL"),
    (.hemoglobin, "300g/L", "1–25 g/dL"), (.height, "29cm", "30–250 cm"), (.height, "251cm", "30–250 cm"),
    (.height, "9ft", "30–250 cm"), (.height, "10000000", "30–250 cm"),
  ])
  func implausibleReadingsAreRefusedNamingTheRange(kind: Entry.Kind, text: String, range: String) {
    let error = expectCarelogError(.badData, text) { try value(kind, text) }
    #expect(error?.message.contains(range) == true, "\(error?.message ?? "")")
  }

  @Test(arguments: [
    (Entry.Kind.anc, "0.8 furlongs"), (.anc, "0.8kg"), (.anc, "0 8"), (.platelets, "45 mg"), (.hemoglobin, "10.2 mg/dL"),
    (.height, "4ft 12in"), (.height, "4ft 4cm"), (.height, "132 kg"), (.height, "4 stone"),
  ])
  func unknownUnitsAreUsageErrorsWithPastableExamples(kind: Entry.Kind, text: String) throws {
    let error = expectCarelogError(.usage, text) { try value(kind, text) }
    let scale = try #require(LabScale.of(kind))
    #expect(error?.message.contains(scale.example) == true)
    #expect(error?.message.contains(scale.otherExample) == true)
  }

  @Test(arguments: ["", "abc", "-0.5", "0.8.1", ".", "123456789", "x10^9/L"])
  func textWithoutANumberIsAUsageError(text: String) {
    expectCarelogError(.usage, text) { try value(.anc, text) }
  }

  // MARK: - Properties over generated readings

  @Test func cellsPerMicrolitreConvertExactlyAndNeverCrossTheFlagThreshold() throws {
    var random = SeededRandom(seed: 15)
    for _ in 0..<Self.count {
      let cells = Int.random(in: 0...99_999, using: &random)
      let anc = try value(.anc, "\(cells)/uL")
      #expect(anc == Double(cells) / 1000, "\(cells)/uL")
      // The flag's boundary holds in either unit: 499/µL is below 0.5, 500/µL is not.
      #expect((anc < 0.5) == (cells < 500))
      let platelets = try value(.platelets, "\(cells * 10)/uL")
      #expect((platelets < 25) == (cells * 10 < 25_000), "\(cells * 10)/uL")
    }
  }

  @Test func storedValuesReadBackToThemselvesAsStoredAndAsShown() throws {
    var random = SeededRandom(seed: 16)
    for kind in [Entry.Kind.anc, .wbc, .platelets, .hemoglobin, .height] {
      let scale = try #require(LabScale.of(kind))
      var unit = 1.0
      for _ in 0..<scale.places { unit *= 10 }
      let steps = Int(scale.plausible.upperBound * unit)
      let low = Int(scale.plausible.lowerBound * unit)
      for _ in 0..<Self.count / 5 {
        let stored = Double(Int.random(in: low...steps, using: &random)) / unit
        #expect(try scale.reading(scale.typable(stored)).value == stored, "\(kind) \(scale.typable(stored))")
        #expect(try scale.reading(scale.shown(stored)).value == stored, "\(kind) \(scale.shown(stored))")
        #expect(scale.plausible.contains(stored))
      }
    }
  }

  @Test func gramsPerLitreAndFeetAndInchesConvertAsByHand() throws {
    var random = SeededRandom(seed: 17)
    for _ in 0..<Self.count {
      let gramsPerLitre = Int.random(in: 10...250, using: &random)
      #expect(try value(.hemoglobin, "\(gramsPerLitre)g/L") == Double(gramsPerLitre) / 10)
      let feet = Int.random(in: 1...8, using: &random)
      let inches = Int.random(in: 0...11, using: &random)
      let centimetres = Double(feet * 12 + inches) * 2.54
      guard (30...250).contains(centimetres) else { continue }
      let height = try value(.height, "\(feet)ft \(inches)in")
      #expect(abs(height - centimetres) <= 0.05 + 1e-9, "\(feet)ft \(inches)in")
      #expect(try value(.height, "\(feet)'\(inches)\"") == height)
    }
  }

  @Test func randomTextIsReadInRangeOrRefusedCleanly() {
    var random = SeededRandom(seed: 18)
    let kinds: [Entry.Kind] = [.anc, .wbc, .platelets, .hemoglobin, .height]
    for _ in 0..<Self.count {
      let kind = kinds[Int.random(in: 0..<kinds.count, using: &random)]
      let text = random.text(from: "0123456789.,/ xXuULlgGdDmMcfFtin'\"^9³µ×", maxLength: 12)
      do {
        let reading = try LabScale.of(kind)!.reading(text)
        #expect(LabScale.of(kind)!.plausible.contains(reading.value), "\(kind) \(text)")
      } catch let error as CarelogError {
        #expect(error.category == .usage || error.category == .badData)
        #expect(!error.message.isEmpty)
      } catch {
        Issue.record("unexpected error \(error) for \"\(text)\"")
      }
    }
  }

  // MARK: - The log words and the one check

  @Test(arguments: [
    ("anc", Entry.Kind.anc), ("neutrophils", .anc), ("ANC", .anc), ("wbc", .wbc), ("platelets", .platelets),
    ("plt", .platelets), ("hemoglobin", .hemoglobin), ("haemoglobin", .hemoglobin), ("hb", .hemoglobin),
    ("height", .height),
  ])
  func countWordsNameTheirKind(word: String, kind: Entry.Kind) throws {
    let content = try EntryContent(term: word, value: kind == .height ? "132" : "1", severity: nil, allowNew: false)
    #expect(content.kind == kind)
    #expect(content.unit == LabScale.of(kind)?.unit)
  }

  @Test func theOneCheckRefusesACountThatIsImplausibleUnitlessOrMisfiled() throws {
    func entry(value: Double?, unit: String?, term: String? = nil) -> Entry {
      var random = SplitMix64(seed: 1)
      return Entry(
        id: EntryID.random(using: &random), profileID: 1, kind: .platelets, term: term, value: value, unit: unit,
        occurredOn: LocalDate(iso: "2026-11-20")!, recordedAt: Timestamp(secondsSince1970: 0),
        reporter: Reporter(name: "Anna", role: .caregiver))
    }
    try EntryCheck.content(entry(value: 45, unit: "10^9/L"))
    expectCarelogError(.badData, "2500") { try EntryCheck.content(entry(value: 2500, unit: "10^9/L")) }
    expectCarelogError(.badData, "no value") { try EntryCheck.content(entry(value: nil, unit: "10^9/L")) }
    expectCarelogError(.badData, "per µL") { try EntryCheck.content(entry(value: 45000, unit: "/uL")) }
    expectCarelogError(.badData, "a term") { try EntryCheck.content(entry(value: 45, unit: "10^9/L", term: "bleeding")) }
  }
}
