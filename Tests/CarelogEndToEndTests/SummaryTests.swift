import Foundation
import Testing

/// The visit summary of the demo journal, end to end, against values worked out by hand from
/// `Fixtures/demo/entries.tsv` (period: the last visit, day −21 = 2026-11-05, to 2026-11-26).
@Suite struct SummaryTests {
  static let asOf = "2026-11-26"

  func demo() throws -> CarelogRunner {
    let runner = try CarelogRunner()
    try runner.ok(["demo", "--as-of", Self.asOf])
    return runner
  }

  func json(_ runner: CarelogRunner, _ extra: [String] = []) throws -> [String: Any] {
    let text = try runner.ok(["summary", "--as-of", Self.asOf, "--format", "json"] + extra)
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func headerCoversThePeriodSinceTheLastVisitAndWhoRecorded() throws {
    let runner = try demo()
    defer { runner.cleanUp() }
    let summary = try json(runner)
    let period = try #require(summary["period"] as? [String: String])
    #expect(period["from"] == "2026-11-05")
    #expect(period["to"] == "2026-11-26")
    // 43 symptoms, readings and notes, and 9 clinic results (4 counts on 2 days, 1 height).
    #expect(summary["entries"] as? Int == 52)
    let recorded = try #require(summary["recorded_by"] as? [[String: Any]])
    #expect(recorded.map { $0["reporter"] as? String } == ["Anna (caregiver)", "Leo", "Marco (caregiver)"])
    #expect(recorded.map { $0["entries"] as? Int } == [40, 9, 3])
    let profile = try #require(summary["profile"] as? [String: Any])
    #expect(profile["age"] as? Int == 9)
    #expect(profile["on_treatment"] as? Bool == true)
  }

  @Test func bloodCountsAreListedAsTheClinicGaveThemWithHeightBesideWeight() throws {
    // Given the demo, whose clinic letters give counts on 2026-11-05 and 2026-11-12 (and earlier, outside the period)
    let runner = try demo()
    defer { runner.cleanUp() }
    // When the summary is printed as JSON
    let summary = try json(runner)
    // Then every count of the period is there in its stored unit, by day then in the order ANC, WBC, platelets, Hb
    let counts = try #require(summary["counts"] as? [[String: Any]])
    let rows = counts.map { "\($0["on"] as? String ?? "") \($0["kind"] as? String ?? "") \($0["value"] as? Double ?? -1) \($0["unit"] as? String ?? "")" }
    #expect(rows == [
      "2026-11-05 anc 0.9 10^9/L", "2026-11-05 wbc 3.1 10^9/L", "2026-11-05 platelets 195.0 10^9/L",
      "2026-11-05 hemoglobin 12.0 g/dL", "2026-11-12 anc 0.8 10^9/L", "2026-11-12 wbc 2.7 10^9/L",
      "2026-11-12 platelets 168.0 10^9/L", "2026-11-12 hemoglobin 11.9 g/dL",
    ])
    #expect(Set(counts.flatMap { $0.keys }) == ["kind", "on", "value", "unit"])
    let measurements = try #require(summary["measurements"] as? [String: Any])
    let height = try #require(measurements["height_end_cm"] as? [String: Any])
    #expect(height["value"] as? Double == 134)
    // And the text summary has its section, the threshold named once, and no count raises a flag
    let text = try runner.ok(["summary", "--as-of", Self.asOf])
    #expect(text.contains("Blood counts\n------------\n"))
    #expect(text.contains("2026-11-12  0.8         2.7         168               11.9"))
    #expect(text.contains("Height 134 cm on 2026-11-05"))
    let flags = try #require(summary["flags"] as? [[String: Any]])
    #expect(!flags.contains { $0["rule"] as? String == "low-counts" })
  }

  @Test func symptomRowsAreCountedAndOrderedAsWorkedOutByHand() throws {
    let runner = try demo()
    defer { runner.cleanUp() }
    let rows = try #require(try json(runner)["symptoms"] as? [[String: Any]])
    // Fatigue is part of a flagged pattern (possible relapse signs), so it comes before nerve pain.
    #expect(rows.map { $0["term"] as? String } == ["bone-pain", "easy-bruising", "nausea", "fatigue", "nerve-pain"])
    let bone = rows[0]
    #expect(bone["days"] as? Int == 8)
    #expect(bone["first"] as? String == "2026-11-11")
    #expect(bone["last"] as? String == "2026-11-25")
    #expect(bone["worst"] as? String == "moderate")
    #expect(bone["latest"] as? String == "moderate")
    #expect(bone["trend"] as? String == "worse")
    #expect(bone["before_diagnosis"] as? Bool == true)
    #expect((bone["side_effect_of"] as? [String])?.isEmpty == true)
    let bruising = rows[1]
    #expect(bruising["days"] as? Int == 2)
    #expect(bruising["trend"] as? String == "same")
    #expect((bruising["side_effect_of"] as? [String])?.contains("Mercaptopurine") == true)
    let nausea = rows[2]
    #expect(nausea["days"] as? Int == 2)
    #expect(nausea["first"] as? String == "2026-11-08")
    #expect(nausea["last"] as? String == "2026-11-22")
    #expect(nausea["latest"] as? String == "mild")
    let nerve = rows[4]
    #expect(nerve["latest"] as? String == "none")
    #expect(nerve["trend"] as? String == "better")
  }

  @Test func measurementsAndFlagsMatchTheHandCount() throws {
    let runner = try demo()
    defer { runner.cleanUp() }
    let summary = try json(runner)
    let measurements = try #require(summary["measurements"] as? [String: Any])
    #expect((measurements["fever_days"] as? [String])?.isEmpty == true)
    let highest = try #require(measurements["highest_temperature_c"] as? [String: Any])
    #expect(highest["value"] as? Double == 37.2)
    #expect(highest["on"] as? String == "2026-11-06")
    #expect((measurements["weight_start_kg"] as? [String: Any])?["value"] as? Double == 27.5)
    #expect((measurements["weight_end_kg"] as? [String: Any])?["value"] as? Double == 27.3)
    #expect(measurements["weight_change_percent"] as? Double == -0.7)
    let flags = try #require(summary["flags"] as? [[String: Any]])
    let urgentOrSoon = flags.filter { ["urgent", "soon"].contains($0["level"] as? String) }.map { $0["rule"] as? String }
    #expect(urgentOrSoon.sorted { ($0 ?? "") < ($1 ?? "") } == [
      "baseline-symptom-returns", "baseline-symptom-returns", "bleeding-or-bruising", "relapse-sign-cluster",
      "symptom-persists-2-weeks",
    ])
    let notes = try #require(summary["infections_and_notes"] as? [[String: Any]])
    #expect(notes.count == 5)
    #expect(notes.last?["by"] as? String == "Anna (caregiver)")
    let questions = try #require(summary["questions"] as? [[String: Any]])
    #expect((1...8).contains(questions.count))
  }

  @Test func textFitsEightyColumnsAndEndsWithTheDisclaimer() throws {
    let runner = try demo()
    defer { runner.cleanUp() }
    let text = try runner.ok(["summary", "--as-of", Self.asOf])
    for line in text.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
    for section in ["Needs attention", "Symptoms", "Measurements", "Infections and notes", "Treatment so far", "Questions to ask"] {
      #expect(text.contains("\n\(section)\n"), "missing \(section)")
    }
    #expect(text.hasSuffix("your emergency number.\n"))
  }

  @Test func sameJournalSameAsOfGivesTheSameBytesInEveryFormat() throws {
    let runner = try demo()
    defer { runner.cleanUp() }
    for format in ["text", "markdown", "json", "html"] {
      let first = try runner.ok(["summary", "--as-of", Self.asOf, "--format", format])
      #expect(try runner.ok(["summary", "--as-of", Self.asOf, "--format", format]) == first)
    }
  }

  @Test func emptyPeriodSaysSoPlainly() throws {
    let runner = try demo()
    defer { runner.cleanUp() }
    let text = try runner.ok(["summary", "--as-of", Self.asOf, "--since", "2025-01-01", "--until", "2025-01-31"])
    #expect(text.contains("Nothing was recorded in this period."))
    #expect(!text.contains("\nSymptoms\n"))
  }

  @Test func outputFileIsPrivateAndNotOverwrittenWithoutForce() throws {
    let runner = try demo()
    defer { runner.cleanUp() }
    let old = umask(0)
    defer { umask(old) }
    let file = runner.folder.appendingPathComponent("visit.html").path
    #expect(try runner.run(["summary", "--format", "html", "--output", file]).status == 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    #expect((attributes[.posixPermissions] as? Int ?? 0) & 0o777 == 0o600)
    let before = try Data(contentsOf: URL(fileURLWithPath: file))
    let again = try runner.run(["summary", "--output", file])
    #expect(again.status == 73)
    #expect(again.stderr.contains("--force"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    #expect(try runner.run(["summary", "--output", file, "--force", "--format", "json"]).status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) != before)
  }
}

/// `carelog demo` from an installed copy of the binary, far from the source folder.
@Suite struct InstalledDemoTests {
  @Test func anInstalledBinaryBuildsTheDemoFromAnyFolder() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let installed = runner.folder.appendingPathComponent("installed/carelog")
    try FileManager.default.createDirectory(at: installed.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: CarelogRunner.binary, toPath: installed.path)
    let process = Process()
    process.executableURL = installed
    process.arguments = ["demo", "--journal", runner.folder.appendingPathComponent("demo.sqlite").path]
    process.currentDirectoryURL = URL(fileURLWithPath: "/tmp")
    process.environment = ["HOME": runner.folder.path, "CARELOG_TODAY": CarelogRunner.today, "NO_COLOR": "1"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(text.contains("Visit summary: Leo"))
  }
}
