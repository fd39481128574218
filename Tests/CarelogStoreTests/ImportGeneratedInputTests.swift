import CarelogCore
import Testing

@testable import CarelogStore

/// The importer's checks over 100,000 generated files: mutations of a valid export. Each is either accepted
/// whole or refused with an ImportError naming a record; nothing crashes.
struct ImportGeneratedInputTests {
  static let base = """
    {"format": "carelog-export", "version": 1, "profiles": [{"name": "Leo", "born": "2017-03-02", "subtype": "b-cell",
    "reporter": "Anna", "reporter_role": "caregiver", "default": true,
    "treatments": [{"agent": "vincristine", "from": "2025-05-05", "to": null, "note": "pulses"}],
    "baseline": ["bone-pain"], "visits": [{"date": "2026-11-05", "with": "Dr. O", "note": null}],
    "acknowledged_flags": [{"flag_id": "x:2026-11-01", "level": "soon", "acknowledged_at": "2026-11-02T10:00:00Z", "note": null}],
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

  @Test func theBaseFileIsValid() throws {
    let profiles = try JournalImport.validate { JSONReader(bytes: Array(Self.base.utf8)) }
    #expect(profiles.count == 1)
    #expect(profiles[0].treatments.count == 1)
  }

  @Test func mutatedFilesAreAcceptedWholeOrRefusedCleanly() {
    var random = SplitMix64(seed: 42)
    let base = Array(Self.base.utf8)
    let pieces: [[UInt8]] = ["{", "}", "[", "]", ",", ":", "\"", "\\", "null", "1e999", "-0", "\\ud800", "\u{0}", "é"]
      .map { Array($0.utf8) }
    var accepted = 0
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
        _ = try JournalImport.validate { JSONReader(bytes: bytes) }
        accepted += 1
      } catch let error as ImportError {
        #expect(!error.description.isEmpty)
      } catch {
        Issue.record("unexpected \(error) for \(String(decoding: bytes, as: UTF8.self))")
      }
    }
    #expect(accepted < 100_000, "mutations must be noticed")
  }
}
