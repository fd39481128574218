import CarelogCore
import CarelogRules
import Foundation
import Testing

@testable import CarelogReports

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The Markdown and HTML formats on summaries built in memory: safe, well-formed, self-contained and deterministic.
struct FormatterTests {
  static let tricky = "Call <b>&\"' later | then rest"

  // MARK: HTML

  @Test func htmlLoadsNothingFromOutsideAndRunsNothing() {
    let html = ReportFormat.html.render(SampleJournal().summary()).lowercased()
    for forbidden in ["<script", "http://", "https://", "url(", "@import", "<link", "<img", "<iframe", "<object", "src=", "href="] {
      #expect(!html.contains(forbidden), "found \(forbidden)")
    }
    #expect(!html.contains(" onload=") && !html.contains(" onclick="))
    #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
  }

  @Test func htmlIsWellFormedXML() throws {
    for summary in [SampleJournal().summary(), SampleJournal().summary(days: 180), SampleJournal().summary(emptyPeriod: true)] {
      let elements = try Self.parse(ReportFormat.html.render(summary))
      #expect(elements.first == "html")
      #expect(elements.contains("body"))
    }
    // The check itself catches a tag left open.
    #expect(throws: XMLError.self) { try Self.parse("<!DOCTYPE html>\n<html lang=\"en\"><body><p>open</body></html>\n") }
  }

  @Test func htmlHasTheChartsAndTheFeverLine() throws {
    let summary = SampleJournal().summary()
    let html = ReportFormat.html.render(summary)
    let elements = try Self.parse(html)
    #expect(elements.filter { $0 == "svg" }.count == 3)
    #expect(html.contains("Symptoms by day"))
    #expect(html.contains("class=\"fever\""))
    #expect(html.contains("fever 38.0 °C"))
    // One strip row per symptom: its label, then one coloured cell per day it was reported.
    for row in summary.symptoms { #expect(html.contains(">\(row.label)</text>")) }
    #expect(html.contains("Bone pain, 2026-11-20: moderate"))
    #expect(html.contains("Nausea, 2026-11-21: reported, not rated"))
    // The legend says the words, not only the colours.
    for word in ["no report", "none", "mild", "moderate", "severe", "very severe", "reported, not rated"] {
      #expect(html.contains(">\(word)</text>"))
    }
    #expect(html.contains("@page { size: A4; margin: 12mm; }"))
  }

  @Test func htmlEscapesUserText() {
    let html = ReportFormat.html.render(SampleJournal().summary())
    #expect(html.contains("Call &lt;b&gt;&amp;&quot;&#39; later | then rest"))
    #expect(!html.contains("<b>&\"'"))
    #expect(!html.contains("<b>&amp;"))
  }

  @Test func htmlChartsCopeWithLongPeriodsSingleReadingsAndNoReadings() throws {
    let long = ReportFormat.html.render(SampleJournal().summary(days: 180))
    #expect(long.contains("<svg viewBox=\"0 0 700 "))
    _ = try Self.parse(long)

    var single = SampleJournal(temperatures: [(37.2, 3)], weights: [])
    single.notes = []
    let one = ReportFormat.html.render(single.summary())
    #expect(one.contains("<circle"))
    #expect(!one.contains("<polyline"))
    #expect(one.contains("No weight was recorded in this period, so there is no weight chart."))

    let none = ReportFormat.html.render(SampleJournal(temperatures: [], weights: []).summary())
    #expect(none.components(separatedBy: "<svg").count == 2)
    #expect(none.contains("No temperature or weight was recorded in this period, so there are no charts."))
  }

  @Test func flagsThatSayTheSameThingShareOneExplanationInEveryFormat() {
    var journal = SampleJournal()
    journal.extraSymptoms = [("headache", 16), ("headache", 9), ("headache", 2), ("back-pain", 16), ("back-pain", 9), ("back-pain", 2)]
    let summary = journal.summary()
    let persisting = summary.flags.filter { $0.rule == "symptom-persists-2-weeks" }
    #expect(persisting.count == 2)
    let meaning = persisting[0].meaning
    for format in [ReportFormat.html, .markdown, .text] {
      let page = format.render(summary, width: 1000)
      let escaped = format == .html ? meaning.html : meaning
      #expect(page.components(separatedBy: escaped).count == 2, "\(format): the explanation is said once")
      for flag in persisting {
        #expect(page.contains(format == .html ? flag.seen.html : flag.seen), "\(format): each flag's own facts")
      }
    }
    let html = ReportFormat.html.render(summary)
    #expect(html.components(separatedBy: "\(persisting[0].title.html)</p>").count == 2)
  }

  @Test func infoFlagsKeepTheirFullMeaningAndNeverSayNoCallIsNeeded() {
    var journal = SampleJournal()
    journal.extraSymptoms = [("nausea", 3)]
    let summary = journal.summary()
    let info = try! #require(summary.flags.first { $0.rule == "treatment-side-effect" })
    for format in [ReportFormat.html, .markdown, .text] {
      let page = format.render(summary, width: 1000)
      #expect(page.contains(format == .html ? info.meaning.html : info.meaning), "\(format)")
      #expect(!page.lowercased().contains("no call needed"), "\(format)")
    }
  }

  @Test func flagsThatBeganBeforeThePeriodSaySo() {
    var journal = SampleJournal()
    journal.extraSymptoms = [("headache", 40), ("headache", 33), ("headache", 26), ("headache", 20)]
    let summary = journal.summary()
    let flag = try! #require(summary.flags.first { $0.rule == "symptom-persists-2-weeks" })
    #expect(flag.from < summary.header.period.lowerBound)
    for format in [ReportFormat.html, .markdown, .text] {
      #expect(format.render(summary, width: 1000).contains("Since \(flag.from), before this period."), "\(format)")
    }
  }

  @Test func textIsWrappedToTheGivenWidthAtWordBoundaries() {
    let summary = SampleJournal().summary()
    for width in [50, 80] {
      let text = ReportFormat.text.render(summary, width: width)
      let prose = text.split(separator: "\n").filter { !$0.hasPrefix("Symptom ") && $0.contains(" ") }
      // The symptom table keeps its fixed columns (75 characters); everything else fits the width.
      for line in prose where line.count > width { #expect(line.count <= 75, "\(width): \(line)") }
    }
  }

  // MARK: Markdown

  @Test func markdownEscapesPipesAndOtherMarks() {
    var journal = SampleJournal()
    journal.notes.append((5, "see *this* [link](x) `code` _here_"))
    let markdown = ReportFormat.markdown.render(journal.summary())
    #expect(markdown.contains("Call \\<b\\>&\"' later \\| then rest"))
    #expect(markdown.contains("see \\*this\\* \\[link\\](x) \\`code\\` \\_here\\_"))
    #expect(!markdown.contains("later | then"))
  }

  @Test func markdownTableHasAHeaderSeparatorAndEvenRows() throws {
    let summary = SampleJournal().summary()
    let markdown = ReportFormat.markdown.render(summary)
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let header = try #require(lines.firstIndex { $0.hasPrefix("| Symptom |") })
    #expect(lines[header + 1] == "| --- | ---: | --- | --- | --- | --- | --- | --- |")
    let rows = lines[header...].prefix { $0.hasPrefix("|") }
    #expect(summary.symptoms.map(\.term) == ["bone-pain", "nausea"])
    #expect(rows.count == 2 + summary.symptoms.count)
    for row in rows {
      let cells = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
      #expect(cells == 9, "\(row)")
    }
  }

  @Test func markdownEscapeKeepsTheLineAndItsStart() {
    #expect(MarkdownFormatter.md("a\nb  c") == "a b  c")
    #expect(MarkdownFormatter.md("- not a list") == "\\- not a list")
    #expect(MarkdownFormatter.md("1. not a list") == "1\\. not a list")
    #expect(MarkdownFormatter.md("# not a heading") == "\\# not a heading")
    #expect(MarkdownFormatter.md("fish & chips &amp;") == "fish & chips \\&amp;")
  }

  // MARK: Both

  @Test func emptyPeriodSaysSoInsteadOfEmptyTables() {
    let summary = SampleJournal().summary(emptyPeriod: true)
    #expect(summary.isEmpty)
    let markdown = ReportFormat.markdown.render(summary)
    #expect(markdown.contains(SummaryWords.emptyPeriod))
    #expect(!markdown.contains("| --- "))
    #expect(!markdown.contains("## Symptoms"))
    let html = ReportFormat.html.render(summary)
    #expect(html.contains(SummaryWords.emptyPeriod))
    #expect(!html.contains("<h2>Symptoms</h2>"))
  }

  @Test func bothEndWithTheDisclaimer() throws {
    for summary in [SampleJournal().summary(), SampleJournal().summary(emptyPeriod: true)] {
      let markdown = ReportFormat.markdown.render(summary)
      #expect(markdown.hasSuffix("\n\n" + Summary.disclaimer + "\n"))
      let html = ReportFormat.html.render(summary)
      let end = try #require(html.range(of: Summary.disclaimer))
      #expect(html[end.upperBound...] == "</p>\n</body>\n</html>\n")
      #expect(html.range(of: "<h2>")!.lowerBound < end.lowerBound)
    }
  }

  @Test func sameInputGivesByteIdenticalOutput() {
    for format in [ReportFormat.markdown, .html] {
      let first = format.render(SampleJournal().summary())
      let second = format.render(SampleJournal().summary())
      #expect(first == second)
      let long = SampleJournal().summary(days: 180)
      #expect(format.render(long) == format.render(long))
    }
  }

  /// The element names in document order, after dropping the doctype line; throws when it is not well-formed.
  static func parse(_ html: String) throws -> [String] {
    #expect(html.hasPrefix("<!DOCTYPE html>\n"))
    let body = html.split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
    let parser = XMLParser(data: Data(body.utf8))
    let collector = ElementCollector()
    parser.delegate = collector
    // On Linux parse() can return true for a tag left open, with the error only in parserError.
    let parsed = parser.parse()
    if let error = collector.error ?? parser.parserError {
      throw XMLError(message: "\(error) at line \(parser.lineNumber)")
    }
    guard parsed else { throw XMLError(message: "parse failed at line \(parser.lineNumber)") }
    return collector.elements
  }

  struct XMLError: Error { let message: String }
}

final class ElementCollector: NSObject, XMLParserDelegate {
  var elements: [String] = []
  var error: (any Error)?

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { error = error ?? parseError }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elements.append(elementName)
  }
}

/// A profile on treatment with a few weeks of entries, built in memory.
struct SampleJournal {
  static let today = LocalDate(iso: "2026-11-26")!
  var temperatures: [(Double, Int)] = [(36.9, 20), (37.1, 14), (38.4, 6), (37.0, 5), (36.8, 1)]
  var weights: [(Double, Int)] = [(27.5, 18), (27.3, 4)]
  var notes: [(Int, String)] = [(2, FormatterTests.tricky)]
  var extraSymptoms: [(term: String, daysAgo: Int)] = []
  /// Blood counts and heights, in their stored units.
  var readings: [(kind: Entry.Kind, value: Double, daysAgo: Int)] = []

  init(temperatures: [(Double, Int)]? = nil, weights: [(Double, Int)]? = nil) {
    if let temperatures { self.temperatures = temperatures }
    if let weights { self.weights = weights }
  }

  func entries() -> [Entry] {
    var entries: [Entry] = []
    let anna = Reporter(name: "Anna", role: .caregiver)
    func add(_ kind: Entry.Kind, term: String? = nil, severity: Severity? = nil, value: Double? = nil, daysAgo: Int, note: String? = nil) {
      let number = String(entries.count + 1)
      entries.append(
        Entry(
          id: EntryID("00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - number.count) + number)!,
          profileID: 1, kind: kind, term: term, severity: severity, value: value,
          unit: kind == .temperature ? "C" : kind == .weight ? "kg" : LabScale.of(kind)?.unit,
          occurredOn: Self.today.adding(days: -daysAgo), occurredAt: TimeOfDay(hour: 8, minute: 0),
          recordedAt: Timestamp(secondsSince1970: 0), reporter: anna, note: note))
    }
    for (daysAgo, severity) in [(12, Severity.mild), (9, .mild), (6, .moderate), (3, .moderate)] {
      add(.symptom, term: "bone-pain", severity: severity, daysAgo: daysAgo)
    }
    add(.symptom, term: "nausea", severity: nil, daysAgo: 5)
    add(.symptom, term: "nausea", severity: .mild, daysAgo: 4)
    add(.symptom, term: "fatigue", severity: Severity.none, daysAgo: 4)
    for (term, daysAgo) in extraSymptoms { add(.symptom, term: term, severity: .mild, daysAgo: daysAgo) }
    for (value, daysAgo) in temperatures { add(.temperature, value: value, daysAgo: daysAgo) }
    for (value, daysAgo) in weights { add(.weight, value: value, daysAgo: daysAgo) }
    for (kind, value, daysAgo) in readings { add(kind, value: value, daysAgo: daysAgo) }
    add(.infection, daysAgo: 6, note: "ear infection")
    for (daysAgo, text) in notes { add(.note, daysAgo: daysAgo, note: text) }
    return entries
  }

  /// The summary of the last 21 days (or `days`), or of a month long before any entry.
  func summary(days: Int = 21, emptyPeriod: Bool = false) -> Summary {
    var profile = Profile(name: "Leo")
    profile.id = 1
    profile.born = LocalDate(iso: "2017-03-02")
    profile.diagnosed = LocalDate(iso: "2024-11-12")
    profile.subtype = .bCell
    profile.remission = LocalDate(iso: "2025-01-01")
    let treatments = [
      Treatment(profileID: 1, agent: "vincristine", from: LocalDate(iso: "2024-11-12"), to: nil, note: nil),
      Treatment(profileID: 1, agent: "mercaptopurine", from: LocalDate(iso: "2025-02-01"), to: nil, note: nil),
    ]
    let period = emptyPeriod
      ? LocalDate(iso: "2026-01-01")!...LocalDate(iso: "2026-01-31")!
      : Self.today.adding(days: -(days - 1))...Self.today
    let input = RuleInput(
      profile: profile, entries: entries(), treatments: treatments, baseline: ["bone-pain"],
      visits: [Visit(profileID: 1, date: Self.today.adding(days: -21), with: nil, note: nil)], asOf: Self.today)
    return SummaryBuilder.build(
      profile: profile, entries: input.entries, treatments: treatments, baseline: ["bone-pain"],
      flags: RuleEngine.flags(input), period: period, asOf: Self.today)
  }
}
