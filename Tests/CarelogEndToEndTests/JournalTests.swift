import Foundation
import Testing

/// Daily use, end to end: profiles, logging by patient and caregiver, listing, editing, history, files.
@Suite struct JournalTests {
  @Test func patientAndCaregiverEntriesForTwoProfilesListByReporter() throws {
    // Given a household journal with a child (logged by a parent) and an adult patient
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02", "--reporter", "Anna"])
    try runner.ok(["profile", "add", "Anna", "--born", "1988-05-10"])
    try runner.ok(["profile", "default", "Leo"])
    // When
    let line = try runner.ok(["log", "nosebleed", "--on", "yesterday", "--by", "Anna", "--caregiver"])
    try runner.ok(["log", "tired", "--severity", "mild", "--by", "Leo", "--self"])
    try runner.ok(["log", "temperature", "101.5F", "--at", "21:30"])
    try runner.ok(["log", "fatigue", "--severity", "moderate", "--profile", "Anna"])
    // Then the confirmation says what, when, for whom and by whom
    #expect(line.contains("bleeding on Wed 2026-11-25 for Leo, by Anna (caregiver). id "))
    let leo = try Self.entries(runner.ok(["list", "--json"]))
    #expect(leo.count == 3)
    #expect(Set(leo.map { $0["profile"] as? String }) == ["Leo"])
    let byLeo = try Self.entries(runner.ok(["list", "--by", "Leo", "--json"]))
    #expect(byLeo.map { $0["term"] as? String } == ["fatigue"])
    #expect(byLeo.first?["reporter_role"] as? String == "self")
    let byAnnaForLeo = try Self.entries(runner.ok(["list", "--by", "anna", "--json"]))
    #expect(byAnnaForLeo.count == 2)
    #expect(byAnnaForLeo.allSatisfy { $0["reporter_role"] as? String == "caregiver" })
    let anna = try Self.entries(runner.ok(["list", "--json", "--profile", "Anna"]))
    #expect(anna.count == 1)
    #expect(anna.first?["reporter"] as? String == "Anna")
    #expect(anna.first?["reporter_role"] as? String == "self")
  }

  @Test func listJSONHasTheDocumentedKeysAndStoredUnits() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    try runner.ok(["log", "temperature", "101.5F", "--at", "9pm", "--note", "after bath"])
    try runner.ok(["log", "weight", "135lb"])
    let entries = try Self.entries(runner.ok(["list", "--json"]))
    let keys = [
      "id", "profile", "kind", "term", "label", "severity", "severity_label", "value", "unit", "occurred_on",
      "occurred_at", "recorded_at", "reporter", "reporter_role", "note",
    ]
    #expect(Set(entries[0].keys) == Set(keys))
    let temperature = try #require(entries.first { $0["kind"] as? String == "temperature" })
    #expect(temperature["value"] as? Double == 38.6)
    #expect(temperature["unit"] as? String == "C")
    #expect(temperature["occurred_at"] as? String == "21:00")
    #expect(temperature["occurred_on"] as? String == CarelogRunner.today)
    #expect(temperature["note"] as? String == "after bath")
    let weight = try #require(entries.first { $0["kind"] as? String == "weight" })
    #expect(weight["value"] as? Double == 61.23)
    #expect(weight["unit"] as? String == "kg")
    // The raw output keeps the documented key order.
    let raw = try runner.ok(["list", "--json"])
    let order = keys.compactMap { raw.range(of: "\"\($0)\":")?.lowerBound }
    #expect(order == order.sorted())
  }

  @Test func editAndDeleteKeepHistoryAndAcceptAnIdPrefix() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    try runner.ok(["log", "fatigue", "--severity", "mild"])
    let id = try #require(Self.entries(runner.ok(["list", "--json"])).first?["id"] as? String)
    let prefix = String(id.prefix(6))
    try runner.ok(["edit", prefix, "--severity", "severe", "--on", "yesterday"])
    let edited = try Self.entries(runner.ok(["list", "--json"]))
    #expect(edited.first?["severity_label"] as? String == "severe")
    #expect(edited.first?["occurred_on"] as? String == "2026-11-25")
    try runner.ok(["delete", prefix])
    #expect(try Self.entries(runner.ok(["list", "--json"])).isEmpty)
    let history = try runner.ok(["history", prefix])
    #expect(history.contains("version 1 (edited"))
    #expect(history.contains("fatigue (mild)"))
    #expect(history.contains("version 2 (deleted"))
    #expect(history.contains("fatigue (severe)"))
  }

  @Test func journalWALAndSharedMemoryFilesArePrivateWhateverTheUmask() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let old = umask(0)
    defer { umask(old) }
    let nested = runner.folder.appendingPathComponent("new/data/journal.sqlite").path
    #expect(try runner.run(["profile", "add", "Leo", "--journal", nested], journalFlag: false).status == 0)
    #expect(try runner.run(["log", "fatigue", "--journal", nested], journalFlag: false).status == 0)
    for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: nested + suffix) {
      #expect(try Self.mode(nested + suffix) == 0o600, "mode of journal\(suffix)")
    }
    #expect(try Self.mode(nested) == 0o600)
    #expect(try Self.mode(runner.folder.appendingPathComponent("new").path) == 0o700)
    #expect(try Self.mode(runner.folder.appendingPathComponent("new/data").path) == 0o700)
  }

  @Test func journalLocationFollowsEnvironmentThenXDGThenHome() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let viaEnvironment = runner.folder.appendingPathComponent("env.sqlite").path
    #expect(try runner.run(["profile", "add", "A"], journalFlag: false, environment: ["CARELOG_JOURNAL": viaEnvironment]).status == 0)
    #expect(FileManager.default.fileExists(atPath: viaEnvironment))
    #expect(try runner.run(["profile", "add", "B"], journalFlag: false).status == 0)
    #expect(FileManager.default.fileExists(atPath: runner.folder.appendingPathComponent("xdg/carelog/journal.sqlite").path))
    #expect(try runner.run(["profile", "add", "C"], journalFlag: false, environment: ["XDG_DATA_HOME": ""]).status == 0)
    #expect(FileManager.default.fileExists(atPath: runner.folder.appendingPathComponent(".local/share/carelog/journal.sqlite").path))
  }

  @Test func profileFromEnvironmentAndDefault() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    try runner.ok(["profile", "add", "Mia"])
    let viaEnvironment = try runner.run(["log", "fatigue"], environment: ["CARELOG_PROFILE": "Mia"])
    #expect(viaEnvironment.stdout.contains("for Mia"))
    try runner.ok(["profile", "default", "Leo"])
    #expect(try runner.ok(["log", "fatigue"]).contains("for Leo"))
    #expect(try runner.ok(["profile", "list"]).contains("Leo  (default)"))
  }

  @Test func customSymptomNeedsNewAndKeepsItsOwnTerm() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    #expect(try runner.run(["log", "eye twitch"]).status == 64)
    try runner.ok(["log", "Eye twitch", "--new", "--severity", "mild"])
    let entries = try Self.entries(runner.ok(["list", "--json", "--symptom", "eye-twitch", "--journal", runner.journal]))
    #expect(entries.first?["term"] as? String == "eye-twitch")
  }

  @Test func treatmentsBaselineAndVisitsAreRecordedAndShown() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo", "--diagnosed", "2024-11-12", "--subtype", "b-cell"])
    try runner.ok(["treatment", "add", "dexamethasone", "--from", "2024-11-12", "--to", "2024-12-10"])
    try runner.ok(["treatment", "add", "6-mp", "--from", "2025-06-01", "--note", "daily"])
    try runner.ok(["baseline", "tired", "bruises", "pale skin"])
    try runner.ok(["visit", "add", "2026-11-19", "--with", "Dr. Okafor"])
    try runner.ok(["visit", "add", "in 7 days"])
    let treatments = try runner.ok(["treatment", "list"])
    #expect(treatments.contains("2024-11-12 – 2024-12-10"))
    #expect(treatments.contains("2025-06-01 – ongoing"))
    let profile = try runner.ok(["profile", "show"])
    #expect(profile.contains("before diagnosis: easy bruising, fatigue, pale skin"))
    #expect(profile.contains("B-cell ALL"))
    let visits = try runner.ok(["visit", "list"])
    #expect(visits.contains("Thu 2026-11-19  Dr. Okafor"))
    #expect(visits.contains("2026-12-03") && visits.contains("(planned)"))
  }

  @Test func demoBuildsTheFixtureJournalOnce() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let output = try runner.ok(["demo"])
    #expect(output.contains("Leo, 9"))
    let entries = try Self.entries(runner.ok(["list", "--json"]))
    let fixtureRows = try String(contentsOfFile: Self.fixtures + "/entries.tsv", encoding: .utf8)
      .split(separator: "\n").count - 1
    #expect(entries.count == fixtureRows)
    #expect(Set(entries.compactMap { $0["reporter"] as? String }) == ["Anna", "Leo", "Marco"])
    #expect(entries.last?["occurred_on"] as? String == CarelogRunner.today)
  }

  @Test func everyCommandHasHelpWithExamples() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    for command in ["log", "note", "list", "edit", "delete", "history", "profile", "treatment", "baseline", "visit", "symptoms", "demo", "checkin", "medicine", "took", "missed", "doses"] {
      let help = try runner.run([command, "--help"], journalFlag: false)
      #expect(help.status == 0)
      #expect(help.stdout.contains("carelog \(command)"), "help of \(command)")
    }
    #expect(try runner.run(["--version"], journalFlag: false).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
  }

  static var fixtures: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/demo").path
  }

  static func entries(_ json: String) throws -> [[String: Any]] {
    let value = try JSONSerialization.jsonObject(with: Data(json.utf8))
    return try #require(value as? [[String: Any]])
  }

  static func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
  }
}
