/// A treatment in the profile's history: an agent from the catalog, given from one day to another.
public struct Treatment: Sendable, Hashable, Codable {
  public var id: Int64?
  public var profileID: Int64
  /// The catalog key, e.g. `vincristine`.
  public var agent: String
  public var from: LocalDate?
  /// nil while it is still given.
  public var to: LocalDate?
  public var note: String?

  public init(profileID: Int64, agent: String, from: LocalDate?, to: LocalDate?, note: String?) {
    self.profileID = profileID
    self.agent = agent
    self.from = from
    self.to = to
    self.note = note
  }

  /// The catalog's label for the agent.
  public var label: String { TreatmentCatalog.agent(for: agent)?.label ?? agent }

  /// The label without its bracketed explanation: "Mercaptopurine" for "Mercaptopurine (6-MP)".
  public var shortLabel: String {
    guard let bracket = label.utf8.firstIndex(of: UInt8(ascii: "(")) else { return label }  // bytes: cheaper
    return String(label[..<bracket]).trimmingWhitespace()
  }

  /// Whether it was being given on `day`.
  public func isActive(on day: LocalDate) -> Bool {
    (from.map { $0 <= day } ?? true) && (to.map { day <= $0 } ?? true)
  }
}

/// A clinic visit, past or planned. Visits anchor "since the last visit".
public struct Visit: Sendable, Hashable, Codable {
  public var id: Int64?
  public var profileID: Int64
  public var date: LocalDate
  public var with: String?
  public var note: String?

  public init(profileID: Int64, date: LocalDate, with: String?, note: String?) {
    self.profileID = profileID
    self.date = date
    self.with = with
    self.note = note
  }
}
