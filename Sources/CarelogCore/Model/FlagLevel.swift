/// How urgent a flag is, from most to least urgent.
public enum FlagLevel: String, Sendable, CaseIterable, Comparable, Codable {
  /// Call the care team now.
  case urgent
  /// Call the care team today or tomorrow.
  case soon
  /// Bring it up at the next visit.
  case nextVisit = "next-visit"
  /// For the record: mention it at the next contact.
  case info

  public static func < (lhs: FlagLevel, rhs: FlagLevel) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
