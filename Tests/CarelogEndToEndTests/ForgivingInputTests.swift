import Foundation
import Testing

/// Issue 16, item 2 through the built binary: what a parent types first is read as meant, or refused with a
/// command that works when pasted; nothing is ever guessed.
@Suite struct ForgivingInputTests {
  func journal() throws -> CarelogRunner {
    let runner = try CarelogRunner()
    try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02", "--reporter", "Anna"])
    return runner
  }

  /// The only entry's stored fields, from `list --json`.
  func onlyEntry(_ runner: CarelogRunner) throws -> [String: Any] {
    let entries = try JournalTests.entries(runner.ok(["list", "--json"]))
    #expect(entries.count == 1, "\(entries)")
    return try #require(entries.first)
  }

  @Test(arguments: [
    (["fever", "101"], "temperature", 38.3, "38.3 °C (101 °F)"), (["fever", "101F"], "temperature", 38.3, "(101 °F)"),
    (["38.5"], "temperature", 38.5, "38.5 °C"), (["101"], "temperature", 38.3, "(101 °F)"),
    (["temperature", "38,5"], "temperature", 38.5, "38.5 °C"), (["temp", "101,5 F"], "temperature", 38.6, "(101.5 °F)"),
    (["weight", "61.2", "kg"], "weight", 61.2, "61.2 kg"), (["weight", "61,2kg"], "weight", 61.2, "61.2 kg"),
    (["weight", "135", "lb"], "weight", 61.23, "(135 lb)"),
  ])
  func readingsAreReadAsMeantWithTheConversionEchoed(_ words: [String], _ kind: String, _ value: Double, _ echo: String) throws {
    // Given a journal
    let runner = try journal()
    defer { runner.cleanUp() }
    // When the reading is typed as a parent would
    let output = try runner.ok(["log"] + words)
    // Then it is stored in its unit and the conversion is said back
    #expect(output.contains(echo), "\(output)")
    let entry = try onlyEntry(runner)
    #expect(entry["kind"] as? String == kind)
    #expect(entry["value"] as? Double == value)
  }

  @Test(arguments: [
    (["vomiting", "twice"], "vomiting", "twice"), (["sore throat", "really", "bad"], "sore-throat", "really bad"),
    (["fatigue", "moderate", "--on", "yesterday"], "fatigue", "moderate"), (["fever", "high"], "fever", "high"),
  ])
  func wordsAfterASymptomAreRefusedWithACommandThatWorksWhenPasted(_ words: [String], _ term: String, _ note: String) throws {
    // Given a journal
    let runner = try journal()
    defer { runner.cleanUp() }
    let before = try runner.snapshot()
    // When words that are not a value follow a symptom
    let refused = try runner.run(["log"] + words)
    // Then nothing is saved and the message gives the command that keeps the words
    #expect(refused.status == 64)
    #expect(try runner.snapshot() == before)
    let advice = try #require(refused.stderr.components(separatedBy: "type: ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
    #expect(advice.contains("--note \"\(note)\""), "\(refused.stderr)")
    // And pasting it records the symptom with the words as its note
    try paste(advice, runner)
    let entry = try onlyEntry(runner)
    #expect(entry["term"] as? String == term)
    #expect(entry["note"] as? String == note)
  }

  @Test func aTemperatureNoUnitWouldSaveIsNeverAdvisedAUnit() throws {
    let runner = try journal()
    defer { runner.cleanUp() }
    let refused = try runner.run(["log", "temperature", "25"])
    #expect(refused.status == 65)
    #expect(!refused.stderr.contains("25C") && !refused.stderr.contains("25F"), "\(refused.stderr)")
    // An unusual reading that a unit would save is advised the unit, and the advice is accepted.
    let unusual = try runner.run(["log", "temperature", "32"])
    #expect(unusual.stderr.contains("32C"), "\(unusual.stderr)")
    try runner.ok(["log", "temperature", "32C"])
  }

  @Test func aSymptomRecordedWithNewIsRememberedByTheJournal() throws {
    // Given a symptom recorded once with --new
    let runner = try journal()
    defer { runner.cleanUp() }
    try runner.ok(["log", "eye pain", "--new"])
    // When it is logged again by name, without --new
    try runner.ok(["log", "Eye Pain", "--severity", "mild"])
    // Then it is accepted, and `symptoms` lists it as the journal's own
    #expect(try JournalTests.entries(runner.ok(["list", "--json"])).filter { $0["term"] as? String == "eye-pain" }.count == 2)
    #expect(try runner.ok(["symptoms"]).contains("eye-pain"))
    #expect(try runner.ok(["symptoms", "eye"]).contains("journal's own"))
    // And another journal does not know it
    let other = runner.folder.appendingPathComponent("other.sqlite").path
    #expect(try runner.run(["profile", "add", "Mia", "--journal", other], journalFlag: false).status == 0)
    let refused = try runner.run(["log", "eye pain", "--journal", other], journalFlag: false)
    #expect(refused.status == 64 && refused.stderr.contains("--new"), "\(refused.stderr)")
  }

  @Test func aRefusedCommandOnANewJournalPathLeavesNoFileAndAdvisesThatPath() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let path = runner.folder.appendingPathComponent("new journal.sqlite").path
    let refused = try runner.run(["log", "fatigue", "--journal", path], journalFlag: false)
    #expect(refused.status == 66)
    #expect(!FileManager.default.fileExists(atPath: path))
    let advice = try #require(refused.stderr.components(separatedBy: "for example: ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
    try paste(advice, runner)
    #expect(FileManager.default.fileExists(atPath: path))
  }

  /// Runs `advice` through the shell, as pasted, with `carelog` meaning the built binary.
  func paste(_ advice: String, _ runner: CarelogRunner) throws {
    #expect(advice.hasPrefix("carelog "))
    let command = "\"$CARELOG_BIN_UNDER_TEST\"" + advice.dropFirst("carelog".count)
    let result = try runner.run(
      ["-c", command], journalFlag: false, environment: ["CARELOG_BIN_UNDER_TEST": CarelogRunner.binary],
      executable: "/bin/sh")
    #expect(result.status == 0, "\(advice): \(result.stderr)")
  }
}
