import CarelogCore
import CarelogRules

/// The visit-ready summary of one profile over a period: everything each format shows, already computed, so
/// formatters only lay it out. Built by `SummaryBuilder`; deterministic for the same journal and as-of day.
public struct Summary: Sendable {
  public struct Header: Sendable {
    public let name: String
    /// Whole years on the as-of day, when the birth date is known.
    public let age: Int?
    public let diagnosed: LocalDate?
    public let subtype: Profile.Subtype?
    public let remission: LocalDate?
    public let centralLine: Bool
    /// "On treatment", or "12 months since treatment ended (2025-11-20)".
    public let phase: String
    public let isOnTreatment: Bool
    public let period: ClosedRange<LocalDate>
    public let asOf: LocalDate
    /// Entries in the period by reporter, most first: ("Anna (caregiver)", 42).
    public let recordedBy: [(reporter: String, count: Int)]
    public let entryCount: Int
  }

  /// One symptom over the period.
  public struct SymptomRow: Sendable {
    public let term: String
    public let label: String
    /// Days with a report that the symptom was there (severity not "none").
    public let days: Int
    public let first: LocalDate
    public let last: LocalDate
    public let worst: Severity?
    public let latest: Severity?
    public let trend: Trend
    public let beforeDiagnosis: Bool
    /// Current treatments the sources list this symptom as a side effect of (short labels).
    public let sideEffectOf: [String]
    /// Whether a flag of the period involves this symptom.
    public let flagged: Bool
    /// Severity by day for the strip chart: day → worst severity reported that day (nil = reported, not rated).
    public let byDay: [LocalDate: Severity?]
  }

  public enum Trend: String, Sendable {
    case better, worse, same
    /// Only one rated report: nothing to compare.
    case single = "n/a"
  }

  public struct Reading: Sendable {
    public let on: LocalDate
    public let at: TimeOfDay?
    public let value: Double
  }

  public struct Measurements: Sendable {
    /// Distinct days with a temperature ≥ the fever threshold or fever reported.
    public let feverDays: [LocalDate]
    public let highestTemperature: Reading?
    public let temperatures: [Reading]
    public let weightStart: Reading?
    public let weightEnd: Reading?
    /// (end − start) / start × 100, when both exist.
    public let weightChangePercent: Double?
    public let weights: [Reading]
    public let feverThreshold: Double
    /// Heights in cm (growth matters for children): first and last of the period, and every reading.
    public let heightStart: Reading?
    public let heightEnd: Reading?
    public let heights: [Reading]
  }

  /// One blood count result the clinic gave, as recorded (never interpreted).
  public struct CountResult: Sendable {
    /// `.anc`, `.wbc`, `.platelets` or `.hemoglobin`.
    public let kind: Entry.Kind
    /// The day the blood was taken.
    public let on: LocalDate
    public let value: Double
    /// The stored unit ("10^9/L", "g/dL").
    public let unit: String
  }

  /// An infection or a note, dated, with who wrote it.
  public struct DatedText: Sendable {
    public let on: LocalDate
    public let kind: Entry.Kind
    public let text: String
    public let by: Reporter
  }

  /// One treatment agent over the whole history: first start, last end (nil while ongoing), how many courses.
  public struct TreatmentLine: Sendable {
    public let label: String
    public let from: LocalDate?
    public let to: LocalDate?
    public let courses: Int
    public let notes: [String]
  }

  public struct AskedQuestion: Sendable {
    public let text: String
    public let source: Citation
    /// The flag rule that brought it up, if any.
    public let becauseOf: String?
  }

  public let header: Header
  public let flags: [WarningFlag]
  public let symptoms: [SymptomRow]
  public let measurements: Measurements
  /// The period's blood count results, by day, then in the order of `Entry.Kind.bloodCounts`.
  public let counts: [CountResult]
  /// The levels below which a count raises the low-counts flag (ANC, platelets), drawn on the charts.
  public let countThresholds: [Entry.Kind: Double]
  public let infectionsAndNotes: [DatedText]
  public let treatments: [TreatmentLine]
  public let treatmentEnded: LocalDate?
  public let baseline: [String]
  public let questions: [AskedQuestion]
  /// The medicines scheduled on at least one day of the period, by name then start, with their doses over the
  /// period; empty when none was (the section is then left out).
  public let medicines: [DoseTally]

  /// Every format ends with this line.
  public static let disclaimer =
    "carelog does not replace medical advice. In an emergency, call your care team or your emergency number."

  /// Whether the period holds no entry at all.
  public var isEmpty: Bool { header.entryCount == 0 }
}
