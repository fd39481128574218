import CarelogCore
import Testing

struct TextInputTests {
  @Test func aNoteIsTrimmed() throws {
    // Given a note with spaces and newlines around it
    // When it is checked
    // Then it comes back trimmed
    #expect(try TextInput.note("  felt better after lunch \n") == "felt better after lunch")
  }

  @Test func newlinesInsideANoteAreKept() throws {
    // Given a note over two lines
    // When it is checked
    // Then the newline stays
    #expect(try TextInput.note("line one\nline two") == "line one\nline two")
  }

  @Test func unicodeNotesAreKept() throws {
    // Given a note in several scripts with an emoji
    let text = "Müde 😴 — ночь плохая, 熱"
    // When it is checked
    // Then it is unchanged
    #expect(try TextInput.note(text) == text)
  }

  @Test(arguments: ["", " ", "   \n\t  ", "\n\n"])
  func emptyNotesAreUsageErrors(text: String) {
    // Given a note with nothing but whitespace
    // When it is checked
    // Then it is a usage error
    expectCarelogError(.usage, "\"\(text)\"") { try TextInput.note(text) }
  }

  @Test func aNoteOf10000CharactersIsAcceptedAnd10001Refused() throws {
    // Given notes at and just over the limit
    let limit = String(repeating: "a", count: 10_000)
    let over = String(repeating: "é", count: 10_001)
    // When they are checked
    // Then the one at the limit passes and the longer one is refused naming the limit
    #expect(try TextInput.note(limit) == limit)
    let error = expectCarelogError(.badData, "10001 characters") { try TextInput.note(over) }
    #expect(error?.message.contains("10000") == true)
    #expect(try TextInput.note(String(repeating: "é", count: 10_000)).count == 10_000)
  }

  @Test(arguments: [
    "red\u{1B}[31m text", "a\tb", "bell\u{7}", "null\u{0}byte", "carriage\rreturn", "line\u{2028}separator",
    "del\u{7F}",
  ])
  func controlCharactersInsideANoteAreRefused(text: String) {
    // Given a note holding an escape code, a tab or another control character
    // When it is checked
    // Then it is refused
    expectCarelogError(.badData, text.debugDescription) { try TextInput.note(text) }
  }

  @Test func namesAreTrimmedAndTakeNoNewlines() throws {
    // Given names with spaces, a newline and over the 100-character limit
    // When they are checked
    // Then the plain one is trimmed, the others refused
    #expect(try TextInput.name("  Leo ") == "Leo")
    expectCarelogError(.badData, "name with newline") { try TextInput.name("Leo\nAnna") }
    expectCarelogError(.badData, "101-character name") { try TextInput.name(String(repeating: "x", count: 101)) }
    #expect(try TextInput.name("Zoe\u{308}").unicodeScalars.count == 3)  // stored in NFC
    expectCarelogError(.usage, "empty name") { try TextInput.name("  ") }
  }
}
