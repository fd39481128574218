import ArgumentParser
import CarelogCore
import Testing

@testable import CarelogCLI

/// The fast path for `carelog log`, `flags` and `summary` must read every command line it accepts exactly as
/// argument-parser does, and leave everything else (help, mistakes, odd shapes) to argument-parser.
struct FastPathTests {
  static let words = [
    "log", "fatigue", "temperature", "38.6", "101.5F", "nosebleed", "--severity", "mild", "--on", "yesterday",
    "--at", "21:30", "--by", "Anna", "--caregiver", "--self", "--note", "ear infection", "--new", "--journal",
    "/tmp/j.sqlite", "--profile", "Leo", "--severity=moderate", "--on=2026-11-02", "--help", "-h", "--", "-3",
    "--version", "--bogus", "eye twitch", "61.2", "kg", "twice", "38,5", "anc", "800/uL", "platelets", "4ft", "4in",
    "×10⁹/L",
  ]

  @Test func agreesWithArgumentParserOnGeneratedCommandLines() throws {
    var random = SplitMix64(seed: 11)
    let lines = (0..<6_000).map { _ in
      ["log"] + (0..<Int.random(in: 0...7, using: &random)).map { _ in
        Self.words[Int.random(in: 1..<Self.words.count, using: &random)]
      }
    }
    try Self.expectAgreement(lines, fast: FastLogParser.parse) { ($0 as? LogCommand)?.request }
  }

  @Test func commonLinesTakeTheFastPathAndHelpDoesNot() {
    #expect(FastLogParser.parse(["log", "fatigue", "--severity", "moderate"])?.severity == "moderate")
    #expect(FastLogParser.parse(["log", "temperature", "101.5F", "--at", "21:30"])?.value == "101.5F")
    #expect(FastLogParser.parse(["log", "nosebleed", "--on", "yesterday", "--by", "Anna", "--caregiver"])?.role == .caregiver)
    #expect(FastLogParser.parse(["log", "--help"]) == nil)
    #expect(FastLogParser.parse(["log", "fatigue", "--sevrity", "mild"]) == nil)
    #expect(FastLogParser.parse(["list"]) == nil)
    #expect(FastLogParser.parse(["log"]) == nil)
    #expect(FastLogParser.parse(["log", "weight", "61.2", "kg"])?.value == "61.2 kg")
    #expect(FastLogParser.parse(["log", "38.5"])?.term == "38.5")
    #expect(FastLogParser.parse(["log", "height", "4ft", "4in", "--on", "monday"])?.value == "4ft 4in")
    #expect(FastLogParser.parse(["log", "anc", "0.8", "×10⁹/L"])?.value == "0.8 ×10⁹/L")
  }

  static let readingWords = [
    "show", "ack", "--json", "--json=1", "--as-of", "2026-11-26", "--as-of=today", "--since", "2026-10-01",
    "--since=last-visit", "last-visit", "--until", "2026-11-30", "--format", "text", "markdown", "html", "json", "pdf",
    "--format=html", "--output", "visit.html", "--force", "--journal", "/tmp/j.sqlite", "--profile", "Leo", "--help",
    "-h", "--", "-3", "--version", "--bogus", "yesterday", "",
  ]

  /// Random command lines of `command` made of `readingWords`.
  static func readingLines(_ command: String, count: Int, seed: UInt64) -> [[String]] {
    var random = SplitMix64(seed: seed)
    return (0..<count).map { _ in
      [command] + (0..<Int.random(in: 0...6, using: &random)).map { _ in readingWords.randomElement(using: &random)! }
    }
  }

  @Test func flagsAgreeWithArgumentParserOnGeneratedCommandLines() throws {
    try Self.expectAgreement(Self.readingLines("flags", count: 6_000, seed: 12), fast: FastPath.flags) {
      ($0 as? FlagsCommand.Show)?.request
    }
  }

  @Test func summaryAgreesWithArgumentParserOnGeneratedCommandLines() throws {
    try Self.expectAgreement(Self.readingLines("summary", count: 6_000, seed: 13), fast: FastPath.summary) {
      ($0 as? SummaryCommand)?.request
    }
  }

  /// Every line the fast path takes, argument-parser reads as the same request; and the fast path takes more than
  /// 300 of them (the common shapes).
  static func expectAgreement<Request: Equatable>(
    _ lines: [[String]], fast: ([String]) -> Request?, parsed request: (any ParsableCommand) -> Request?
  ) throws {
    var accepted = 0
    for arguments in lines {
      guard let fast = fast(arguments) else { continue }
      accepted += 1
      let parsed = (try? CarelogCommand.parseAsRoot(arguments)).flatMap { request($0) }
      let slow = try #require(parsed, "argument-parser refused \(arguments) that the fast path took")
      #expect(slow == fast, "\(arguments)")
    }
    #expect(accepted > 300, "the fast path should take the common shapes")
  }

  @Test func commonReadingLinesTakeTheFastPathAndTheRestDoNot() {
    #expect(FastPath.flags(["flags"]) == FlagsRequest())
    #expect(FastPath.flags(["flags", "show", "--json"])?.json == true)
    #expect(FastPath.flags(["flags", "--since", "2026-10-01", "--as-of", "2026-11-26"])?.since == "2026-10-01")
    #expect(FastPath.flags(["flags", "ack", "fever-persists:2026-11-20"]) == nil)
    #expect(FastPath.flags(["flags", "--help"]) == nil)
    #expect(FastPath.summary(["summary", "--format", "html", "--output", "v.html"])?.format == .html)
    #expect(FastPath.summary(["summary", "--format", "pdf"]) == nil)
    #expect(FastPath.summary(["summary", "--since", "last-visit"])?.since == "last-visit")
    #expect(FastPath.request(["list"]) == nil)
    #expect(FastPath.request(["log", "fatigue"]) is LogRequest)
    #expect(FastPath.request(["summary"]) is SummaryRequest)
  }
}
