import CarelogCore

/// The treatment phase a rule applies to, from the profile's dates as they stood on each day.
public enum RulePhase: String, Sendable, Codable {
  case onTreatment = "on-treatment"
  /// On treatment, or within the rule's `afterTreatmentDays` after the last day of any treatment (blood counts
  /// are still low then).
  case onOrSoonAfterTreatment = "on-or-soon-after-treatment"
  case followUp = "follow-up"
  case any
}

/// The age group a rule applies to, where it matters.
public enum AgeGroup: String, Sendable, Codable {
  case any
  case child
  case adult
}

/// A threshold the source documents do not give, with where it does come from.
public struct ExternalSource: Sendable, Hashable, Codable {
  /// What it sets, e.g. "fever threshold 38.0 °C".
  public let threshold: String
  /// Where it comes from, e.g. "CTCAE v5.0 fever grade 1 (≥ 38.0 °C)".
  public let origin: String

  public init(threshold: String, origin: String) {
    self.threshold = threshold
    self.origin = origin
  }
}

/// One rule of the catalog: what it watches, its thresholds, its words, and where it comes from.
public struct RuleDefinition: Sendable {
  /// The stable rule id, e.g. `fever-on-treatment`.
  public let id: String
  public let level: FlagLevel
  /// A few words, e.g. "Fever during treatment".
  public let title: String
  /// What this pattern can mean, in our own words; never a diagnosis.
  public let message: String
  /// What to do, e.g. "Call your care team now."
  public let action: String
  public let phase: RulePhase
  public let ageGroup: AgeGroup
  /// Symptom terms the rule watches (empty when it watches lists or entry kinds instead).
  public let symptoms: [String]
  /// Symptom terms the rule watches only when reported at its `severeLevel` or worse.
  public let severeSymptoms: [String]
  /// Symptom lists the rule watches (e.g. relapse signs), in addition to `symptoms`.
  public let lists: Set<SymptomList>
  /// Windows and thresholds by name (days, °C, %, counts, severity points).
  public let parameters: [String: Double]
  /// The documents and sections the rule is drawn from.
  public let sources: [Citation]
  /// Thresholds the documents do not give, with their origin.
  public let external: [ExternalSource]
  /// A more urgent level for the worst form of the pattern (e.g. bleeding that does not stop), with its action.
  public let escalation: Escalation?
  /// A less urgent level for the mildest form (e.g. a mild, listed side effect that lasts), with its action.
  public let milder: Escalation?
  /// Whether a flag of this rule only restates reports another flag already covers: it is left out when a flag
  /// of another rule, at the same or a more urgent level, holds all its entries (one flag per condition).
  public let yieldsToCoveringFlags: Bool

  /// Another level of a rule, for its worst or its mildest form.
  public struct Escalation: Sendable {
    public let level: FlagLevel
    /// When it applies, in plain words, e.g. "bleeding reported as severe or very severe (does not stop)".
    public let when: String
    public let action: String

    public init(level: FlagLevel, when: String, action: String) {
      self.level = level
      self.when = when
      self.action = action
    }
  }

  public init(
    id: String, level: FlagLevel, title: String, message: String, action: String, phase: RulePhase = .any,
    ageGroup: AgeGroup = .any, symptoms: [String] = [], severeSymptoms: [String] = [],
    lists: Set<SymptomList> = [], parameters: [String: Double] = [:], sources: [Citation],
    external: [ExternalSource] = [], escalation: Escalation? = nil, milder: Escalation? = nil,
    yieldsToCoveringFlags: Bool = false
  ) {
    self.id = id
    self.level = level
    self.title = title
    self.message = message
    self.action = action
    self.phase = phase
    self.ageGroup = ageGroup
    self.symptoms = symptoms
    self.severeSymptoms = severeSymptoms
    self.lists = lists
    self.parameters = parameters
    self.sources = sources
    self.external = external
    self.escalation = escalation
    self.milder = milder
    self.yieldsToCoveringFlags = yieldsToCoveringFlags
  }

  /// A named parameter; the catalog must define every parameter a rule reads.
  public func parameter(_ name: String) -> Double {
    guard let value = parameters[name] else { preconditionFailure("rule \(id) has no parameter \(name)") }
    return value
  }
}
