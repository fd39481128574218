/// Who recorded an entry: the patient themself or a caregiver on their behalf.
public enum ReporterRole: String, Sendable, CaseIterable, Codable {
  case `self`
  case caregiver
}

/// The person who recorded an entry.
public struct Reporter: Sendable, Hashable, Codable {
  public var name: String
  public var role: ReporterRole

  public init(name: String, role: ReporterRole) {
    self.name = name
    self.role = role
  }

  /// "Anna (caregiver)" or "Leo".
  public var description: String { role == .caregiver ? "\(name) (caregiver)" : name }
}
