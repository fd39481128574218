import Foundation
import Testing

/// The visit summary's Medicines section, through the built binary: the counts of the period, the same fields
/// as `doses --json`, and nothing when no medicine is scheduled.
@Suite struct MedicineSummaryTests {
  /// Leo on mercaptopurine every day from 2026-11-01: taken on the 20th, missed on the 21st, held on the 22nd.
  static func journal() throws -> CarelogRunner {
    let runner = try CarelogRunner()
    try runner.ok(["profile", "add", "Leo", "--born", "2018-03-01", "--reporter", "Anna", "--caregiver"])
    try runner.ok(["medicine", "add", "6-mp", "--dose", "50 mg", "--every", "day", "--at", "20:00", "--from", "2026-11-01"])
    try runner.ok(["took", "6mp", "--on", "2026-11-20"])
    try runner.ok(["missed", "6mp", "--on", "2026-11-21", "--reason", "vomited it"])
    try runner.ok(["missed", "6mp", "--on", "2026-11-22", "--held"])
    return runner
  }

  @Test func summaryJSONHasTheSameMedicineFieldsAsDosesJSON() throws {
    let runner = try Self.journal()
    defer { runner.cleanUp() }
    let summary = try runner.ok(["summary", "--since", "2026-11-15", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(summary.utf8)) as? [String: Any])
    let medicines = try #require(object["medicines"] as? [[String: Any]])
    let doses = try JournalTests.entries(runner.ok(["doses", "--since", "2026-11-15", "--json"]))
    #expect((medicines as NSArray) == (doses as NSArray))
    // 15th to 26th: 12 due, 1 taken, 1 missed, 1 held, 9 not recorded; 1 ÷ (12 − 1).
    let mp = try #require(medicines.first)
    #expect(mp["due"] as? Int == 12)
    #expect(mp["taken"] as? Int == 1)
    #expect(mp["missed"] as? Int == 1)
    #expect(mp["held"] as? Int == 1)
    #expect(mp["not_recorded"] as? Int == 9)
    let adherence = try #require(mp["adherence"] as? Double)
    #expect(abs(adherence - 1.0 / 11.0) < 1e-6)
  }

  @Test func textSummaryShowsTheMedicineAndItsDays() throws {
    let runner = try Self.journal()
    defer { runner.cleanUp() }
    let text = try runner.ok(["summary", "--since", "2026-11-15"])
    #expect(text.contains("\nMedicines\n---------\nMercaptopurine (6-MP): 50 mg, every day at 20:00, from 2026-11-01\n"))
    #expect(text.contains("12 doses due: 1 taken, 1 missed, 1 held, 9 not recorded; 9 % of the doses due"))
    #expect(text.contains("\n  11-15 ?????+x h????\n"))
  }

  @Test func aPeriodBeforeTheMedicineHasNoSection() throws {
    let runner = try Self.journal()
    defer { runner.cleanUp() }
    try runner.ok(["log", "tired", "--on", "2026-10-10"])
    let text = try runner.ok(["summary", "--since", "2026-10-01", "--until", "2026-10-31"])
    #expect(text.contains("\nMeasurements\n"))
    #expect(!text.contains("Medicines"))
    let json = try runner.ok(["summary", "--since", "2026-10-01", "--until", "2026-10-31", "--format", "json"])
    #expect(!json.contains("\"medicines\""))
  }
}
