/// One dated observation in the journal.
public struct Entry: Sendable, Hashable, Codable {
  /// What an entry records.
  public enum Kind: String, Sendable, CaseIterable, Codable {
    case symptom, temperature, weight, infection, note
    /// Blood counts the clinic gave (neutrophils, white cells, platelets, hemoglobin), and height.
    case anc, wbc, platelets, hemoglobin, height

    /// The blood counts, in the order the summary shows them.
    public static let bloodCounts: [Kind] = [.anc, .wbc, .platelets, .hemoglobin]

    /// Whether this kind is a blood count from the clinic.
    public var isBloodCount: Bool { Kind.bloodCounts.contains(self) }
  }

  public var id: EntryID
  public var profileID: Int64
  public var kind: Kind
  /// The catalog term for a symptom (or a custom one added with `--new`); nil for other kinds.
  public var term: String?
  public var severity: Severity?
  /// The measured value in its stored unit (°C for temperature, kg for weight, ×10⁹/L for ANC, WBC and platelets,
  /// g/dL for hemoglobin, cm for height).
  public var value: Double?
  public var unit: String?
  /// The local day it happened on.
  public var occurredOn: LocalDate
  public var occurredAt: TimeOfDay?
  /// When it was written down (UTC).
  public var recordedAt: Timestamp
  public var reporter: Reporter
  public var note: String?

  public init(
    id: EntryID, profileID: Int64, kind: Kind, term: String? = nil, severity: Severity? = nil,
    value: Double? = nil, unit: String? = nil, occurredOn: LocalDate, occurredAt: TimeOfDay? = nil,
    recordedAt: Timestamp, reporter: Reporter, note: String? = nil
  ) {
    self.id = id
    self.profileID = profileID
    self.kind = kind
    self.term = term
    self.severity = severity
    self.value = value
    self.unit = unit
    self.occurredOn = occurredOn
    self.occurredAt = occurredAt
    self.recordedAt = recordedAt
    self.reporter = reporter
    self.note = note
  }

  /// The plain name of what was recorded: the symptom's label, or the kind.
  public var label: String {
    switch kind {
    case .symptom: term.map { SymptomCatalog.symptom(term: $0)?.label ?? $0 } ?? "Symptom"
    case .temperature: "Temperature"
    case .weight: "Weight"
    case .infection: "Infection"
    case .note: "Note"
    case .anc: "Neutrophils (ANC)"
    case .wbc: "White cells (WBC)"
    case .platelets: "Platelets"
    case .hemoglobin: "Hemoglobin"
    case .height: "Height"
    }
  }

  /// The label without its bracketed explanation ("Fatigue").
  public var shortLabel: String {
    guard kind == .symptom, let term, let symptom = SymptomCatalog.symptom(term: term) else { return label }
    return symptom.shortLabel
  }

  /// "38.6 °C", "27.4 kg", "0.8 ×10⁹/L", or nil.
  public var valueText: String? {
    guard let value else { return nil }
    switch kind {
    case .temperature: return "\(Decimal.format(value, places: 1, keepZeros: true)) °C"
    case .weight: return "\(Decimal.format(value, places: 2)) kg"
    default:
      if let scale = LabScale.of(kind), unit == scale.unit { return scale.shown(value) }
      return Decimal.format(value, places: 2) + (unit.map { " \($0)" } ?? "")
    }
  }
}

/// Formats numbers without Foundation's locale machinery (keeps start-up light and output stable).
public enum Decimal {
  /// `value` rounded to at most `places` (0–9) decimals, trailing zeros dropped ("27.4", "38"). Never traps:
  /// numbers too large for that precision are written in Swift's shortest form ("1e+300"), and NaN and
  /// infinity (which carelog never stores) as "nan", "inf" and "-inf".
  public static func format(_ value: Double, places: Int, keepZeros: Bool = false) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : value < 0 ? "-inf" : "inf" }
    if !keepZeros, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }  // whole numbers
    let places = min(max(places, 0), 9)
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let magnitude = (abs(value) * scale).rounded()
    guard magnitude < 9e18 else { return String(value) }  // beyond Int: no fraction worth showing
    let scaled = Int(magnitude)
    let whole = scaled / Int(scale)
    var fraction = places == 0 ? "" : String(scaled % Int(scale))
    fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
    while !keepZeros && fraction.hasSuffix("0") { fraction.removeLast() }
    let sign = value < 0 && scaled != 0 ? "-" : ""
    return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
  }
}
