import Foundation
import Testing

/// Medicines and doses in the export, the import and the CSV: lossless, idempotent, checked with the same checks
/// as `medicine add`, `took` and `missed`, and refused whole (nothing written) when a record is wrong or conflicts.
@Suite struct MedicineTransferTests {
  /// Leo with three medicines (daily, weekly, a pulse stopped in the period) and doses taken, missed and held,
  /// one with a time and another reporter, one with a reason in Unicode; and one entry.
  static func journal() throws -> CarelogRunner {
    let runner = try CarelogRunner()
    try runner.ok(["profile", "add", "Leo", "--born", "2018-03-01", "--reporter", "Anna", "--caregiver"])
    try runner.ok(["medicine", "add", "6-mp", "--dose", "50 mg", "--every", "day", "--at", "20:00", "--from", "2026-11-01"])
    try runner.ok(["medicine", "add", "methotrexate", "--dose", "20 mg", "--every", "week", "--on", "friday", "--from", "2026-11-06"])
    try runner.ok([
      "medicine", "add", "dexamethasone", "--dose", "6 mg twice a day", "--every", "28d", "--for", "5", "--from", "2026-10-01",
      "--to", "2026-11-20",
    ])
    try runner.ok(["took", "6mp", "--on", "2026-11-20", "--at", "19:30", "--by", "Leo", "--self"])
    try runner.ok(["missed", "6mp", "--on", "2026-11-21", "--reason", "vomited it, «ça» \"again\""])
    try runner.ok(["missed", "6mp", "--on", "2026-11-22", "--held", "--reason", "counts low"])
    try runner.ok(["took", "methotrexate", "--on", "2026-11-06"])
    try runner.ok(["missed", "dexamethasone", "--on", "2026-10-02"])
    try runner.ok(["log", "tired", "--on", "2026-11-21"])
    return runner
  }

  static func export(_ runner: CarelogRunner) throws -> (path: String, text: String) {
    let path = runner.folder.appendingPathComponent("export-\(UUID().uuidString).json").path
    try runner.ok(["export", "--output", path])
    return (path, try String(contentsOfFile: path, encoding: .utf8))
  }

  /// The ids of the doses in an export, in file order.
  static func doseIDs(_ text: String) throws -> [String] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let profiles = try #require(object["profiles"] as? [[String: Any]])
    let medicines = profiles.flatMap { $0["medicines"] as? [[String: Any]] ?? [] }
    return medicines.flatMap { ($0["doses"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
  }

  @Test func exportImportExportIsByteIdentical() throws {
    let runner = try Self.journal()
    defer { runner.cleanUp() }
    let (first, text) = try Self.export(runner)
    let second = runner.folder.appendingPathComponent("second.json").path
    let fresh = runner.folder.appendingPathComponent("fresh.sqlite").path
    let imported = try runner.run(["import", first, "--journal", fresh], journalFlag: false)
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(try runner.run(["export", "--output", second, "--journal", fresh], journalFlag: false).status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == (try Data(contentsOf: URL(fileURLWithPath: second))))
    // What was exported is all there: three medicines and five doses, each field.
    #expect(try Self.doseIDs(text).count == 5)
    for expected in [
      "\"name\": \"steroid\"", "\"every\": \"28d\"", "\"for_days\": 5", "\"to\": \"2026-11-20\"",
      "\"every\": \"week\"", "\"weekday\": \"friday\"", "\"at\": \"20:00\"", "\"at\": \"19:30\"", "\"reporter_role\": \"self\"",
      "\"status\": \"held\"", "\"reason\": \"vomited it, «ça» \\\"again\\\"\"",
    ] {
      #expect(text.contains(expected), "export lacks \(expected)")
    }
    // And it counts the same in the new journal.
    let doses = try runner.run(["doses", "--since", "2026-11-01", "--json", "--journal", fresh], journalFlag: false)
    #expect(doses.stdout == (try runner.ok(["doses", "--since", "2026-11-01", "--json"])))
  }

  @Test func importingTheSameFileTwiceAddsNothing() throws {
    let runner = try Self.journal()
    defer { runner.cleanUp() }
    let (path, before) = try Self.export(runner)
    let output = try runner.ok(["import", path])
    #expect(output.contains("0 other records"), "\(output)")
    #expect(try runner.ok(["export"]) == before)
    // Into a second journal twice: the second time adds nothing either.
    let other = try CarelogRunner()
    defer { other.cleanUp() }
    #expect(try other.ok(["import", path]).contains("8 other records"))
    let once = try other.ok(["export"])
    #expect(try other.ok(["import", path]).contains("0 other records"))
    #expect(try other.ok(["export"]) == once)
  }

  /// Replaces the first `old` after `anchor` in `text`.
  static func replacing(_ old: String, with new: String, after anchor: String, in text: String) throws -> String {
    let start = try #require(text.range(of: anchor))
    let range = try #require(text.range(of: old, range: start.upperBound..<text.endIndex))
    return text.replacingCharacters(in: range, with: new)
  }

  static let bad: [(String, @Sendable (String) throws -> String, [String])] = [
    ("a dose on a day its schedule does not make due", {
      try replacing("\"on\": \"2026-11-06\"", with: "\"on\": \"2026-11-07\"", after: "\"name\": \"methotrexate\"", in: $0)
    }, ["profiles[0].medicines[1].doses[0]", "No dose of Methotrexate was due on 2026-11-07"]),
    ("a future dose", {
      try replacing("\"on\": \"2026-11-22\"", with: "\"on\": \"2026-11-27\"", after: "\"name\": \"mercaptopurine\"", in: $0)
    }, ["profiles[0].medicines[0].doses[2]", "2026-11-27 is in the future"]),
    ("an unknown status", {
      try replacing("\"status\": \"held\"", with: "\"status\": \"skipped\"", after: "\"name\": \"mercaptopurine\"", in: $0)
    }, ["profiles[0].medicines[0].doses[2]", "field \"status\", must be taken, missed or held"]),
    ("an unknown medicine", {
      try replacing("\"name\": \"methotrexate\"", with: "\"name\": \"methotrexatte\"", after: "\"medicines\"", in: $0)
    }, ["profiles[0].medicines[1]", "is not a medicine carelog knows"]),
    ("a weekly medicine without its weekday", {
      try replacing("\"weekday\": \"friday\"", with: "\"weekday\": null", after: "\"medicines\"", in: $0)
    }, ["profiles[0].medicines[1], field \"weekday\""]),
    ("two doses on one due day", {
      try replacing("\"on\": \"2026-11-21\"", with: "\"on\": \"2026-11-20\"", after: "\"name\": \"mercaptopurine\"", in: $0)
    }, ["profiles[0].medicines[0].doses[1]", "already recorded as taken"]),
    ("a time that is not HH:MM", {
      try replacing("\"at\": \"19:30\"", with: "\"at\": \"7:30pm\"", after: "\"name\": \"mercaptopurine\"", in: $0)
    }, ["profiles[0].medicines[0].doses[0]", "field \"at\""]),
  ]

  @Test(arguments: 0..<bad.count)
  func aBadMedicineOrDoseImportsNothingAndNamesTheRecord(_ index: Int) throws {
    let (what, change, messages) = Self.bad[index]
    let runner = try Self.journal()
    defer { runner.cleanUp() }
    let (_, text) = try Self.export(runner)
    let file = runner.folder.appendingPathComponent("bad.json").path
    try change(text).write(toFile: file, atomically: true, encoding: .utf8)
    let target = runner.folder.appendingPathComponent("target.sqlite").path
    #expect(try runner.run(["profile", "add", "Zed", "--journal", target], journalFlag: false).status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: target))
    let result = try runner.run(["import", file, "--journal", target], journalFlag: false)
    #expect(result.status == 65, "\(what): \(result.stderr)")
    #expect(result.stderr.contains("Nothing was imported"), "\(what): \(result.stderr)")
    for message in messages { #expect(result.stderr.contains(message), "\(what): \(result.stderr)") }
    #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before, "\(what) changed the journal")
  }

  @Test func aDoseIDTwiceInTheFileIsRefused() throws {
    let runner = try Self.journal()
    defer { runner.cleanUp() }
    let (_, text) = try Self.export(runner)
    let ids = try Self.doseIDs(text)
    let file = runner.folder.appendingPathComponent("twice.json").path
    try text.replacingOccurrences(of: ids[4], with: ids[0]).write(toFile: file, atomically: true, encoding: .utf8)
    let target = try CarelogRunner()
    defer { target.cleanUp() }
    try target.ok(["profile", "add", "Zed"])
    let before = try target.snapshot()
    let result = try target.run(["import", file])
    #expect(result.status == 65)
    #expect(result.stderr.contains("is the id of an earlier dose in this file"), "\(result.stderr)")
    #expect(try target.snapshot() == before)
  }

  /// A file that disagrees with the journal it is imported into: the journal stays as it was.
  static let conflicts: [(String, @Sendable (String, [String]) throws -> String, String)] = [
    ("the same medicine with another dose", { text, _ in
      try replacing("\"dose\": \"50 mg\"", with: "\"dose\": \"75 mg\"", after: "\"medicines\"", in: text)
    }, "The journal has Mercaptopurine (6-MP) from 2026-11-01 too, but it says \"50 mg\""),
    ("the same dose id saying something else", { text, _ in
      try replacing("\"status\": \"held\"", with: "\"status\": \"missed\"", after: "\"name\": \"mercaptopurine\"", in: text)
    }, "has the id of a dose already in the journal, but a different"),
    ("another dose for a day already recorded", { text, ids in
      text.replacingOccurrences(of: ids[3], with: "0f0f0f0f-0000-4000-8000-000000000001")
    }, "is already recorded as"),
    ("a new course overlapping one in the journal", { text, _ in
      let later = try replacing(
        "\"from\": \"2026-11-06\"", with: "\"from\": \"2026-11-13\"", after: "\"name\": \"methotrexate\"", in: text)
      return try replacing("\"on\": \"2026-11-06\"", with: "\"on\": \"2026-11-13\"", after: "\"name\": \"methotrexate\"", in: later)
    }, "Methotrexate is already scheduled from 2026-11-06"),
  ]

  @Test(arguments: 0..<conflicts.count)
  func aConflictWithTheJournalIsRefusedLoudly(_ index: Int) throws {
    let (what, change, message) = Self.conflicts[index]
    let runner = try Self.journal()
    defer { runner.cleanUp() }
    let (_, text) = try Self.export(runner)
    let file = runner.folder.appendingPathComponent("conflict.json").path
    try change(text, try Self.doseIDs(text)).write(toFile: file, atomically: true, encoding: .utf8)
    let before = try runner.snapshot()
    let result = try runner.run(["import", file])
    #expect(result.status == 65, "\(what): \(result.stderr)")
    #expect(result.stderr.contains("Nothing was imported"), "\(what): \(result.stderr)")
    #expect(result.stderr.contains(message), "\(what): \(result.stderr)")
    var after = try runner.snapshot()
    after["conflict.json"] = before["conflict.json"]
    #expect(after.filter { !$0.key.hasSuffix("-wal") } == before.filter { !$0.key.hasSuffix("-wal") }, "\(what)")
    #expect(try runner.ok(["export"]) == text)
  }

  @Test func csvHasARowPerDoseAfterTheEntriesWithItsStatusLast() throws {
    let runner = try Self.journal()
    defer { runner.cleanUp() }
    let csv = try runner.ok(["export", "--format", "csv"])
    let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    let header = rows[0].split(separator: ",").map(String.init)
    // The entry columns as before, then dose_status.
    #expect(header.prefix(15) == [
      "id", "profile", "kind", "term", "label", "severity", "severity_label", "value", "unit", "occurred_on",
      "occurred_at", "recorded_at", "reporter", "reporter_role", "note",
    ])
    #expect(header.last == "dose_status")
    #expect(header.count == 16)
    let entries = try JournalTests.entries(runner.ok(["list", "--json"]))
    let doseRows = rows.filter { $0.contains(",dose,") }
    #expect(doseRows.count == 5)
    #expect(rows.count == 1 + entries.count + doseRows.count)
    // Entry rows come first, with an empty last cell.
    #expect(rows[1].hasSuffix(","))
    #expect(rows[1].contains(",symptom,fatigue,"))
    let ids = try Self.doseIDs(try Self.export(runner).text)
    #expect(Set(doseRows.map { String($0.prefix(36)) }) == Set(ids))
    #expect(doseRows.contains {
      $0.contains(",Leo,dose,mercaptopurine,Mercaptopurine (6-MP),,,,,2026-11-20,19:30,")
        && $0.contains(",Leo,self,,taken")
    })
    #expect(doseRows.contains { $0.hasSuffix(",Anna,caregiver,\"vomited it, «ça» \"\"again\"\"\",missed") })
    #expect(doseRows.contains { $0.hasSuffix(",Anna,caregiver,counts low,held") })
  }
}
