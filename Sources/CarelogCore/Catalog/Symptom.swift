/// One symptom of the catalog: the term stored in the journal, a plain label, the words people
/// actually type for it, which source lists it belongs to, and where each comes from.
public struct Symptom: Sendable, Hashable {
  /// The stable term stored with each entry (lowercase, hyphenated), e.g. `easy-bruising`.
  public let term: String
  /// The plain label shown to users, e.g. "Easy bruising".
  public let label: String
  /// Other words people type for it (lowercase). Each synonym belongs to one term only.
  public let synonyms: [String]
  /// The source lists this symptom appears in.
  public let lists: Set<SymptomList>
  /// The document and section of every list it appears in.
  public let sources: [Citation]
  /// For a symptom the five documents do not name: the outside reference it comes from (nil otherwise).
  public let external: String?

  /// The label without its bracketed explanation: "Fatigue" for "Fatigue (tiredness)".
  public var shortLabel: String {
    guard let bracket = label.utf8.firstIndex(of: UInt8(ascii: "(")) else { return label }  // bytes: cheaper
    return String(label[..<bracket]).trimmingWhitespace()
  }

  public init(
    _ term: String, _ label: String, synonyms: [String] = [], lists: Set<SymptomList>, sources: [Citation],
    external: String? = nil
  ) {
    self.term = term
    self.label = label
    self.synonyms = synonyms
    self.lists = lists
    self.sources = sources
    self.external = external
  }
}

/// The kinds of list in the sources that a symptom can belong to.
public enum SymptomList: String, Sendable, CaseIterable, Codable {
  /// Symptoms and signs of ALL at diagnosis (adult or child lists).
  case presenting
  /// Signs that the leukemia may have come back (relapse article, follow-up sections).
  case relapseSign = "relapse-sign"
  /// Side effects of chemotherapy, targeted therapy, radiation or transplant.
  case sideEffect = "side-effect"
  /// Long-term and late effects (the childhood guide's late-effects table, survivorship).
  case lateEffect = "late-effect"
  /// Reasons to call the care team at once, from oncology advice-line practice (outside the five documents).
  case emergency
  /// Everyday symptoms people log that the five documents do not list (each names its outside source).
  case everyday
}
