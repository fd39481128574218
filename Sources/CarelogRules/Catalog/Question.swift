import CarelogCore

/// A question to ask the care team, from the sources' question lists.
public struct Question: Sendable, Hashable {
  /// The question, as the source words it (lightly shortened where needed).
  public let text: String
  /// When it is relevant: on treatment, in follow-up, or any time.
  public let phase: RulePhase
  /// Rule ids whose flags make this question worth asking (empty: chosen by phase only).
  public let afterRules: [String]
  public let source: Citation

  public init(_ text: String, phase: RulePhase, afterRules: [String] = [], source: Citation) {
    self.text = text
    self.phase = phase
    self.afterRules = afterRules
    self.source = source
  }
}
