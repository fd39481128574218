import Foundation
import Testing

/// Flags through the built binary: prompts after `log`, acknowledgement, edits and deletions, JSON keys.
@Suite struct FlagsCommandTests {
  func journalOnTreatment() throws -> CarelogRunner {
    let runner = try CarelogRunner()
    try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02", "--diagnosed", "2024-11-12", "--remission", "2024-12-20"])
    try runner.ok(["visit", "add", "yesterday"])
    return runner
  }

  @Test func feverOnTreatmentIsPromptedAtOnceAndNeverSilenced() throws {
    let runner = try journalOnTreatment()
    defer { runner.cleanUp() }
    let first = try runner.ok(["log", "temperature", "38.6"])
    #expect(first.contains("URGENT  Fever during or soon after treatment"))
    #expect(first.contains("What to do:"))
    #expect(first.contains("does not replace medical advice"))
    let id = try #require(try Self.flags(runner).first { $0["rule"] as? String == "fever-on-treatment" }?["id"] as? String)
    try runner.ok(["flags", "ack", id])
    let again = try runner.ok(["log", "temperature", "38.9", "--at", "21:00"])
    #expect(again.contains("URGENT  Fever during or soon after treatment"), "urgent flags are never silenced")
  }

  @Test func acknowledgedFlagIsNotRepeatedAfterLogButStaysListedAsSeen() throws {
    let runner = try journalOnTreatment()
    defer { runner.cleanUp() }
    #expect(try runner.ok(["log", "bruises", "--on", "2 days ago"]).contains("SOON  Bleeding or bruising"))
    let id = try #require(try Self.flags(runner).first { $0["rule"] as? String == "bleeding-or-bruising" }?["id"] as? String)
    #expect(try runner.ok(["flags", "ack", String(id.prefix(15)), "--note", "told the nurse"]).contains("Marked as seen"))
    let next = try runner.ok(["log", "bruises"])
    #expect(!next.contains("Bleeding or bruising"))
    let flag = try #require(try Self.flags(runner).first { $0["id"] as? String == id })
    #expect(flag["acknowledged"] as? Bool == true)
    #expect(try runner.ok(["flags"]).contains("Bleeding or bruising (seen)"))
  }

  @Test func editedAndDeletedEntriesCountAsTheyNowStand() throws {
    let runner = try journalOnTreatment()
    defer { runner.cleanUp() }
    try runner.ok(["log", "temperature", "38.0"])
    #expect(try Self.flags(runner).contains { $0["rule"] as? String == "fever-on-treatment" })
    let entry = try #require(JournalTests.entries(runner.ok(["list", "--json"])).first?["id"] as? String)
    try runner.ok(["edit", String(entry.prefix(8)), "--value", "37.9"])
    #expect(try !Self.flags(runner).contains { $0["rule"] as? String == "fever-on-treatment" })
    try runner.ok(["edit", String(entry.prefix(8)), "--value", "38.3"])
    #expect(try Self.flags(runner).contains { $0["rule"] as? String == "fever-on-treatment" })
    try runner.ok(["delete", String(entry.prefix(8))])
    #expect(try Self.flags(runner).isEmpty)
  }

  @Test func flagsJSONHasTheDocumentedKeysAndSources() throws {
    let runner = try journalOnTreatment()
    defer { runner.cleanUp() }
    try runner.ok(["log", "fever", "--on", "yesterday", "--by", "Anna", "--caregiver"])
    let flag = try #require(try Self.flags(runner).first { $0["rule"] as? String == "fever-on-treatment" })
    let keys: Set<String> = [
      "id", "rule", "level", "title", "message", "action", "symptoms", "from", "to", "entries", "values",
      "acknowledged", "sources",
    ]
    #expect(Set(flag.keys) == keys)
    let sources = try #require(flag["sources"] as? [[String: String]])
    #expect(sources.contains { $0["document"] != nil && $0["section"] != nil })
    #expect(sources.contains { $0["external"] != nil })
    #expect(flag["symptoms"] as? [String] == ["fever"])
    #expect(flag["from"] as? String == "2026-11-25")
  }

  @Test func asOfMakesTheOutputReproducible() throws {
    let runner = try journalOnTreatment()
    defer { runner.cleanUp() }
    try runner.ok(["log", "temperature", "38.4", "--on", "3 days ago"])
    let first = try runner.ok(["flags", "--as-of", "2026-11-26", "--json"])
    let second = try runner.ok(["flags", "--as-of", "2026-11-26", "--json"])
    #expect(first == second)
    #expect(try runner.ok(["flags", "--as-of", "2026-11-20", "--json"]).trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
  }

  /// Every flag as `flags --json` prints it; a failed command or unreadable JSON fails the test.
  static func flags(_ runner: CarelogRunner) throws -> [[String: Any]] {
    let json = try runner.ok(["flags", "--since", "2000-01-01", "--json"])
    return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
  }
}
