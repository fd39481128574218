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
