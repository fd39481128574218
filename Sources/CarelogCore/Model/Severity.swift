/// How bad a symptom is, 0–4, as the user says it.
public enum Severity: Int, Sendable, CaseIterable, Codable, Comparable {
  case none = 0, mild, moderate, severe, verySevere

  /// The word shown and typed: none, mild, moderate, severe, very-severe.
  public var label: String {
    switch self {
    case .none: "none"
    case .mild: "mild"
    case .moderate: "moderate"
    case .severe: "severe"
    case .verySevere: "very-severe"
    }
  }

  /// The word in a sentence: "very severe" rather than the typed form.
  public var words: String { self == .verySevere ? "very severe" : label }

  /// Accepts the word (`very severe`, `very-severe`), its number 0–4, or a common short form.
  public init?(parsing text: String) {
    let word = SymptomCatalog.normalized(text)
    if let number = Int(text.trimmingWhitespace()) {
      guard let severity = Severity(rawValue: number) else { return nil }
      self = severity
      return
    }
    let aliases: [String: Severity] = [
      "none": .none, "no": .none, "gone": .none, "mild": .mild, "light": .mild, "moderate": .moderate,
      "medium": .moderate, "mod": .moderate, "severe": .severe, "bad": .severe, "very-severe": .verySevere,
      "worst": .verySevere, "very-bad": .verySevere,
    ]
    guard let severity = aliases[word] else { return nil }
    self = severity
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The accepted words, for error messages.
  public static let acceptedWords = "none, mild, moderate, severe or very-severe (or 0–4)"
}
