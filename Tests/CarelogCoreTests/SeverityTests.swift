import CarelogCore
import Testing

struct SeverityTests {
  @Test(arguments: [
    ("none", Severity.none), ("mild", .mild), ("moderate", .moderate), ("severe", .severe),
    ("very-severe", .verySevere), ("very severe", .verySevere), ("Very Severe", .verySevere),
    ("very_severe", .verySevere), ("MILD", .mild), (" moderate ", .moderate),
    ("0", .none), ("1", .mild), ("2", .moderate), ("3", .severe), ("4", .verySevere),
    ("no", .none), ("light", .mild), ("medium", .moderate), ("bad", .severe), ("worst", .verySevere),
  ])
  func acceptedWordsAndNumbers(text: String, expected: Severity) {
    // Given a severity as typed
    // When it is parsed
    // Then it is that level
    #expect(Severity(parsing: text) == expected)
  }

  @Test(arguments: ["5", "awful", "", "very", "severe-ish", "10", "1.5", "terrible"])
  func otherTextIsRejected(text: String) {
    // Given text that is no severity
    // When it is parsed
    // Then there is none
    #expect(Severity(parsing: text) == nil)
  }

  @Test func labelsParseBackAndAreOrdered() {
    // Given every severity level
    for severity in Severity.allCases {
      // When its label and its number are parsed
      // Then each gives the same level
      #expect(Severity(parsing: severity.label) == severity)
      #expect(Severity(parsing: String(severity.rawValue)) == severity)
    }
    // And the levels are ordered from none to very severe
    #expect(Severity.allCases.map(\.rawValue) == [0, 1, 2, 3, 4])
    #expect(Severity.mild < Severity.severe)
  }
}
