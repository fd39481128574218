import Foundation
import Testing

/// Export and import, end to end: lossless round trip, idempotent import, merging, refusing bad files whole.
@Suite struct TransferTests {
  /// A demo journal plus an edit, a deletion and an acknowledged flag, so history and acks are exported too.
  func richJournal() throws -> CarelogRunner {
    let runner = try CarelogRunner()
    try runner.ok(["demo", "--as-of", "2026-11-26"])
    try runner.ok(["log", "fatigue", "--severity", "mild", "--note", "Unicode «ça va» 👍, \"quotes\", comma"])
    let id = try #require(JournalTests.entries(runner.ok(["list", "--json", "--symptom", "fatigue"])).last?["id"] as? String)
    try runner.ok(["edit", String(id.prefix(8)), "--severity", "severe"])
    try runner.ok(["log", "headache"])
    let headache = try #require(JournalTests.entries(runner.ok(["list", "--json", "--symptom", "headache"])).last?["id"] as? String)
    try runner.ok(["delete", String(headache.prefix(8))])
    try runner.ok(["flags", "ack", "bleeding-or-bruising"])
    return runner
  }

  @Test func exportImportExportIsByteIdentical() throws {
    let runner = try richJournal()
    defer { runner.cleanUp() }
    let first = runner.folder.appendingPathComponent("first.json").path
    let second = runner.folder.appendingPathComponent("second.json").path
    let empty = runner.folder.appendingPathComponent("empty.sqlite").path
    try runner.ok(["export", "--output", first])
    #expect(try runner.run(["import", first, "--journal", empty], journalFlag: false).status == 0)
    #expect(try runner.run(["export", "--output", second, "--journal", empty], journalFlag: false).status == 0)
    let a = try Data(contentsOf: URL(fileURLWithPath: first))
    #expect(a == (try Data(contentsOf: URL(fileURLWithPath: second))))
    let text = String(decoding: a, as: UTF8.self)
    #expect(text.contains("\"change\": \"edited\""))
    #expect(text.contains("\"deleted_at\": \"20"))
    #expect(text.contains("\"flag_id\": \"bleeding-or-bruising:"))
    #expect(text.contains("«ça va» 👍"))
  }

  @Test func importingTheSameFileTwiceAddsNothing() throws {
    let runner = try richJournal()
    defer { runner.cleanUp() }
    let file = runner.folder.appendingPathComponent("export.json").path
    try runner.ok(["export", "--output", file])
    let before = try runner.ok(["export"])
    let again = try runner.ok(["import", file])
    #expect(again.contains("Imported 0 entries"))
    #expect(try runner.ok(["export"]) == before)
  }

  @Test func secondHouseholdMembersExportMergesIn() throws {
    // Given two journals for the same child, each with entries the other lacks
    let anna = try CarelogRunner()
    let marco = try CarelogRunner()
    defer { anna.cleanUp(); marco.cleanUp() }
    for runner in [anna, marco] { try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02"]) }
    try anna.ok(["log", "fatigue", "--by", "Anna", "--caregiver"])
    try marco.ok(["log", "nausea", "--by", "Marco", "--caregiver"])
    try marco.ok(["profile", "add", "Mia"])
    try marco.ok(["log", "headache", "--profile", "Mia"])
    let file = marco.folder.appendingPathComponent("marco.json").path
    try marco.ok(["export", "--output", file])
    // When
    try anna.ok(["import", file])
    // Then the union is there, once
    let leo = try JournalTests.entries(anna.ok(["list", "--json", "--profile", "Leo"]))
    #expect(Set(leo.compactMap { $0["term"] as? String }) == ["fatigue", "nausea"])
    #expect(try JournalTests.entries(anna.ok(["list", "--json", "--profile", "Mia"])).count == 1)
  }

  @Test func oneBadRecordImportsNothingAndNamesTheRecordAndField() throws {
    let runner = try richJournal()
    defer { runner.cleanUp() }
    let file = runner.folder.appendingPathComponent("export.json").path
    try runner.ok(["export", "--output", file])
    var text = try String(contentsOfFile: file, encoding: .utf8)
    // Break the 101st entry's date.
    var count = 0
    var broken = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = String(line)
      if line.hasPrefix("          \"occurred_on\":") {
        count += 1
        if count == 101 { line = "          \"occurred_on\": \"2026-13-45\"," }
      }
      broken += line + "\n"
    }
    text = String(broken.dropLast())
    let bad = runner.folder.appendingPathComponent("bad.json").path
    try text.write(toFile: bad, atomically: true, encoding: .utf8)
    let empty = runner.folder.appendingPathComponent("empty.sqlite").path
    #expect(try runner.run(["profile", "add", "Zed", "--journal", empty], journalFlag: false).status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: empty))
    let result = try runner.run(["import", bad, "--journal", empty], journalFlag: false)
    #expect(result.status == 65)
    #expect(result.stderr.contains("profiles[0].entries[100]"), "\(result.stderr)")
    #expect(result.stderr.contains("occurred_on"))
    #expect(result.stderr.contains("Nothing was imported"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: empty)) == before)
    let list = try runner.run(["list", "--json", "--journal", empty], journalFlag: false)
    #expect(try JournalTests.entries(list.stdout).isEmpty)
  }

  @Test(arguments: [
    ("not json at all", "not valid JSON"),
    ("{\"format\": \"something-else\", \"version\": 1, \"profiles\": []}", "not a carelog export"),
    ("{\"format\": \"carelog-export\", \"version\": 99, \"profiles\": []}", "another version"),
    ("{\"format\": \"carelog-export\", \"version\": 1, \"profiles\": [{\"name\": \"\"}]}", "profiles[0], field \"name\""),
    ("{\"format\": \"carelog-export\", \"version\": 1, \"profiles\": [{\"name\": \"A\", \"entries\": [{\"id\": \"x\"}]}]}", "field \"id\""),
  ])
  func malformedFilesAreRefusedWithAClearMessage(_ content: String, _ message: String) throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    let file = runner.folder.appendingPathComponent("in.json").path
    try content.write(toFile: file, atomically: true, encoding: .utf8)
    let before = try runner.snapshot()
    let result = try runner.run(["import", file])
    #expect(result.status == 65)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    var after = try runner.snapshot()
    after["in.json"] = before["in.json"]
    #expect(after == before)
  }

  @Test func csvHasOneRowPerCurrentEntryAndIsPrivate() throws {
    let runner = try richJournal()
    defer { runner.cleanUp() }
    let old = umask(0)
    defer { umask(old) }
    let file = runner.folder.appendingPathComponent("entries.csv").path
    try runner.ok(["export", "--format", "csv", "--output", file])
    let csv = try String(contentsOfFile: file, encoding: .utf8)
    let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    let entries = try JournalTests.entries(runner.ok(["list", "--json"]))
    // One row per current entry, then the dose rows (kind `dose`) of the demo's medicines.
    let doseRows = rows.filter { $0.contains(",dose,") }
    #expect(rows.count - doseRows.count == entries.count + 1)
    #expect(doseRows.count == 38)
    #expect(rows[0].hasPrefix("id,profile,kind,term"))
    #expect(csv.contains("\"Unicode «ça va» 👍, \"\"quotes\"\", comma\""))
    #expect(try JournalTests.mode(file) == 0o600)
    #expect(try runner.run(["export", "--output", file]).status == 73)
  }
}
