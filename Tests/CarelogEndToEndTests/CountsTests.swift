import Foundation
import Testing

/// Blood counts and heights, end to end: one stored unit per kind whatever unit is typed, every bad reading refused
/// with the journal left byte for byte as it was, and counts carried whole through export and import.
@Suite struct CountsTests {
  static let bad: [BadInputTests.Case] = [
    .init(name: "ANC typed per µL without its unit", setup: .standard, arguments: ["log", "anc", "800"], status: 65, message: "type: carelog log anc 800/uL"),
    .init(name: "platelets typed per µL without its unit", setup: .standard, arguments: ["log", "platelets", "45000"], status: 65, message: "carelog log platelets 45000/uL"),
    .init(name: "hemoglobin typed in g/L without its unit", setup: .standard, arguments: ["log", "hemoglobin", "102"], status: 65, message: "carelog log hemoglobin 102g/L"),
    .init(name: "implausible ANC", setup: .standard, arguments: ["log", "anc", "150x10^9/L"], status: 65, message: "0–100 ×10⁹/L"),
    .init(name: "implausible platelets", setup: .standard, arguments: ["log", "platelets", "2500"], status: 65, message: "0–2000 ×10⁹/L"),
    .init(name: "implausible WBC", setup: .standard, arguments: ["log", "wbc", "600"], status: 65, message: "0–500 ×10⁹/L"),
    .init(name: "implausible hemoglobin", setup: .standard, arguments: ["log", "hemoglobin", "30g/dL"], status: 65, message: "1–25 g/dL"),
    .init(name: "implausible height", setup: .standard, arguments: ["log", "height", "300cm"], status: 65, message: "30–250 cm"),
    .init(name: "height in metres without its unit", setup: .standard, arguments: ["log", "height", "1.32"], status: 65, message: "carelog log height 1.32m"),
    .init(name: "unknown count unit", setup: .standard, arguments: ["log", "anc", "0.8", "furlongs"], status: 64, message: "carelog log anc 800/uL"),
    .init(name: "unknown hemoglobin unit", setup: .standard, arguments: ["log", "hemoglobin", "10.2mg"], status: 64, message: "not a unit"),
    .init(name: "twelve inches or more", setup: .standard, arguments: ["log", "height", "4ft", "13in"], status: 64, message: "not a unit"),
    .init(name: "digits split by a space", setup: .standard, arguments: ["log", "platelets", "4", "5"], status: 64, message: "not a unit"),
    .init(name: "count not a number", setup: .standard, arguments: ["log", "platelets", "low"], status: 64, message: "Type a number"),
    .init(name: "count missing", setup: .standard, arguments: ["log", "anc"], status: 64, message: "carelog log anc 0.8"),
    .init(name: "blood taken in the future", setup: .standard, arguments: ["log", "wbc", "3.1", "--on", "tomorrow"], status: 65, message: "in the future"),
    .init(name: "blood taken before birth", setup: .standard, arguments: ["log", "anc", "0.8", "--on", "2015-01-01"], status: 65, message: "before Leo was born"),
    .init(name: "severity on a count", setup: .standard, arguments: ["log", "platelets", "45", "--severity", "mild"], status: 64, message: "for symptoms"),
    .init(name: "count on a new journal path", setup: .noJournal, arguments: ["log", "anc", "0.8"], status: 66, message: "profile add"),
  ]

  @Test(arguments: bad)
  func badReadingsAreRefusedAndNothingIsWritten(_ badCase: BadInputTests.Case) throws {
    try BadInputTests().refusesAndWritesNothing(badCase)
  }

  @Test func theSuggestedCommandWorksWhenPasted() throws {
    // Given a bare ANC that only fits cells per microlitre
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try BadInputTests.prepare(.standard, runner)
    let refused = try runner.run(["log", "anc", "800"])
    #expect(refused.status == 65)
    // When the command the message gives is run as printed
    let command = try #require(refused.stderr.components(separatedBy: "type: ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
    let words = command.split(separator: " ").map(String.init)
    #expect(Array(words.prefix(2)) == ["carelog", "log"])
    try runner.ok(Array(words.dropFirst()))
    // Then 0.8 ×10⁹/L is saved
    let entries = try JournalTests.entries(runner.ok(["list", "--json"]))
    #expect(entries.contains { $0["kind"] as? String == "anc" && $0["value"] as? Double == 0.8 })
  }

  @Test func everyUnitIsStoredInTheOneUnitOfItsKind() throws {
    // Given readings typed as clinics and parents write them
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try BadInputTests.prepare(.standard, runner)
    let typed: [([String], String, Double, String)] = [
      (["anc", "0.8"], "anc", 0.8, "10^9/L"), (["anc", "800/uL"], "anc", 0.8, "10^9/L"),
      (["neutrophils", "499/µL"], "anc", 0.499, "10^9/L"), (["wbc", "3.1", "x10^9/L"], "wbc", 3.1, "10^9/L"),
      (["platelets", "45"], "platelets", 45, "10^9/L"), (["platelets", "45", "K/uL"], "platelets", 45, "10^9/L"),
      (["hemoglobin", "10.2"], "hemoglobin", 10.2, "g/dL"), (["hb", "102g/L"], "hemoglobin", 10.2, "g/dL"),
      (["height", "132cm"], "height", 132, "cm"), (["height", "4ft", "4in"], "height", 132.1, "cm"),
      (["height", "1.32m"], "height", 132, "cm"),
    ]
    // When each is logged (the blood taken yesterday)
    for (words, _, _, _) in typed { try runner.ok(["log"] + words + ["--on", "yesterday"]) }
    // Then each is stored in its kind's unit, on the day the blood was taken
    let entries = try JournalTests.entries(runner.ok(["list", "--json"])).filter { $0["kind"] as? String != "symptom" }
    let stored = entries.map { "\($0["kind"] as? String ?? "") \($0["value"] as? Double ?? -1) \($0["unit"] as? String ?? "")" }
    #expect(stored.sorted() == typed.map { "\($0.1) \($0.2) \($0.3)" }.sorted())
    #expect(entries.allSatisfy { $0["occurred_on"] as? String == "2026-11-25" })
    // And the confirmation echoes a converted reading as typed
    let echo = try runner.ok(["log", "hemoglobin", "120g/L"])
    #expect(echo.contains("Logged hemoglobin 12.0 g/dL (120g/L)"), "\(echo)")
  }

  @Test func countsSurviveExportAndImportAndReachTheCSV() throws {
    // Given counts typed in several units, one of them edited
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try BadInputTests.prepare(.standard, runner)
    try runner.ok(["log", "anc", "499/uL", "--on", "2026-11-20", "--note", "clinic letter"])
    try runner.ok(["log", "platelets", "24", "--on", "2026-11-20"])
    try runner.ok(["log", "hemoglobin", "6.2mmol/L", "--on", "2026-11-20"])
    try runner.ok(["log", "height", "4ft", "4in"])
    let wbc = try runner.ok(["log", "wbc", "3.1", "--on", "2026-11-20"])
    let id = try #require(wbc.components(separatedBy: "id ").last?.prefix(8))
    try runner.ok(["edit", String(id), "--value", "2.9"])
    // When it is exported, imported into an empty journal and exported again
    let first = runner.folder.appendingPathComponent("first.json").path
    let second = runner.folder.appendingPathComponent("second.json").path
    let empty = runner.folder.appendingPathComponent("empty.sqlite").path
    try runner.ok(["export", "--output", first])
    #expect(try runner.run(["import", first, "--journal", empty], journalFlag: false).status == 0)
    #expect(try runner.run(["export", "--output", second, "--journal", empty], journalFlag: false).status == 0)
    // Then the two exports are byte for byte the same, with the stored values and the edit's history
    let text = try String(contentsOfFile: first, encoding: .utf8)
    #expect(text == (try String(contentsOfFile: second, encoding: .utf8)))
    for fragment in ["\"value\": 0.499", "\"value\": 10", "\"unit\": \"10^9/L\"", "\"unit\": \"g/dL\"", "\"value\": 132.1", "\"value\": 3.1"] {
      #expect(text.contains(fragment), "\(fragment)")
    }
    // And the CSV has one row per count with its stored value and unit
    let csv = try runner.ok(["export", "--format", "csv"])
    #expect(csv.contains(",anc,,Neutrophils (ANC),,,0.499,10^9/L,2026-11-20,"))
    #expect(csv.contains(",platelets,,Platelets,,,24,10^9/L,2026-11-20,"))
    #expect(csv.contains(",wbc,,White cells (WBC),,,2.9,10^9/L,2026-11-20,"))
    #expect(csv.contains(",hemoglobin,,Hemoglobin,,,10,g/dL,2026-11-20,"))
    #expect(csv.contains(",height,,Height,,,132.1,cm,2026-11-26,"))
  }

  @Test(arguments: [
    ("\"value\": 0.499", "\"value\": 150", "0–100"),
    ("\"unit\": \"10^9/L\"", "\"unit\": \"cells/uL\"", "stored in 10^9/L"),
    ("\"kind\": \"anc\"", "\"kind\": \"neutrophil\"", "must be symptom, temperature, weight, infection, note, anc, wbc, platelets, hemoglobin or height"),
  ])
  func anImportWithABadCountImportsNothing(_ original: String, _ replacement: String, _ message: String) throws {
    // Given an export holding a count, with that count broken
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try BadInputTests.prepare(.standard, runner)
    try runner.ok(["log", "anc", "499/uL", "--on", "2026-11-20"])
    let text = try runner.ok(["export"])
    #expect(text.contains(original))
    let file = runner.folder.appendingPathComponent("bad.json").path
    try text.replacingOccurrences(of: original, with: replacement).write(toFile: file, atomically: true, encoding: .utf8)
    // When it is imported into a journal that has other entries
    let empty = runner.folder.appendingPathComponent("other.sqlite").path
    #expect(try runner.run(["profile", "add", "Zed", "--journal", empty], journalFlag: false).status == 0)
    #expect(try runner.run(["log", "fatigue", "--journal", empty], journalFlag: false).status == 0)
    let before = try runner.snapshot()
    let result = try runner.run(["import", file, "--journal", empty], journalFlag: false)
    // Then it is refused, naming the problem, and nothing is written
    #expect(result.status == 65, "\(result.stderr)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stderr.contains("Nothing was imported"), "\(result.stderr)")
    #expect(try runner.snapshot() == before)
  }
}
