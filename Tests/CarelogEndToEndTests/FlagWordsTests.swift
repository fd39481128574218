import Foundation
import Testing

/// Issue 12 through the built binary: the words fit the reader, nothing is repeated after it was seen, everything is
/// wrapped to the terminal, and a central line makes any fever urgent.
@Suite struct FlagWordsTests {
  /// Leo, logged by his mother Anna, in maintenance since long ago.
  func childLoggedByParent() throws -> CarelogRunner {
    let runner = try CarelogRunner()
    try runner.ok([
      "profile", "add", "Leo", "--born", "2017-03-02", "--diagnosed", "2024-01-10", "--remission", "2024-02-10",
      "--reporter", "Anna",
    ])
    try runner.ok(["baseline", "bone pain"])
    try runner.ok(["visit", "add", "yesterday"])
    return runner
  }

  @Test func aParentReadsTheChildsNameNeverYou() throws {
    let runner = try childLoggedByParent()
    defer { runner.cleanUp() }
    let fever = try runner.ok(["log", "temperature", "38.6"])
    #expect(fever.contains("Leo's highest temperature was 38.6 °C"))
    let bone = try runner.ok(["log", "bone pain", "--severity", "mild"])
    #expect(bone.contains("a symptom Leo had before diagnosis"))
    let all = try runner.ok(["flags"]) + runner.ok(["summary"])
    #expect(!all.contains("you had before diagnosis"))
    #expect(!all.contains("Your highest temperature"))
    #expect(!all.lowercased().contains("no call needed"))
    #expect(!all.contains("countKnownSideEffects"))
  }

  @Test func aPatientLoggingForThemselfReadsYou() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Maria", "--born", "1990-04-02", "--diagnosed", "2025-01-14"])
    #expect(try runner.ok(["log", "temperature", "38.4"]).contains("your highest temperature was 38.4 °C"))
  }

  @Test func anAcknowledgedFlagOfALongEpisodeIsNotRepeatedAfterLog() throws {
    // A listed side effect reported every day for 70 days: the episode began long before any window `log` reads.
    let runner = try childLoggedByParent()
    defer { runner.cleanUp() }
    try runner.ok(["treatment", "add", "mercaptopurine", "--from", "2024-03-01"])
    for day in stride(from: 70, through: 1, by: -1) {
      try runner.ok(["log", "nausea", "--severity", "moderate", "--on", "\(day) days ago"])
    }
    for flag in try FlagsCommandTests.flags(runner) where flag["level"] as? String != "urgent" {
      try runner.ok(["flags", "ack", try #require(flag["id"] as? String)])
    }
    let next = try runner.ok(["log", "nausea", "--severity", "moderate"])
    #expect(!next.contains("SOON"), "\(next)")
    #expect(!next.contains("INFO"), "\(next)")
    #expect(!next.contains("Symptom lasting two weeks"), "\(next)")
  }

  @Test func flagsAreWrappedToTheTerminalAtWordBoundaries() throws {
    let runner = try childLoggedByParent()
    defer { runner.cleanUp() }
    let output = try runner.run(["log", "temperature", "38.6"], environment: ["COLUMNS": "40"]).stdout
    let lines = output.split(separator: "\n")
    #expect(lines.contains { $0.contains("URGENT") })
    for line in lines where !line.hasPrefix("Logged") {
      #expect(line.count <= 40, "longer than the terminal: \(line)")
    }
    // No word is cut: every word of the message appears whole.
    #expect(output.replacingOccurrences(of: "\n  ", with: " ").contains("Do not wait to see if it passes."))
  }

  @Test func aCentralLineMakesAFeverUrgentInAnyPhase() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Maria", "--diagnosed", "2020-01-14", "--treatment-ended", "2022-06-30"])
    #expect(!(try runner.ok(["log", "temperature", "38.3"])).contains("URGENT"))
    try runner.ok(["profile", "set", "Maria", "--central-line", "yes"])
    #expect(try runner.ok(["profile", "show"]).contains("central line:    yes"))
    let again = try runner.ok(["log", "temperature", "38.5", "--at", "21:00"])
    #expect(again.contains("URGENT  Fever during or soon after treatment"))
    #expect(again.replacingOccurrences(of: "\n  ", with: " ").contains("A central line is in place"))
    #expect(try runner.ok(["summary"]).contains("central line in place"))
    let bad = try runner.run(["profile", "set", "Maria", "--central-line", "maybe"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("yes") && bad.stderr.contains("no"))
  }

  @Test func sourcesAreShownByTitleAndSectionAndFileNamesOnlyInJSON() throws {
    let runner = try childLoggedByParent()
    defer { runner.cleanUp() }
    try runner.ok(["log", "temperature", "38.6"])
    let text = try runner.ok(["flags"])
    #expect(text.contains("Source: Cancer.Net: ALL in adults — "))
    #expect(!text.contains(".txt"))
    #expect(try runner.ok(["flags", "--json"]).contains("cancernet-adult-all-guide.txt"))
  }
}
