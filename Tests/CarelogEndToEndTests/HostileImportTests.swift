import Foundation
import Testing

/// Issue 13, end to end: imports that would store what carelog cannot read back, repeated keys, values the
/// command line refuses, conflicting ids. Each is refused with a plain message, exit 65, and the journal
/// folder byte-identical; or, for pipes and extended histories, imported as it should be.
@Suite struct HostileImportTests {
  typealias D = ImportDocument

  struct Case: Sendable, CustomStringConvertible {
    let name: String
    let document: String
    let message: String
    var description: String { name }
  }

  static let long = String(repeating: "a", count: 200_000)

  static let cases: [Case] = [
    Case(name: "symptom value 1e300", document: D.document([D.entry(["value": "1e300"])]), message: "does not take a value"),
    Case(
      name: "temperature 1e300",
      document: D.document([D.entry(["kind": "\"temperature\"", "term": "null", "severity": "null", "value": "1e300", "unit": "\"C\""])]),
      message: "outside 30–45"),
    Case(name: "leap second recorded_at", document: D.document([D.entry(["recorded_at": "\"9999-12-31T23:59:60Z\""])]), message: "recorded_at"),
    Case(name: "leap second deleted_at", document: D.document([D.entry(["revision": "2", "deleted_at": "\"9999-12-31T23:59:60Z\"", "revisions": "[\(D.revision(1, ["change": "\"deleted\""]))]"])]), message: "deleted_at"),
    Case(name: "leap second superseded_at", document: D.document([D.entry(["revision": "2", "revisions": "[\(D.revision(1, supersededAt: "9999-12-31T23:59:60Z"))]"])]), message: "superseded_at"),
    Case(name: "year 2300", document: D.document([D.entry(["recorded_at": "\"2300-01-01T00:00:00Z\""])]), message: "outside the dates carelog keeps"),
    Case(name: "year 1850", document: D.document([D.entry(["occurred_on": "\"1850-01-01\""])]), message: "outside the dates carelog keeps"),
    Case(name: "future day", document: D.document([D.entry(["occurred_on": "\"2026-12-25\""])]), message: "in the future"),
    Case(name: "before birth", document: D.document([D.entry(["occurred_on": "\"2010-01-01\""])]), message: "before Leo was born"),
    Case(name: "escape codes in a term", document: D.document([D.entry(["term": "\"\\u001b[31mfatigue\""])]), message: "not a symptom term"),
    Case(name: "NUL in a note", document: D.document([D.entry(["note": "\"before\\u0000after\""])]), message: "control characters"),
    Case(name: "200 kB term", document: D.document([D.entry(["term": "\"\(long)\""])]), message: "not a symptom term"),
    Case(name: "escape codes in a reporter", document: D.document([D.entry(["reporter": "\"Leo\\u001b[2J\""])]), message: "control characters"),
    Case(
      name: "temperature in kg",
      document: D.document([D.entry(["kind": "\"temperature\"", "term": "null", "severity": "null", "value": "38.2", "unit": "\"kg\""])]),
      message: "stored in C"),
    Case(name: "severity on a note", document: D.document([D.entry(["kind": "\"note\"", "term": "null", "note": "\"hello\""])]), message: "Severity is for symptoms"),
    Case(name: "duplicate revision numbers", document: D.document([D.entry(["revision": "3", "revisions": "[\(D.revision(1)), \(D.revision(1))]"])]), message: "numbered 1"),
    Case(name: "escape codes in a baseline term", document: D.document([], profileFields: "\"baseline\": [\"\\u001b[2Jbone-pain\"],"), message: "baseline[0]"),
    Case(
      name: "escape codes in a flag id",
      document: D.document([], profileFields: "\"acknowledged_flags\": [{\"flag_id\": \"x\\u001b[31m:2026-11-01\", \"level\": \"soon\", \"acknowledged_at\": \"2026-11-02T10:00:00Z\", \"note\": null}],"),
      message: "not a flag id"),
    Case(
      name: "200 kB flag id",
      document: D.document([], profileFields: "\"acknowledged_flags\": [{\"flag_id\": \"\(long)\", \"level\": \"soon\", \"acknowledged_at\": \"2026-11-02T10:00:00Z\", \"note\": null}],"),
      message: "not a flag id"),
    Case(name: "same id twice in the file", document: D.document([D.entry(), D.entry(["term": "\"nausea\""])]), message: "earlier entry in this file"),
    Case(
      name: "repeated profiles key",
      document: """
        {"format": "carelog-export", "version": 1, "profiles": [{"name": "Alice", "entries": [\(D.entry(["reporter": "\"Alice\""]))]}],
        "profiles": [{"name": "Bob", "entries": [\(D.entry(["id": "\"7a1c2e9a-1b2c-4d3e-8f40-1234567890ab\"", "reporter": "\"Bob\""]))]}]}
        """,
      message: "\"profiles\" twice at $.profiles "),
    Case(name: "repeated key in an entry", document: D.document([D.entry(["term": "\"fatigue\", \"term\": \"nausea\""])]), message: "$.profiles[0].entries[0].term"),
  ]

  @Test(arguments: cases)
  func refusedWithAClearMessageAndNothingWritten(_ badCase: Case) throws {
    // Given a journal with Leo and one entry, and the file beside it
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02"])
    try runner.ok(["log", "fatigue"])
    let file = runner.folder.appendingPathComponent("in.json").path
    try badCase.document.write(toFile: file, atomically: true, encoding: .utf8)
    let before = try runner.snapshot()
    // When
    let result = try runner.run(["import", file])
    // Then
    #expect(result.status == 65, "\(badCase.name): \(result.stderr)")
    #expect(result.stderr.contains(badCase.message), "\(badCase.name): \(result.stderr)")
    #expect(result.stderr.contains("Nothing was imported"), "\(badCase.name): \(result.stderr)")
    #expect(!result.stderr.contains("\u{1B}"), "\(badCase.name): raw escape codes reached the terminal")
    #expect(result.stderr.count < 2_000, "\(badCase.name): the message repeats the long input")
    #expect(try runner.snapshot() == before, "\(badCase.name): the journal folder changed")
  }

  @Test func theValidDocumentImports() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let file = runner.folder.appendingPathComponent("in.json").path
    try D.document([D.entry()]).write(toFile: file, atomically: true, encoding: .utf8)
    #expect(try runner.ok(["import", file]).contains("Imported 1 entry"))
  }

  // MARK: - Reading once, from pipes

  @Test func importReadsAPipeAndStandardInput() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let document = D.document([D.entry()])
    for argument in ["/dev/stdin", "-"] {
      let result = try runner.run(["import", argument], stdin: document)
      #expect(result.status == 0, "import \(argument): \(result.stderr)")
      #expect(result.stdout.contains(argument == "-" ? "1 already in the journal" : "Imported 1 entry"), "\(result.stdout)")
    }
    #expect(try JournalTests.entries(runner.ok(["list", "--json"])).count == 1)
  }

  // MARK: - Conflicts

  @Test func aDifferentEntryWithAnExistingIdIsRefusedNamingIt() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let first = runner.folder.appendingPathComponent("first.json").path
    let second = runner.folder.appendingPathComponent("second.json").path
    try D.document([D.entry(["note": "\"slept badly\""])]).write(toFile: first, atomically: true, encoding: .utf8)
    try D.document([D.entry(["note": "\"slept well\""])]).write(toFile: second, atomically: true, encoding: .utf8)
    try runner.ok(["import", first])
    let before = try runner.snapshot()
    let result = try runner.run(["import", second])
    #expect(result.status == 65)
    #expect(result.stderr.contains("id 6f1c2e9a") && result.stderr.contains("different history"), "\(result.stderr)")
    #expect(try runner.snapshot() == before)
  }

  @Test func aLaterHistoryAddsTheMissingVersionsAndAnEarlierOneAddsNothing() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let old = runner.folder.appendingPathComponent("old.json").path
    let new = runner.folder.appendingPathComponent("new.json").path
    try D.document([D.entry()]).write(toFile: old, atomically: true, encoding: .utf8)
    let edited = D.entry(["severity": "4", "revision": "2", "revisions": "[\(D.revision(1, ["severity": "2"]))]"])
    try D.document([edited]).write(toFile: new, atomically: true, encoding: .utf8)
    try runner.ok(["import", old])
    #expect(try runner.ok(["import", new]).contains("1 given their later versions"))
    let before = try runner.snapshot()
    #expect(try runner.ok(["import", old]).contains("1 already in the journal"))
    #expect(try runner.ok(["import", new]).contains("1 already in the journal"))
    #expect(try runner.snapshot() == before)
    let history = try runner.ok(["history", "6f1c2e9a"])
    #expect(history.contains("version 1 (edited") && history.contains("version 2 (current)"), "\(history)")
  }

  // MARK: - Names

  @Test func namesThatLookTheSameAreOnePerson() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Zoe\u{308}"])
    let again = try runner.run(["profile", "add", "Zo\u{EB}"])
    #expect(again.status == 65 && again.stderr.contains("already a profile"), "\(again.stderr)")
    try runner.ok(["profile", "add", " Leo "])
    #expect(try runner.run(["profile", "add", "Leo"]).status == 65)
    try runner.ok(["log", "fatigue", "--profile", "ZO\u{CB}"])
    try runner.ok(["log", "nausea", "--profile", "leo  "])
    let file = runner.folder.appendingPathComponent("in.json").path
    try D.document([D.entry(["reporter": "\"Zoe\u{308}\""])], name: " Zoe\u{308} ").write(toFile: file, atomically: true, encoding: .utf8)
    #expect(try runner.ok(["import", file]).contains("0 new profiles"))
    let names = try runner.ok(["profile", "list"]).split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) }
    #expect(names == ["Leo", "Zo\u{EB}"])
  }

  // MARK: - --profile with an id

  @Test(arguments: [["delete"], ["delete", "--purge", "--yes"], ["edit", "--severity", "severe"], ["history"]])
  func anIdOfAnotherProfileIsRefused(_ command: [String]) throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    try runner.ok(["profile", "add", "Noah"])
    try runner.ok(["log", "fatigue", "--profile", "Noah"])
    let id = try #require(JournalTests.entries(runner.ok(["list", "--json", "--profile", "Noah"])).first?["id"] as? String)
    // The last command before the snapshot is of the same kind (a reading one leaves an empty -wal, a writing one
    // removes it), so the snapshot compares the data only.
    try runner.ok(["log", "nausea", "--profile", "Leo"])
    if command == ["history"] { try runner.ok(["list", "--profile", "Leo"]) }
    let before = try runner.snapshot()
    let result = try runner.run([command[0], String(id.prefix(8))] + command.dropFirst() + ["--profile", "Leo"])
    #expect(result.status == 65, "\(command): \(result.stderr)")
    #expect(result.stderr.contains("Noah's, not Leo's"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(try runner.snapshot() == before)
    #expect(try runner.run([command[0], String(id.prefix(8))] + command.dropFirst() + ["--profile", "Noah"]).status == 0)
  }
}
