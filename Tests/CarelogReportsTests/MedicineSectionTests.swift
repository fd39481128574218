import CarelogCore
import CarelogRules
import Foundation
import Testing

@testable import CarelogReports

/// The summary's Medicines section: counts worked out by hand, and how each format lays them out.
struct MedicineSectionTests {
  static let first = LocalDate(iso: "2026-11-13")!
  static let last = LocalDate(iso: "2026-11-26")!
  static let anna = Reporter(name: "Anna", role: .caregiver)

  static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

  static func dose(_ medicineID: Int64, _ on: String, _ status: Dose.Status, _ number: Int) -> Dose {
    let suffix = String(number)
    return Dose(
      id: EntryID("00000000-0000-4000-9000-" + String(repeating: "0", count: 12 - suffix.count) + suffix)!,
      medicineID: medicineID, on: day(on), status: status, reason: status == .taken ? nil : "a reason",
      reporter: anna, recordedAt: Timestamp(secondsSince1970: 0))
  }

  /// Mercaptopurine every day since before the period, with taken, missed, held and unrecorded days, and a dose
  /// before the period that must not count; methotrexate on Fridays, started and stopped inside the period;
  /// dexamethasone stopped before the period; vincristine weekly on Mondays from the period's last two days.
  static func medicines() -> (medicines: [Medicine], doses: [Dose]) {
    var mp = Medicine(
      profileID: 1, name: "mercaptopurine", dose: "50 mg <b>&\"'", schedule: DoseSchedule(every: .day, at: TimeOfDay(hour: 20, minute: 0)),
      from: day("2026-11-01"))
    mp.id = 1
    var mtx = Medicine(
      profileID: 1, name: "methotrexate", dose: "20 mg", schedule: DoseSchedule(every: .week(weekday: 5)),
      from: day("2026-11-16"), to: day("2026-11-24"))
    mtx.id = 2
    var dex = Medicine(
      profileID: 1, name: "dexamethasone", dose: "6 mg", schedule: DoseSchedule(every: .days(28), forDays: 5),
      from: day("2026-10-01"), to: day("2026-11-12"))
    dex.id = 3
    var vcr = Medicine(
      profileID: 1, name: "vincristine", dose: "1.5 mg", schedule: DoseSchedule(every: .week(weekday: 1)),
      from: day("2026-11-25"))
    vcr.id = 4
    var doses: [Dose] = [dose(1, "2026-11-10", .missed, 1)]
    for (index, date) in (13...20).map({ "2026-11-\($0)" }).enumerated() { doses.append(dose(1, date, .taken, 10 + index)) }
    doses += [dose(1, "2026-11-21", .missed, 30), dose(1, "2026-11-22", .held, 31), dose(1, "2026-11-23", .held, 32)]
    doses.append(dose(2, "2026-11-20", .taken, 40))
    doses.append(dose(3, "2026-10-01", .taken, 50))
    return ([mp, mtx, dex, vcr], doses)
  }

  /// The sample journal's summary over 2026-11-13…26, with the medicines' doses counted over it.
  static func summary(medicines: Bool = true) -> Summary {
    let (list, doses) = Self.medicines()
    let tallies = medicines ? list.map { DoseTally($0, doses: doses, from: first, through: last) } : []
    var profile = Profile(name: "Leo")
    profile.id = 1
    profile.born = LocalDate(iso: "2017-03-02")
    let entries = SampleJournal().entries()
    let input = RuleInput(profile: profile, entries: entries, treatments: [], baseline: [], visits: [], asOf: last)
    return SummaryBuilder.build(
      profile: profile, entries: entries, treatments: [], baseline: [], flags: RuleEngine.flags(input),
      period: first...last, asOf: last, doses: tallies)
  }

  // MARK: - The numbers

  @Test func countsAreThoseWorkedOutByHand() throws {
    let s = Self.summary()
    // Dexamethasone stopped the day before the period: left out. Sorted by label.
    #expect(s.medicines.map(\.medicine.name) == ["mercaptopurine", "methotrexate", "vincristine"])
    let mp = s.medicines[0]
    // 14 days due (13th to 26th); 8 taken (13th–20th), 1 missed, 2 held, 3 not recorded (24th–26th); the dose
    // missed on the 10th is before the period.
    #expect((mp.due, mp.taken, mp.missed, mp.held, mp.notRecorded) == (14, 8, 1, 2, 3))
    // taken ÷ (due − held) = 8 ÷ 12.
    let adherence = try #require(mp.adherence)
    #expect(abs(adherence - 8.0 / 12.0) < 1e-12)
    // Started on the 16th and stopped on the 24th, on Fridays: only the 20th was due, and it was taken.
    let mtx = s.medicines[1]
    #expect(mtx.dueDays == [Self.day("2026-11-20")])
    #expect((mtx.due, mtx.taken, mtx.missed, mtx.held, mtx.notRecorded) == (1, 1, 0, 0, 0))
    #expect(mtx.adherence == 1)
    // Mondays from the 25th: none in the period, so no share.
    let vcr = s.medicines[2]
    #expect(vcr.due == 0)
    #expect(vcr.adherence == nil)
  }

  @Test func wordsSayTheShareTakenWithHeldOnesLeftOut() {
    let s = Self.summary()
    #expect(MedicineWords.adherence(s.medicines[0]) == "67 % of the doses due taken (held ones left out)")
    #expect(MedicineWords.adherence(s.medicines[1]) == "100 % of the doses due taken")
    #expect(MedicineWords.adherence(s.medicines[2]) == "no dose was due in this period")
    #expect(MedicineWords.counts(s.medicines[0]) == "14 doses due: 8 taken, 1 missed, 2 held, 3 not recorded")
    #expect(MedicineWords.counts(s.medicines[1]) == "1 dose due: 1 taken, 0 missed, 0 held, 0 not recorded")
    // Every dose due held: no share, and it says why.
    let (list, _) = Self.medicines()
    let held = DoseTally(list[1], doses: [Self.dose(2, "2026-11-20", .held, 60)], from: Self.first, through: Self.last)
    #expect(MedicineWords.adherence(held) == "every dose due was held")
  }

  @Test func stripHasOneMarkADayInWeeksThatFitTheWidth() {
    let s = Self.summary()
    let period = s.header.period
    #expect(MedicineWords.strip(s.medicines[0], period: period, width: 80, indent: "  ") == ["  11-13 +++++++ +xhh???"])
    #expect(MedicineWords.strip(s.medicines[1], period: period, width: 80) == ["11-13 ....... +......"])
    // Two weeks do not fit in 20 columns (5 + 8 + 8 = 21): one week a line, each starting with its first day.
    #expect(MedicineWords.strip(s.medicines[0], period: period, width: 20) == ["11-13 +++++++", "11-20 +xhh???"])
    // A long period wraps and no line is wider than the page.
    let long = Self.day("2026-08-29")...Self.last
    let (list, doses) = Self.medicines()
    let tally = DoseTally(list[0], doses: doses, from: long.lowerBound, through: long.upperBound)
    let lines = MedicineWords.strip(tally, period: long, width: 80, indent: "  ")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.count <= 80 })
    #expect(lines.joined().filter { "+x?h.".contains($0) }.count == 90)
    // Before the medicine started (2026-11-01): no dose due.
    #expect(lines[0].hasPrefix("  08-29 ....... ......."))
  }

  // MARK: - Formats

  @Test func textHasTheSectionWithCountsStripAndLegend() {
    let text = ReportFormat.text.render(Self.summary())
    #expect(text.contains("\nMedicines\n---------\n"))
    #expect(text.contains("Mercaptopurine (6-MP): 50 mg <b>&\"', every day at 20:00, from 2026-11-01\n"))
    #expect(text.contains("Methotrexate: 20 mg, every week on Friday, from 2026-11-16 to 2026-11-24\n"))
    #expect(text.contains("  14 doses due: 8 taken, 1 missed, 2 held, 3 not recorded; 67 % of the doses due\n    taken (held ones left out)\n"))
    #expect(text.contains("\n  11-13 +++++++ +xhh???\n"))
    #expect(text.replacingOccurrences(of: "\n", with: " ").contains(
      "+ taken · x missed · h held (the care team said to skip it) · ? due but not recorded · . no dose due."))
    #expect(!text.contains("Dexamethasone"))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    // Medicines come after the measurements and before the treatment history.
    let order = ["\nMeasurements\n", "\nMedicines\n", "\nTreatment so far\n"].map { text.range(of: $0)?.lowerBound }
    #expect(order.allSatisfy { $0 != nil })
    #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
  }

  @Test func markdownHasATableAndTheStripsInCodeBlocks() {
    let markdown = ReportFormat.markdown.render(Self.summary())
    #expect(markdown.contains("\n## Medicines\n\n| Medicine | Dose | Schedule | Due | Taken | Missed | Held | Not recorded | Taken of due |\n"))
    #expect(markdown.contains(
      "| Mercaptopurine (6-MP) | 50 mg \\<b\\>&\"' | every day at 20:00, from 2026-11-01 | 14 | 8 | 1 | 2 | 3 | 67 % of the doses due taken (held ones left out) |"))
    #expect(markdown.contains("| Vincristine | 1\\.5 mg | every week on Monday, from 2026-11-25 | 0 | 0 | 0 | 0 | 0 | no dose was due in this period |"))
    #expect(markdown.contains("**Mercaptopurine (6-MP)**, day by day:\n\n```\n11-13 +++++++ +xhh???\n```\n"))
    // Every table row has the header's number of cells.
    let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("doses due") || $0.hasPrefix("| Medicine") }
    #expect(rows.count == 3)
    #expect(Set(rows.map { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count }) == [10])
  }

  @Test func jsonHasExactlyTheDocumentedKeysPerMedicine() throws {
    let json = ReportFormat.json.render(Self.summary())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let medicines = try #require(object["medicines"] as? [[String: Any]])
    #expect(medicines.count == 3)
    let keys = ["name", "dose", "schedule", "due", "taken", "missed", "held", "not_recorded", "adherence"]
    for medicine in medicines { #expect(Set(medicine.keys) == Set(keys)) }
    // In that order, as documented.
    let first = try #require(json.range(of: "\"name\": \"mercaptopurine\""))
    let positions = keys.map { json.range(of: "\"\($0)\":", range: first.lowerBound..<json.endIndex)?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    #expect(medicines[0]["dose"] as? String == "50 mg <b>&\"'")
    #expect(medicines[0]["schedule"] as? String == "every day at 20:00")
    #expect(medicines[0]["due"] as? Int == 14)
    #expect(medicines[0]["not_recorded"] as? Int == 3)
    let adherence = try #require(medicines[0]["adherence"] as? Double)
    #expect(abs(adherence - 8.0 / 12.0) < 1e-6)
    #expect(medicines[1]["adherence"] as? Double == 1)
    #expect(medicines[2]["adherence"] is NSNull)
    // The same fields as `doses --json`.
    #expect(MedicineFields.tally(Self.summary().medicines[0]).rendered().contains("\"held\": 2"))
  }

  @Test func htmlHasATableAndAStripThatDoesNotRelyOnColourAlone() throws {
    let html = ReportFormat.html.render(Self.summary())
    let elements = try FormatterTests.parse(html)
    #expect(elements.filter { $0 == "svg" }.count == 4)
    #expect(html.contains("<h2>Medicines</h2>"))
    #expect(html.contains("<td>50 mg &lt;b&gt;&amp;&quot;&#39;</td>"))
    #expect(!html.contains("50 mg <b>"))
    #expect(html.contains("<td class=\"num\">14</td><td class=\"num\">8</td><td class=\"num\">1</td><td class=\"num\">2</td><td class=\"num\">3</td>"))
    #expect(html.contains("Doses by day, 2026-11-13 to 2026-11-26"))
    // Every recorded or due day has a tooltip in words.
    #expect(html.contains("<title>Mercaptopurine (6-MP), 2026-11-21: missed</title>"))
    #expect(html.contains("<title>Mercaptopurine (6-MP), 2026-11-22: held (the care team said to skip it)</title>"))
    #expect(html.contains("<title>Mercaptopurine (6-MP), 2026-11-24: due but not recorded</title>"))
    #expect(html.contains("<title>Methotrexate, 2026-11-20: taken</title>"))
    #expect(!html.contains("Methotrexate, 2026-11-13"))
    // Each status has its own shape: missed outlined, held half height, unrecorded a low tick.
    let looks = MedicineWords.Mark.allCases.filter { $0 != .notDue }.map(HTMLMedicines.look)
    #expect(Set(looks.map { "\($0.height) \($0.stroke ?? "-")" }).count == looks.count)
    // Days are wide enough here (14 days) for their letter.
    #expect(html.contains("class=\"mark\" fill=\"#a4161a\">x</text>"))
    for word in ["+ taken", "x missed", "h held", "? due but not recorded", "no dose due"] {
      #expect(html.contains(">\(word)</text>"), "legend lacks \(word)")
    }
    let lower = html.lowercased()
    for forbidden in ["<script", "http://", "https://", "url(", "@import", "<link", "<img", "src=", "href="] {
      #expect(!lower.contains(forbidden), "found \(forbidden)")
    }
  }

  @Test func aLongPeriodStaysWellFormedAndTheSameTwice() throws {
    let (list, doses) = Self.medicines()
    let start = Self.day("2026-06-01")
    var profile = Profile(name: "Leo")
    profile.id = 1
    let summary = SummaryBuilder.build(
      profile: profile, entries: [], treatments: [], baseline: [], flags: [], period: start...Self.last, asOf: Self.last,
      doses: list.map { DoseTally($0, doses: doses, from: start, through: Self.last) })
    #expect(summary.medicines.count == 4)
    _ = try FormatterTests.parse(ReportFormat.html.render(summary))
    for format in ReportFormat.allCases { #expect(format.render(summary) == format.render(summary)) }
    #expect(ReportFormat.text.render(summary).split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test func noMedicineInThePeriodLeavesTheSectionOut() throws {
    let s = Self.summary(medicines: false)
    #expect(s.medicines.isEmpty)
    #expect(!ReportFormat.text.render(s).contains("Medicines"))
    #expect(!ReportFormat.markdown.render(s).contains("Medicines"))
    #expect(!ReportFormat.html.render(s).contains("Medicines"))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(ReportFormat.json.render(s).utf8)) as? [String: Any])
    #expect(object["medicines"] == nil)
    #expect(object["symptoms"] != nil)
    // A medicine stopped before the period counts as none.
    let (list, doses) = Self.medicines()
    var profile = Profile(name: "Leo")
    profile.id = 1
    let stopped = SummaryBuilder.build(
      profile: profile, entries: [], treatments: [], baseline: [], flags: [], period: Self.first...Self.last, asOf: Self.last,
      doses: [DoseTally(list[2], doses: doses, from: Self.first, through: Self.last)])
    #expect(stopped.medicines.isEmpty)
  }
}
