/// The person whose health is recorded: a patient, or a child a parent logs for.
public struct Profile: Sendable, Hashable, Codable {
  /// ALL subtypes as the sources group them.
  public enum Subtype: String, Sendable, CaseIterable, Codable {
    case bCell = "b-cell"
    case tCell = "t-cell"
    case other

    public var label: String {
      switch self {
      case .bCell: "B-cell ALL"
      case .tCell: "T-cell ALL"
      case .other: "ALL (other subtype)"
      }
    }
  }

  public var id: Int64?
  public var name: String
  public var born: LocalDate?
  public var diagnosed: LocalDate?
  public var subtype: Subtype?
  public var remission: LocalDate?
  /// The day treatment ended; nil while still on treatment.
  public var treatmentEnded: LocalDate?
  /// Who usually records for this profile (a parent for a child); nil means the patient.
  public var reporter: String?
  public var reporterRole: ReporterRole?
  public var notes: String?
  /// Overrides the expected interval between visits, in days.
  public var visitEvery: Int?
  /// Whether the person has a central line (port, PICC, Hickman line): a fever is then urgent in any phase.
  public var centralLine = false

  public init(name: String) { self.name = name }

  /// The form of a name that profile lookups compare: trimmed, in Unicode NFC, case folded for every script,
  /// so " Leo ", "LEO" and "leo" are one person, and so are "Zoë" typed as one character or as e + U+0308.
  public static func nameKey(_ name: String) -> String {
    let lowered = name.trimmingWhitespace().lowercased()
    if lowered.utf8.allSatisfy({ $0 < 0x80 }) { return lowered }
    return String(decoding: lowered._nfcCodeUnits, as: UTF8.self)
  }

  /// Whether `other` names this profile (see `nameKey`).
  public func isNamed(_ other: String) -> Bool { Profile.nameKey(name) == Profile.nameKey(other) }

  /// The reporter for an entry: the one named (with a role when given), else the profile's default reporter.
  public func reporter(named name: String?, role: ReporterRole?) -> Reporter {
    let chosen = name ?? reporter ?? self.name
    if let role { return Reporter(name: chosen, role: role) }
    if isNamed(chosen) { return Reporter(name: self.name, role: .self) }
    if let reporter, Profile.nameKey(chosen) == Profile.nameKey(reporter) {
      return Reporter(name: reporter, role: reporterRole ?? .caregiver)
    }
    return Reporter(name: chosen, role: .caregiver)
  }

  /// Whether the person's usual reporter is someone else (a parent for a child), so that words about the
  /// patient name them ("Leo's temperature") instead of saying "you".
  public var isReportedByCaregiver: Bool {
    guard let reporter, Profile.sameName(reporter, name) == false else { return false }
    return reporterRole != .self
  }

  /// Whether two names are the same person's name, case folded.
  static func sameName(_ a: String, _ b: String) -> Bool { a.lowercased() == b.lowercased() }

  /// Whether the profile was on treatment on `day` (treatment not ended by then).
  public func isOnTreatment(on day: LocalDate) -> Bool {
    guard let ended = treatmentEnded else { return true }
    return day <= ended
  }
}
