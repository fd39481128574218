import CarelogCore
import CarelogRules
import Foundation
import Testing

@testable import CarelogReports

/// The summary's blood counts and heights, in every format, on journals built in memory.
struct CountSummaryTests {
  func withCounts() -> SampleJournal {
    var journal = SampleJournal()
    journal.readings = [
      (.anc, 1.2, 15), (.wbc, 3.4, 15), (.platelets, 140, 15), (.hemoglobin, 11.2, 15),
      (.anc, 0.3, 8), (.wbc, 1.9, 8), (.platelets, 20, 8), (.hemoglobin, 9.5, 8),
      (.height, 130, 15), (.height, 131.5, 2),
    ]
    return journal
  }

  @Test func aPeriodWithoutCountsShowsNoCountSectionAndEmptyKeys() throws {
    // Given a summary with no counts and no heights
    let summary = SampleJournal().summary()
    // Then no format shows a Blood counts section or a height line, and the JSON keys are there, empty
    #expect(summary.counts.isEmpty)
    for format in [ReportFormat.text, .markdown, .html] {
      let text = format.render(summary)
      #expect(!text.contains("Blood counts"), "\(format)")
      #expect(!text.contains("Height"), "\(format)")
    }
    let json = try #require(try JSONSerialization.jsonObject(with: Data(ReportFormat.json.render(summary).utf8)) as? [String: Any])
    #expect((json["counts"] as? [Any])?.isEmpty == true)
    let measurements = try #require(json["measurements"] as? [String: Any])
    #expect(measurements["height_end_cm"] is NSNull)
    #expect((measurements["heights_cm"] as? [Any])?.isEmpty == true)
  }

  @Test func theTextTableHasOneRowPerDayAndTheHeightSitsBesideTheWeight() {
    // Given counts on two days and two heights
    let text = ReportFormat.text.render(withCounts().summary())
    // Then the table lists each day's results as recorded, and the threshold once
    #expect(text.contains("\nBlood counts\n------------\n"))
    #expect(text.contains("Date        ANC ×10⁹/L  WBC ×10⁹/L  Platelets ×10⁹/L  Hemoglobin g/dL\n"))
    #expect(text.contains("\n2026-11-11  1.2         3.4         140               11.2\n"))
    #expect(text.contains("\n2026-11-18  0.3         1.9         20                9.5\n"))
    let unwrapped = text.replacingOccurrences(of: "\n", with: " ")
    #expect(unwrapped.contains("ANC below 0.5 ×10⁹/L and platelets below 25 ×10⁹/L (CTCAE v5 grade 4)"))
    #expect(text.contains("Height 130 cm on 2026-11-11 → 131.5 cm on 2026-11-24 (+1.5 cm)"))
    let measurements = text.range(of: "\nMeasurements\n")!.lowerBound
    let counts = text.range(of: "\nBlood counts\n")!.lowerBound
    #expect(text.range(of: "Height 130")!.lowerBound > measurements && text.range(of: "Height 130")!.lowerBound < counts)
    // And the low ANC and platelets raised their flags, the count table itself saying nothing about them
    #expect(text.contains("Low blood count"))
  }

  @Test func theHTMLHasAChartPerCountWithTheFlagsThresholdLine() throws {
    let html = ReportFormat.html.render(withCounts().summary())
    let elements = try FormatterTests.parse(html)
    // Strip, temperature and weight, then ANC, WBC, platelets and hemoglobin
    #expect(elements.filter { $0 == "svg" }.count == 7)
    #expect(html.contains("<h2>Blood counts</h2>"))
    #expect(html.contains("<figcaption>ANC (×10⁹/L)</figcaption>"))
    #expect(html.contains(">flag below 0.5</text>"))
    #expect(html.contains(">flag below 25</text>"))
    // Results below the threshold are marked; others are not; counts without a threshold have no line
    #expect(html.contains("class=\"hot\"><title>2026-11-18: 0.3 ×10⁹/L</title>"))
    #expect(html.contains("class=\"point\"><title>2026-11-11: 1.2 ×10⁹/L</title>"))
    #expect(html.contains("class=\"point\"><title>2026-11-18: 1.9 ×10⁹/L</title>"))
    #expect(html.components(separatedBy: "class=\"fevertext\"").count - 1 == 3, "fever, ANC and platelets")
    #expect(html.contains("<p>Height 130 cm on 2026-11-11 → 131.5 cm on 2026-11-24 (+1.5 cm)</p>"))
    // No axis goes below zero
    #expect(!html.contains("class=\"tick\">-"))
  }

  @Test func theJSONListsEachResultWithItsKindDayValueAndUnit() throws {
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(ReportFormat.json.render(withCounts().summary()).utf8)) as? [String: Any])
    let counts = try #require(json["counts"] as? [[String: Any]])
    #expect(counts.map { $0["kind"] as? String } == ["anc", "wbc", "platelets", "hemoglobin", "anc", "wbc", "platelets", "hemoglobin"])
    #expect(counts[4]["on"] as? String == "2026-11-18")
    #expect(counts[4]["value"] as? Double == 0.3)
    #expect(counts.map { $0["unit"] as? String } == Array(repeating: "10^9/L", count: 3) + ["g/dL"] + Array(repeating: "10^9/L", count: 3) + ["g/dL"])
    let keys = Array(json.keys)
    #expect(keys.contains("counts"))
    let measurements = try #require(json["measurements"] as? [String: Any])
    #expect((measurements["heights_cm"] as? [[String: Any]])?.count == 2)
    #expect((measurements["height_start_cm"] as? [String: Any])?["value"] as? Double == 130)
  }

  @Test func theMarkdownTableHasTheSameRows() {
    let markdown = ReportFormat.markdown.render(withCounts().summary())
    #expect(markdown.contains("## Blood counts"))
    #expect(markdown.contains("| Date | ANC (×10⁹/L) | WBC (×10⁹/L) | Platelets (×10⁹/L) | Hemoglobin (g/dL) |"))
    #expect(markdown.contains("| --- | ---: | ---: | ---: | ---: |"))
    #expect(markdown.contains("| 2026-11-18 |"))
  }
}
