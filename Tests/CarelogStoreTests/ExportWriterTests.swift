import CarelogCore
import Testing

@testable import CarelogStore

/// The export writes entries straight to bytes; the result must be byte for byte the tree rendering it replaced
/// (the export format is a public contract).
struct ExportWriterTests {
  @Test func entriesWrittenDirectlyAreTheirRenderedTrees() {
    var random = SplitMix64(seed: 17)
    let texts: [String?] = [nil, "fatigue", "a \"quoted\" note", "back\\slash", "line\none\ttab\r", "\u{1}\u{1F}", "é 👍", ""]
    let values: [Double?] = [nil, 0, -0.0, 37.0, 38.25, 1e15, 1e300, -4.5, 0.1234567, 12.3456785, .nan, .infinity]
    for _ in 0..<5_000 {
      let entry = Entry(
        id: EntryID.random(using: &random), profileID: 1,
        kind: Entry.Kind.allCases[Int.random(in: 0..<Entry.Kind.allCases.count, using: &random)],
        term: texts[Int.random(in: 0..<texts.count, using: &random)],
        severity: Bool.random(using: &random) ? nil : Severity(rawValue: Int.random(in: 0...4, using: &random)),
        value: values[Int.random(in: 0..<values.count, using: &random)], unit: texts[Int.random(in: 0..<texts.count, using: &random)],
        occurredOn: LocalDate(dayNumber: Int.random(in: -800_000...3_000_000, using: &random)),
        occurredAt: Bool.random(using: &random) ? nil : TimeOfDay(hour: Int.random(in: 0...23, using: &random), minute: Int.random(in: 0...59, using: &random)),
        recordedAt: Timestamp(secondsSince1970: Int.random(in: -70_000_000_000...260_000_000_000, using: &random)),
        reporter: Reporter(name: texts[Int.random(in: 1..<texts.count, using: &random)]!, role: Bool.random(using: &random) ? .self : .caregiver),
        note: texts[Int.random(in: 0..<texts.count, using: &random)])
      let revision = Int.random(in: -2...3_000_000, using: &random)
      let deletedAt: String? = Bool.random(using: &random) ? nil : "2026-11-2\(Int.random(in: 0...9, using: &random))T10:00:00Z"
      let revisions: [(Int, Entry, String, String)] = random.next() % 8 == 0 ? [(1, entry, "2026-11-20T10:00:00Z", "edited")] : []
      let indent = Int.random(in: 0...8, using: &random)
      var written: [UInt8] = Array("x".utf8)
      ExportFormat.appendEntry(entry, revision: revision, deletedAt: deletedAt, revisions: revisions, indent: indent, to: &written)
      var rendered: [UInt8] = Array("x".utf8)
      ExportFormat.entry(entry, revision: revision, deletedAt: deletedAt, revisions: revisions).render(into: &rendered, indent: indent)
      #expect(written == rendered, "\(String(decoding: written, as: UTF8.self))\n---\n\(String(decoding: rendered, as: UTF8.self))")
    }
  }

  @Test func datesAndTimesPrintTheSameWrittenDirectly() {
    var random = SplitMix64(seed: 29)
    for _ in 0..<10_000 {
      let moment = Timestamp(secondsSince1970: Int.random(in: -400_000_000_000...400_000_000_000, using: &random))
      var bytes: [UInt8] = []
      moment.appendDescription(to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == moment.description)
      #expect(moment.description == Self.independentText(moment))
      if (0...9999).contains(moment.utcDay.components.year) {
        #expect(Timestamp(iso: moment.description) == moment, "\(moment.description)")
      }
      let day = moment.utcDay
      bytes.removeAll()
      day.appendDescription(to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == day.description)
    }
  }

  /// How the moment printed before the direct writer: each part padded with zeros, joined.
  static func independentText(_ moment: Timestamp) -> String {
    func pad(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
    let day = moment.utcDay
    let (year, month, date) = day.components
    let seconds = moment.secondsSince1970 - day.dayNumber * 86400
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(date, 2))T\(pad(seconds / 3600, 2)):\(pad(seconds % 3600 / 60, 2)):\(pad(seconds % 60, 2))Z"
  }
}
