import Foundation
import Testing

/// Issue 16, items 3 and 4 through the built binary: refusals that name what exists, edits that say what
/// changed (or that nothing did), history in local time, and the profile named in a shared journal.
@Suite struct ReadingBackTests {
  func journal() throws -> CarelogRunner {
    let runner = try CarelogRunner()
    try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02", "--reporter", "Anna"])
    return runner
  }

  func onlyID(_ runner: CarelogRunner) throws -> String {
    let entries = try JournalTests.entries(runner.ok(["list", "--json"]))
    return String(try #require(entries.first?["id"] as? String).prefix(8))
  }

  @Test func aSecondOverlappingCourseOfTheSameTreatmentIsRefusedWithWhatExists() throws {
    let runner = try journal()
    defer { runner.cleanUp() }
    try runner.ok(["treatment", "add", "6-MP", "--from", "2024-11-12"])
    try runner.ok(["treatment", "add", "vincristine", "--from", "2024-11-12", "--to", "2024-12-10"])
    let before = try runner.snapshot()
    let same = try runner.run(["treatment", "add", "mercaptopurine", "--from", "2025-01-01"])
    #expect(same.status == 65)
    #expect(same.stderr.contains("already recorded from 2024-11-12"), "\(same.stderr)")
    let overlapping = try runner.run(["treatment", "add", "vincristine", "--from", "2024-12-01"])
    #expect(overlapping.status == 65)
    #expect(try runner.snapshot() == before)
    // The later course it advises is accepted.
    #expect(overlapping.stderr.contains("carelog treatment add vincristine --from 2024-12-11"), "\(overlapping.stderr)")
    try runner.ok(["treatment", "add", "vincristine", "--from", "2024-12-11"])
  }

  @Test func anEditThatChangesNothingSaysSoAndWritesNothing() throws {
    let runner = try journal()
    defer { runner.cleanUp() }
    try runner.ok(["log", "fatigue", "--severity", "mild"])
    let id = try onlyID(runner)
    try runner.ok(["log", "nausea"])  // a writing command last, as edit is, so the snapshot compares the same files
    let before = try runner.snapshot()
    let output = try runner.ok(["edit", id, "--severity", "mild"])
    #expect(output.contains("Nothing changed"), "\(output)")
    #expect(try runner.snapshot() == before)
    #expect(!(try runner.ok(["history", id])).contains("version 2"))
  }

  @Test func editAndHistorySayWhatChangedInLocalTime() throws {
    let runner = try journal()
    defer { runner.cleanUp() }
    try runner.ok(["log", "fatigue", "--severity", "mild"])
    let id = try onlyID(runner)
    let edited = try runner.ok(["edit", id, "--severity", "severe"])
    #expect(edited.contains("severity: mild → severe"), "\(edited)")
    let history = try runner.ok(["history", id], environment: ["TZ": "Asia/Kolkata"])
    #expect(history.contains("severity: mild → severe"), "\(history)")
    #expect(!history.contains("Z)") && !history.contains("Z\n"), "local times, not UTC: \(history)")
    // Kolkata is UTC+5:30, so every local time shown ends in :30 or :00 more than UTC does; check the format.
    #expect(history.range(of: #"recorded \w{3} \d{4}-\d{2}-\d{2} \d{2}:\d{2}"#, options: .regularExpression) != nil, "\(history)")
  }

  @Test func listNamesTheProfileWhenTheJournalHasSeveral() throws {
    let runner = try journal()
    defer { runner.cleanUp() }
    try runner.ok(["log", "fatigue"])
    #expect(!(try runner.ok(["list"])).contains("Leo's entries"))
    try runner.ok(["profile", "add", "Noah"])
    try runner.ok(["log", "cough", "--profile", "Noah"])
    let list = try runner.ok(["list", "--profile", "Noah"])
    #expect(list.hasPrefix("Noah's entries (also in this journal: Leo)"), "\(list)")
  }

  static var haveScript: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/script") }

  @Test(.enabled(if: haveScript, "needs /usr/bin/script for a pseudo-terminal"), arguments: [("no", true), ("yes", false)])
  func purgeAsksOnATerminal(_ answer: String, _ kept: Bool) throws {
    let runner = try journal()
    defer { runner.cleanUp() }
    try runner.ok(["log", "fatigue"])
    let id = try onlyID(runner)
    let command = "\(CarelogRunner.binary) delete \(id) --purge --journal \(runner.journal)"
    let result = try runner.run(
      ["-qec", command, "/dev/null"], journalFlag: false, stdin: answer + "\n", executable: "/usr/bin/script")
    #expect(result.stdout.contains("cannot be undone"), "\(result.stdout)")
    #expect(try runner.run(["history", id]).status == (kept ? 0 : 65), "\(answer)")
  }
}
