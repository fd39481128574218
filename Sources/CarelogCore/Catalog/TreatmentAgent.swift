/// A treatment, drug or kind of therapy from the sources, with the symptoms the sources list as its side
/// effects (while it is given) and as its late effects (after treatment), each with citations.
public struct TreatmentAgent: Sendable, Hashable {
  /// The stable key stored in the journal, e.g. `vincristine`.
  public let key: String
  /// The plain label, e.g. "Vincristine".
  public let label: String
  /// Other names people type (lowercase), e.g. "oncovin", "6-mp", "it methotrexate".
  public let synonyms: [String]
  /// Broad group used to match side-effect lists given for a whole class, e.g. `chemotherapy`.
  public let group: TreatmentGroup
  /// Symptom terms the sources list as side effects while this treatment is given.
  public let sideEffects: [String]
  /// Symptom terms the sources list as late effects of this treatment.
  public let lateEffects: [String]
  /// Where the agent, its side effects and its late effects come from.
  public let sources: [Citation]

  public init(
    _ key: String, _ label: String, synonyms: [String] = [], group: TreatmentGroup,
    sideEffects: [String] = [], lateEffects: [String] = [], sources: [Citation]
  ) {
    self.key = key
    self.label = label
    self.synonyms = synonyms
    self.group = group
    self.sideEffects = sideEffects
    self.lateEffects = lateEffects
    self.sources = sources
  }
}

/// The broad kinds of ALL treatment the sources describe.
public enum TreatmentGroup: String, Sendable, CaseIterable, Codable {
  case chemotherapy
  case targetedTherapy = "targeted-therapy"
  case immunotherapy
  case radiation
  case transplant
}
