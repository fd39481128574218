import CarelogCore
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

  @Test(arguments: [
    "", "not-a-uuid", "3f2504e0-4f89-41d3-9a0c-0305e82c330", "3f2504e0-4f89-41d3-9a0c-0305e82c33011",
    "3f2504e0-4f89-41d3-9a0c-0305e82c330g", "3f2504e04f8941d39a0c0305e82c3301", "3f2504e0 4f89 41d3 9a0c 0305e82c3301",
    "{3f2504e0-4f89-41d3-9a0c-0305e82c330}", "3f2504e0-4f89-41d3-9a0c-0305e82c33-1",
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
