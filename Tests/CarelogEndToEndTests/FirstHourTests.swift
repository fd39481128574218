import Foundation
import Testing

/// Issue 16 through the built binary: what a tired parent types first just works, or is refused with advice that
/// works when pasted.
@Suite struct FirstHourTests {
  func journal() throws -> CarelogRunner {
    let runner = try CarelogRunner()
    try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02", "--diagnosed", "2024-11-12", "--reporter", "Anna"])
    return runner
  }

  @Test(arguments: [
    ("sore throat", "sore-throat"), ("cough", "cough"), ("constipation", "constipation"), ("runny nose", "runny-nose"),
    ("my legs hurt", "leg-pain"), ("leg pain", "leg-pain"), ("jaw pain", "jaw-pain"), ("can't sleep", "trouble-sleeping"),
  ])
  func everydaySymptomsAreInTheList(_ words: String, _ term: String) throws {
    let runner = try journal()
    defer { runner.cleanUp() }
    try runner.ok(["log", words])
    let list = try runner.ok(["list", "--json"])
    #expect(list.contains("\"term\": \"\(term)\"") || list.contains("\"term\":\"\(term)\""), "\(list)")
  }

  @Test func searchingForARunnyNoseFindsItNotDiarrhea() throws {
    let runner = try journal()
    defer { runner.cleanUp() }
    let found = try runner.ok(["symptoms", "runny nose"])
    #expect(found.hasPrefix("runny-nose"))
    #expect(!found.contains("diarrhea"))
  }

  @Test func everyCommandAcceptsTheGlobalOptions() throws {
    let runner = try journal()
    defer { runner.cleanUp() }
    // The runner adds --journal to every command, as a shell alias would.
    try runner.ok(["symptoms", "tired", "--profile", "Leo"])
    let demo = try runner.run(["demo", "--journal", runner.folder.appendingPathComponent("demo.sqlite").path, "--profile", "Leo"], journalFlag: false)
    #expect(demo.status == 0, "\(demo.stderr)")
  }
}

/// The check-in in a real terminal (a pseudo-terminal from `script`), answered line by line.
@Suite struct CheckinTerminalTests {
  static var haveScript: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/script") }

  @Test(.enabled(if: haveScript, "needs /usr/bin/script for a pseudo-terminal"))
  func checkinAsksTheTimeOfATemperatureGoesBackAndTakesANewSymptom() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02", "--reporter", "Anna"])
    try runner.ok(["baseline", "bone pain"])
    let answers = ["mild", "back", "moderate", "38.4", "02:10", "zzzqq", "yes", "mild", "", "slept badly"]
    let command = "\(CarelogRunner.binary) checkin --journal \(runner.journal)"
    let result = try runner.run(
      ["-qec", command, "/dev/null"], journalFlag: false, stdin: answers.joined(separator: "\n") + "\n",
      executable: "/usr/bin/script")
    #expect(result.status == 0, "\(result.stdout)")
    let list = try runner.ok(["list", "--json"])
    let entries = try #require(try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [[String: Any]])
    let bone = entries.filter { $0["term"] as? String == "bone-pain" }
    #expect(bone.count == 1, "back replaced the first answer")
    #expect(bone.first?["severity_label"] as? String == "moderate")
    let temperature = try #require(entries.first { $0["kind"] as? String == "temperature" })
    #expect(temperature["occurred_at"] as? String == "02:10")
    #expect(entries.contains { $0["term"] as? String == "zzzqq" })
    #expect(entries.contains { $0["note"] as? String == "slept badly" })
  }
}

/// Help examples can be copied: none is broken over two lines at 80 columns.
@Suite struct HelpExampleTests {
  static let commands = [
    [], ["log"], ["note"], ["list"], ["edit"], ["delete"], ["history"], ["profile"], ["profile", "add"], ["profile", "set"],
    ["treatment"], ["treatment", "add"], ["baseline"], ["visit"], ["visit", "add"], ["symptoms"], ["demo"], ["checkin"],
    ["flags"], ["flags", "ack"], ["summary"], ["backup"], ["check"], ["export"], ["import"],
    ["medicine"], ["medicine", "add"], ["took"], ["missed"], ["doses"],
  ]

  @Test(arguments: commands)
  func examplesAreNeverWrappedMidCommand(_ command: [String]) throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let help = try runner.run(command + ["--help"], journalFlag: false, environment: ["COLUMNS": "80"]).stdout
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() where line.hasPrefix("  carelog ") && index + 1 < lines.count {
      let next = lines[index + 1]
      // A continuation of a wrapped example starts at the left margin with a word, not a new example or a blank.
      let continues = !next.isEmpty && !next.hasPrefix(" ") && !next.hasSuffix(":") && next.first!.isLowercase
        || (!next.isEmpty && next.first!.isUppercase && !next.contains(" ") )
      #expect(!continues, "\(command): \"\(line)\" goes on as \"\(next)\"")
    }
  }
}
