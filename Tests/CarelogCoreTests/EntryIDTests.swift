import CarelogCore
import Foundation
import Testing

/// SplitMix64, so the random ids in these tests are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

struct EntryIDTests {
  /// Lowercase canonical UUID text of version 4, variant 10xx.
  private func isLowercaseV4(_ text: String) -> Bool {
    let chars = Array(text)
    guard chars.count == 36 else { return false }
    for (index, char) in chars.enumerated() {
      if [8, 13, 18, 23].contains(index) {
        guard char == "-" else { return false }
      } else {
        guard "0123456789abcdef".contains(char) else { return false }
      }
    }
    return chars[14] == "4" && "89ab".contains(chars[19])
  }

  @Test func randomIDsAreLowercaseV4AndParseBack() {
    // Given 2000 random ids from a seeded generator
    var generator = SeededGenerator(state: 20_261_126)
    var seen = Set<EntryID>()
    for _ in 0..<2000 {
      let id = EntryID.random(using: &generator)
      // When each is checked and parsed back from its text
      // Then it is canonical lowercase v4, parses to itself, and its short form is its first 8 characters
      #expect(isLowercaseV4(id.rawValue), "\(id)")
      #expect(EntryID(id.rawValue) == id)
      #expect(EntryID(id.rawValue.uppercased()) == id)
      #expect(id.short.count == 8 && id.rawValue.hasPrefix(id.short))
      #expect(id.description == id.rawValue)
      seen.insert(id)
    }
    // And no id repeats
    #expect(seen.count == 2000)
  }

  @Test func systemRandomIDsAreV4Too() {
    // Given ids from the system generator
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<100 {
      // When each is checked
      // Then it is canonical lowercase v4
      #expect(isLowercaseV4(EntryID.random(using: &generator).rawValue))
    }
  }

  @Test func uppercaseTextIsStoredLowercase() throws {
    // Given a UUID in uppercase
    // When it is parsed
    let id = try #require(EntryID("3F2504E0-4F89-41D3-9A0C-0305E82C3301"))
    // Then it is stored lowercase
    #expect(id.rawValue == "3f2504e0-4f89-41d3-9a0c-0305e82c3301")
    #expect(id.short == "3f2504e0")
  }

  @Test func mixedCaseTextRoundTripsAsLowercase() throws {
    // Given a UUID in mixed case
    let text = "3f2504E0-4F89-41d3-9A0c-0305e82C3301"
    // When it is parsed, shown, encoded and decoded again
    let id = try #require(EntryID(text))
    let json = try JSONEncoder().encode([id])
    let decoded = try JSONDecoder().decode([EntryID].self, from: json)
    // Then it reads back lowercase everywhere, and is the same id as its lowercase text
    #expect(id.rawValue == text.lowercased() && id.description == text.lowercased() && id.short == "3f2504e0")
    #expect(String(decoding: json, as: UTF8.self) == "[\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"]")
    #expect(decoded == [id] && EntryID(text.lowercased()) == id && EntryID(id.rawValue)?.rawValue == id.rawValue)
  }

  @Test(arguments: ["00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
    "01234567-89ab-cdef-0123-456789abcdef", "fedcba98-7654-3210-fedc-ba9876543210"])
  func everyDigitInEveryPlaceRoundTrips(text: String) throws {
    // Given ids with the lowest and highest digits, and every digit, in each place
    // When each is parsed and shown
    // Then it gives its text back
    #expect(try #require(EntryID(text)).rawValue == text)
    #expect(try #require(EntryID(text.uppercased())).rawValue == text)
  }

  @Test func idsSortAsTheirTextDoes() throws {
    // Given random ids, and ids that differ only in their first or their last digit
    var generator = SeededGenerator(state: 18)
    var ids = (0..<500).map { _ in EntryID.random(using: &generator) }
    for text in ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
      "10000000-0000-4000-8000-000000000000", "00000000-0000-4000-8000-000000000000",
      "ffffffff-ffff-4fff-bfff-ffffffffffff", "7fffffff-ffff-4fff-bfff-ffffffffffff"] {
      ids.append(try #require(EntryID(text)))
    }
    // When they are sorted as ids, by their 128 bits, and by their text
    // Then the three orders are the same
    let byText = ids.sorted { $0.rawValue < $1.rawValue }
    #expect(ids.sorted() == byText)
    #expect(ids.sorted { $0.bits < $1.bits } == byText)
  }

  @Test func seededIDsAreTheSameAsBefore() {
    // Given the generator seeded as the demo and the tests seed theirs
    var generator = SeededGenerator(state: 20_261_126)
    // When two ids are drawn
    // Then they are the ids earlier versions drew (16 bytes, one draw each), so seeded journals do not change
    #expect(EntryID.random(using: &generator).rawValue == "121cc1d1-d99f-4f68-8d6e-25ac3e9da048")
    #expect(EntryID.random(using: &generator).rawValue == "f87c8a95-3d9f-4ccc-9fc0-8d587e822b41")
  }

  @Test(arguments: [
    "", "not-a-uuid", "3f2504e0-4f89-41d3-9a0c-0305e82c330", "3f2504e0-4f89-41d3-9a0c-0305e82c33011",
    "3f2504e0-4f89-41d3-9a0c-0305e82c330g", "3f2504e04f8941d39a0c0305e82c3301", "3f2504e0 4f89 41d3 9a0c 0305e82c3301",
    "{3f2504e0-4f89-41d3-9a0c-0305e82c330}", "3f2504e0-4f89-41d3-9a0c-0305e82c33-1",
    "3f2504e0-4f89-41d3-9a0c-0305e82c3301 ", " 3f2504e0-4f89-41d3-9a0c-0305e82c3301",
    "3f2504e0-4f89-41d3-9a0c-0305e82c330G", "g0000000-0000-0000-0000-000000000000",
    "3f2504e0-4f89-41d3-9a0c-0305e82c33é", "3f2504e0_4f89-41d3-9a0c-0305e82c3301",
  ])
  func malformedTextIsRejected(text: String) {
    // Given text that is not a UUID
    // When it is parsed
    // Then there is no id
    #expect(EntryID(text) == nil)
  }

  @Test(arguments: [
    "----3f2504e04f8941d39a0c0305e82c3301", "3f2504e04f8941d39a0c0305e82c3301----",
    "3f25-04e0-4f89-41d39a0c-0305e82c3301", "３f2504e0-4f89-41d3-9a0c-0305e82c3301",
  ])
  func textWithDashesOutOfPlaceOrNonASCIIDigitsIsRejected(text: String) {
    // Given 32 hex digits and 4 dashes that are not in the 8-4-4-4-12 layout, or a full-width digit
    // When it is parsed
    // Then there is no id (it is not a UUID and would be stored as given)
    #expect(EntryID(text) == nil)
  }
}
