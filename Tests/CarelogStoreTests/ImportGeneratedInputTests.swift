import CarelogCore
import Foundation
import Testing

@testable import CarelogStore

/// The importer's checks over generated files: mutations of a valid export, and documents with repeated keys,
/// extreme numbers and dates, control characters and long strings. Each is either accepted whole, and then
/// everything in it obeys the limits the command line enforces, or refused with an ImportError naming a
/// record; nothing crashes.
struct ImportGeneratedInputTests {
  static let context = ImportContext(today: LocalDate(iso: "2026-11-26")!, now: Timestamp(iso: "2026-11-26T12:00:00Z")!)

  static let base = """
    {"format": "carelog-export", "version": 1, "profiles": [{"name": "Leo", "born": "2017-03-02", "subtype": "b-cell",
    "reporter": "Anna", "reporter_role": "caregiver", "notes": "line one\\nline two", "default": true,
    "treatments": [{"agent": "vincristine", "from": "2025-05-05", "to": null, "note": "pulses"}],
    "baseline": ["bone-pain"], "visits": [{"date": "2026-11-05", "with": "Dr. O", "note": null}],
    "acknowledged_flags": [{"flag_id": "bleeding-or-bruising:2026-11-01", "level": "soon", "acknowledged_at": "2026-11-02T10:00:00Z", "note": null}],
    "entries": [
    {"id": "6f1c2e9a-1b2c-4d3e-8f40-1234567890ab", "kind": "symptom", "term": "fatigue", "severity": 2, "value": null,
     "unit": null, "occurred_on": "2026-11-20", "occurred_at": "21:30", "recorded_at": "2026-11-20T21:35:00Z",
     "reporter": "Leo", "reporter_role": "self", "note": "ça va \\u00e9 \\ud83d\\udc4d", "revision": 2, "deleted_at": null,
     "revisions": [{"revision": 1, "id": "6f1c2e9a-1b2c-4d3e-8f40-1234567890ab", "kind": "symptom", "term": "fatigue",
       "severity": 1, "value": null, "unit": null, "occurred_on": "2026-11-20", "occurred_at": null,
       "recorded_at": "2026-11-20T21:35:00Z", "reporter": "Leo", "reporter_role": "self", "note": null,
       "superseded_at": "2026-11-21T08:00:00Z", "change": "edited"}]},
    {"id": "7a1c2e9a-1b2c-4d3e-8f40-1234567890ab", "kind": "temperature", "term": null, "severity": null, "value": 38.2,
     "unit": "C", "occurred_on": "2026-11-21", "occurred_at": null, "recorded_at": "2026-11-21T07:00:00Z",
     "reporter": "Anna", "reporter_role": "caregiver", "note": null, "revision": 1, "deleted_at": null, "revisions": []}
    ]}]}
    """

  /// The base document as a tree, to change one value at a time.
  static let tree: JSONText = {
    var reader = JSONReader(bytes: Array(base.utf8))
    return try! reader.readValue()
  }()

  @Test func theBaseFileIsValid() throws {
    let (profiles, entries) = try Self.read(Array(Self.base.utf8))
    #expect(profiles.count == 1)
    #expect(profiles[0].treatments.count == 1)
    #expect(entries.count == 2)
    #expect(Array(Self.tree.rendered().utf8).count > 100)
    _ = try Self.read(Array(Self.tree.rendered().utf8))
  }

  @Test func mutatedFilesAreAcceptedWholeOrRefusedCleanly() {
    var random = SplitMix64(seed: 42)
    let base = Array(Self.base.utf8)
    let pieces: [[UInt8]] = ["{", "}", "[", "]", ",", ":", "\"", "\\", "null", "1e999", "-0", "\\ud800", "\u{0}", "é"]
      .map { Array($0.utf8) }
    var (accepted, refused) = (0, 0)
    for _ in 0..<100_000 {
      var bytes = base
      for _ in 0..<Int.random(in: 1...3, using: &random) {
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
        case 1: bytes.remove(at: at)
        case 2: bytes.insert(contentsOf: pieces[Int.random(in: 0..<pieces.count, using: &random)], at: at)
        default: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
        }
        if bytes.isEmpty { bytes = [0x20] }
      }
      do {
        let (profiles, entries) = try Self.read(bytes)
        accepted += 1
        // An independent JSON parser agrees that what was accepted is JSON, and everything in it is clean.
        #expect((try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil,
          "accepted a file that is not JSON: \(String(decoding: bytes, as: UTF8.self))")
        Self.expectClean(profiles, entries)
      } catch let error as ImportError {
        refused += 1
        #expect(!error.description.isEmpty)
      } catch {
        Issue.record("unexpected \(error) for \(String(decoding: bytes, as: UTF8.self))")
      }
    }
    // Both outcomes occur: harmless mutations (in spaces, in a note) are accepted, breaking ones refused.
    #expect(accepted > 100 && refused > 50_000, "accepted \(accepted), refused \(refused)")
  }

  @Test func entriesReadFlatGiveTheSameEntriesOrErrorAsEntriesReadAsTrees() {
    var random = SplitMix64(seed: 23)
    let bases = [Array(Self.base.utf8), Array(Self.tree.rendered().utf8)]
    let pieces: [[UInt8]] = ["{", "}", "[", "]", ",", ":", "\"", "\\", "null", "1e2", "-0", "0.5", "37.25", "\"id\": \"x\",",
      "\"revision\": 3,", "\"note\": \" \",", "\"term\": \"Fatigue\",", "é", " "].map { Array($0.utf8) }
    var flatEntries = 0
    for _ in 0..<5_000 {
      var bytes = bases[Int.random(in: 0..<2, using: &random)]
      for _ in 0..<Int.random(in: 1...2, using: &random) {
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
        case 1: bytes.remove(at: at)
        default: bytes.insert(contentsOf: pieces[Int.random(in: 0..<pieces.count, using: &random)], at: at)
        }
        if bytes.isEmpty { bytes = [0x20] }
      }
      let flat = Self.outcome(bytes, readsFlat: true)
      #expect(flat == Self.outcome(bytes, readsFlat: false), "\(String(decoding: bytes, as: UTF8.self))")
      if !flat.hasPrefix("error") { flatEntries += 1 }
    }
    #expect(flatEntries > 200)
  }

  @Test func theFirstEntryGivenTwiceIsNamedUnlessAnotherProblemComesFirst() {
    var random = SplitMix64(seed: 31)
    for _ in 0..<300 {
      let count = Int.random(in: 2...60, using: &random)
      var ids = (0..<count).map { _ in EntryID.random(using: &random).rawValue }
      let copy = Int.random(in: 1..<count, using: &random)
      let original = Int.random(in: 0..<copy, using: &random)
      let repeats = random.next() % 4 != 0
      if repeats { ids[copy] = ids[original] }
      let broken = random.next() % 2 == 0 ? Int.random(in: 0..<count, using: &random) : nil
      let entries = ids.enumerated().map { index, id in
        #"{"id": "\#(id)", "kind": "\#(index == broken ? "dream" : "note")", "occurred_on": "2026-11-20", "#
          + #""recorded_at": "2026-11-20T10:00:00Z", "reporter": "Anna", "reporter_role": "caregiver", "note": "n\#(index)"}"#
      }
      let document = #"{"format": "carelog-export", "version": 1, "profiles": [{"name": "Leo", "entries": ["#
        + entries.joined(separator: ",\n") + "]}]}"
      do {
        _ = try Self.read(Array(document.utf8))
        #expect(!repeats && broken == nil, "accepted")
      } catch let error as ImportError {
        if repeats, copy < broken ?? count {
          #expect(error.description.contains("entries[\(copy)] (id \(ids[copy].prefix(8))), field \"id\", is the id of an earlier entry"), "\(error)")
        } else {
          #expect(broken != nil && error.description.contains("entries[\(broken!)], field \"kind\""), "\(error)")
        }
      } catch {
        Issue.record("unexpected \(error)")
      }
    }
  }

  @Test func aRepeatedKeyAnywhereIsRefusedNamingItsPath() throws {
    var random = SplitMix64(seed: 7)
    let objects = Self.objectPaths(Self.tree, [])
    #expect(objects.count >= 8)
    for _ in 0..<3_000 {
      let path = objects[Int.random(in: 0..<objects.count, using: &random)]
      var key = ""
      var afterTheOriginal = false
      let document = Self.changing(Self.tree, at: path[...]) { value in
        guard case .object(var fields) = value, !fields.isEmpty else { return value }
        let index = Int.random(in: 0..<fields.count, using: &random)
        let original = fields[index]
        key = original.0
        let copy = random.next() & 1 == 0 ? original.1 : .null
        let at = Int.random(in: 0...fields.count, using: &random)
        afterTheOriginal = at > index
        fields.insert((key, copy), at: at)
        return .object(fields)
      }
      guard !key.isEmpty else { continue }
      do {
        _ = try Self.read(Array(document.rendered().utf8))
        Issue.record("a repeated \(key) at \(path) was accepted")
      } catch let error as ImportError {
        // Read in one pass, the first copy is checked when it comes: a bad one placed first may be refused for
        // what it holds. Once a value has been read, its key given again is always named.
        guard afterTheOriginal || error.description.contains("twice") else { continue }
        let expected = "$" + path.map(\.description).joined() + JSONReader.PathStep.key(key).description
        #expect(error.description.contains("\"\(key)\" twice at \(expected) "), "\(error)")
      }
    }
  }

  @Test func extremeNumbersAndDatesAreAcceptedOnlyWithinTheLimits() {
    var random = SplitMix64(seed: 11)
    let numbers: [Double] = [1e300, -1e300, .greatestFiniteMagnitude, .leastNonzeroMagnitude, 0, -0.0, 45.0000001, 29.99, 4, 5, 1e6, 1_000_001]
    let targets: [[JSONReader.PathStep]] = ["value", "severity", "revision", "occurred_on", "recorded_at", "deleted_at"]
      .flatMap { key in [0, 1].map { Self.entryPath($0) + [.key(key)] } }
      + [Self.entryPath(0) + [.key("revisions"), .index(0), .key("superseded_at")],
         [.key("profiles"), .index(0), .key("born")], [.key("profiles"), .index(0), .key("visits"), .index(0), .key("date")],
         [.key("profiles"), .index(0), .key("acknowledged_flags"), .index(0), .key("acknowledged_at")]]
    var accepted = 0
    for _ in 0..<5_000 {
      let target = targets[Int.random(in: 0..<targets.count, using: &random)]
      let replacement: JSONText
      switch Int.random(in: 0..<4, using: &random) {
      case 0:
        let pick = Int.random(in: 0...numbers.count, using: &random)
        let bits = Double(bitPattern: random.next())
        replacement = .number(pick < numbers.count ? numbers[pick] : bits.isFinite ? bits : 1)
      case 1: replacement = .string(Self.randomDay(&random).text)
      case 2: replacement = .string(Self.randomDay(&random).text + "T" + Self.randomClock(&random) + "Z")
      default: replacement = .number(Double(Int.random(in: -3...50, using: &random)))
      }
      let document = Self.changing(Self.tree, at: target[...]) { _ in replacement }
      if let (profiles, entries) = try? Self.read(Array(document.rendered().utf8)) {
        accepted += 1
        Self.expectClean(profiles, entries)
      }
    }
    #expect(accepted > 0)
  }

  @Test func controlCharactersAndLongStringsAreAcceptedOnlyWithinTheLimits() {
    var random = SplitMix64(seed: 5)
    let pool: [Character] = ["a", "b", "z", " ", "-", "é", "e\u{308}", "👍", "\u{0}", "\u{1B}", "\t", "\n", "\r",
      "\u{7F}", "\u{85}", "\u{2028}", "\u{202E}", "[", "3", "1", ":"]
    let strings: [[JSONReader.PathStep]] = ["term", "note", "reporter", "unit"].map { Self.entryPath(0) + [.key($0)] }
      + ["name", "reporter", "notes"].map { [.key("profiles"), .index(0), .key($0)] }
      + [[.key("profiles"), .index(0), .key("baseline"), .index(0)],
         [.key("profiles"), .index(0), .key("visits"), .index(0), .key("with")],
         [.key("profiles"), .index(0), .key("treatments"), .index(0), .key("note")],
         [.key("profiles"), .index(0), .key("acknowledged_flags"), .index(0), .key("flag_id")]]
    var accepted = 0
    for _ in 0..<4_000 {
      let target = strings[Int.random(in: 0..<strings.count, using: &random)]
      let length = [0, 1, 5, 60, 99, 100, 101, 152, 153, 9_999, 10_000, 10_001, 30_000][Int.random(in: 0..<13, using: &random)]
      let plain = random.next() % 3 == 0
      let text = String((0..<length).map { _ in plain ? "a" : pool[Int.random(in: 0..<pool.count, using: &random)] })
      let document = Self.changing(Self.tree, at: target[...]) { _ in .string(text) }
      if let (profiles, entries) = try? Self.read(Array(document.rendered().utf8)) {
        accepted += 1
        Self.expectClean(profiles, entries)
      }
    }
    #expect(accepted > 0)
  }

  // MARK: - Helpers

  /// Walks a document as the importer's check does, keeping the entries too.
  static func read(_ bytes: [UInt8], readsFlat: Bool = true) throws -> ([ImportedProfile], [ImportedEntry]) {
    _ = try JournalImport.validate(context) { JSONReader(bytes: bytes) }
    var profiles: [ImportedProfile] = []
    var entries: [ImportedEntry] = []
    try JournalImport.walk(context, { JSONReader(bytes: bytes) }, readsFlat: readsFlat) { profiles.append($0) } entry: {
      entries.append($1)
    }
    return (profiles, entries)
  }

  /// What reading a document gives, entries read flat or as trees: the entries in full, or the error.
  static func outcome(_ bytes: [UInt8], readsFlat: Bool) -> String {
    do {
      var entries: [String] = []
      try JournalImport.walk(context, { JSONReader(bytes: bytes) }, readsFlat: readsFlat) { _ in } entry: { index, entry in
        entries.append("\(index) \(entry) \(entry.entry.value?.bitPattern ?? 0)")
      }
      return entries.joined(separator: "\n")
    } catch {
      return "error \(error)"
    }
  }

  /// What the command line would also accept: plain text within limits, dates carelog keeps, readings in range.
  static func expectClean(_ profiles: [ImportedProfile], _ entries: [ImportedEntry]) {
    func text(_ value: String?, _ limit: Int, newlines: Bool = false) {
      guard let value else { return }
      #expect(!value.isEmpty && value.count <= limit, "\(value.count) characters")
      #expect(!value.unicodeScalars.contains { TextInput.isForbidden($0, newlines: newlines) }, "\(value.debugDescription)")
    }
    func day(_ value: LocalDate?, future: Bool = false) {
      guard let value else { return }
      #expect(SupportedDates.contains(value) && (future || value <= context.today), "\(value)")
    }
    for imported in profiles {
      let p = imported.profile
      text(p.name, 100)
      text(p.reporter, 100)
      text(p.notes, 10_000, newlines: true)
      [p.born, p.diagnosed, p.remission, p.treatmentEnded].forEach { day($0) }
      imported.baseline.forEach { text($0, 100) }
      imported.visits.forEach { day($0.date, future: true); text($0.with, 10_000, newlines: true); text($0.note, 10_000, newlines: true) }
      imported.treatments.forEach { day($0.from); text($0.note, 10_000, newlines: true) }
      imported.acknowledgements.forEach { text($0.flagID, TextInput.maxFlagIDLength); day($0.at.utcDay) }
    }
    for imported in entries {
      for e in [imported.entry] + imported.revisions.map(\.entry) {
        text(e.term, 100)
        text(e.note, 10_000, newlines: true)
        text(e.reporter.name, 100)
        day(e.occurredOn)
        day(e.recordedAt.utcDay, future: true)
        #expect((try? EntryCheck.content(e)) != nil, "\(e)")
        if let value = e.value { #expect(e.kind == .temperature ? (30...45).contains(value) : (1...400).contains(value)) }
      }
      imported.revisions.forEach { day($0.supersededAt.utcDay, future: true) }
      day(imported.deletedAt?.utcDay, future: true)
    }
  }

  static func entryPath(_ index: Int) -> [JSONReader.PathStep] {
    [.key("profiles"), .index(0), .key("entries"), .index(index)]
  }

  /// The paths of every object in `value`.
  static func objectPaths(_ value: JSONText, _ path: [JSONReader.PathStep]) -> [[JSONReader.PathStep]] {
    switch value {
    case .object(let fields):
      return [path] + fields.flatMap { objectPaths($0.1, path + [.key($0.0)]) }
    case .array(let items):
      return items.enumerated().flatMap { objectPaths($0.1, path + [.index($0.0)]) }
    default:
      return []
    }
  }

  /// `value` with the value at `path` replaced by `change(old)`.
  static func changing(
    _ value: JSONText, at path: ArraySlice<JSONReader.PathStep>, _ change: (JSONText) -> JSONText
  ) -> JSONText {
    guard let step = path.first else { return change(value) }
    switch (step, value) {
    case (.key(let key), .object(var fields)):
      if let index = fields.firstIndex(where: { $0.0 == key }) {
        fields[index].1 = changing(fields[index].1, at: path.dropFirst(), change)
      }
      return .object(fields)
    case (.index(let index), .array(var items)) where items.indices.contains(index):
      items[index] = changing(items[index], at: path.dropFirst(), change)
      return .array(items)
    default:
      return value
    }
  }

  static func randomDay(_ random: inout SplitMix64) -> (text: String, valid: Bool) {
    let year = [0, 1, 1899, 1900, 2017, 2026, 2200, 2201, 9999][Int.random(in: 0..<9, using: &random)]
    let month = Int.random(in: 0...13, using: &random)
    let day = Int.random(in: 0...32, using: &random)
    func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
    return ("\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))", true)
  }

  static func randomClock(_ random: inout SplitMix64) -> String {
    let parts = [Int.random(in: 22...24, using: &random), Int.random(in: 58...60, using: &random), Int.random(in: 58...61, using: &random)]
    return parts.map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
  }
}
