import CarelogCore
import CarelogRules

/// The summary as JSON with stable, documented keys (see README, "Summary JSON").
enum JSONFormatter {
  static let formatVersion = 1.0

  static func format(_ s: Summary) -> String {
    let h = s.header
    let m = s.measurements
    // `medicines` only when a medicine was scheduled in the period, so summaries without one keep their keys.
    let medicines: [(String, JSONText)] = s.medicines.isEmpty ? [] : [("medicines", .array(s.medicines.map(MedicineFields.tally)))]
    return JSONText.object([
      ("format", .string("carelog-summary")),
      ("version", .number(formatVersion)),
      ("profile", .object([
        ("name", .string(h.name)),
        ("age", int(h.age)),
        ("diagnosed", date(h.diagnosed)),
        ("subtype", h.subtype.map { .string($0.rawValue) } ?? .null),
        ("remission", date(h.remission)),
        ("on_treatment", .bool(h.isOnTreatment)),
        ("phase", .string(h.phase)),
        ("treatment_ended", date(s.treatmentEnded)),
      ])),
      ("period", .object([("from", date(h.period.lowerBound)), ("to", date(h.period.upperBound)), ("as_of", date(h.asOf))])),
      ("entries", int(h.entryCount)),
      ("recorded_by", .array(h.recordedBy.map { .object([("reporter", .string($0.reporter)), ("entries", int($0.count))]) })),
      ("flags", .array(s.flags.map(flag))),
      ("symptoms", .array(s.symptoms.map(symptom))),
      ("measurements", .object([
        ("fever_threshold_c", .number(m.feverThreshold)),
        ("fever_days", .array(m.feverDays.map { date($0) })),
        ("highest_temperature_c", reading(m.highestTemperature)),
        ("temperatures_c", .array(m.temperatures.map { reading($0) })),
        ("weight_start_kg", reading(m.weightStart)),
        ("weight_end_kg", reading(m.weightEnd)),
        ("weight_change_percent", m.weightChangePercent.map { .number(($0 * 10).rounded() / 10) } ?? .null),
        ("weights_kg", .array(m.weights.map { reading($0) })),
        ("height_start_cm", reading(m.heightStart)),
        ("height_end_cm", reading(m.heightEnd)),
        ("heights_cm", .array(m.heights.map { reading($0) })),
      ])),
      ("counts", .array(s.counts.map {
        .object([("kind", .string($0.kind.rawValue)), ("on", date($0.on)), ("value", .number($0.value)), ("unit", .string($0.unit))])
      })),
    ] + medicines + [
      ("infections_and_notes", .array(s.infectionsAndNotes.map {
        .object([("on", date($0.on)), ("kind", .string($0.kind.rawValue)), ("text", .string($0.text)), ("by", .string($0.by.description))])
      })),
      ("treatments", .array(s.treatments.map {
        .object([
          ("treatment", .string($0.label)), ("from", date($0.from)), ("to", date($0.to)), ("courses", int($0.courses)),
          ("notes", .array($0.notes.map(JSONText.string))),
        ])
      })),
      ("baseline_symptoms", .array(s.baseline.map(JSONText.string))),
      ("questions", .array(s.questions.map {
        .object([
          ("question", .string($0.text)),
          ("source", .object([("document", .string($0.source.document)), ("section", .string($0.source.section))])),
          ("because_of", $0.becauseOf.map(JSONText.string) ?? .null),
        ])
      })),
      ("disclaimer", .string(Summary.disclaimer)),
    ]).rendered() + "\n"
  }

  static func flag(_ flag: WarningFlag) -> JSONText {
    .object([
      ("id", .string(flag.id)), ("rule", .string(flag.rule)), ("level", .string(flag.level.rawValue)),
      ("title", .string(flag.title)), ("seen", .string(flag.seen)), ("message", .string(flag.message)), ("action", .string(flag.action)),
      ("symptoms", .array(flag.symptoms.map(JSONText.string))), ("from", date(flag.from)), ("to", date(flag.to)),
      ("acknowledged", .bool(flag.acknowledged)),
      ("sources", .array(
        flag.sources.map { .object([("document", .string($0.document)), ("section", .string($0.section))]) }
          + flag.external.map { .object([("external", .string($0.origin)), ("threshold", .string($0.threshold))]) })),
    ])
  }

  static func symptom(_ row: Summary.SymptomRow) -> JSONText {
    .object([
      ("term", .string(row.term)), ("label", .string(row.label)), ("days", int(row.days)),
      ("first", date(row.first)), ("last", date(row.last)),
      ("worst", row.worst.map { .string($0.label) } ?? .null), ("latest", row.latest.map { .string($0.label) } ?? .null),
      ("trend", .string(row.trend.rawValue)), ("before_diagnosis", .bool(row.beforeDiagnosis)),
      ("side_effect_of", .array(row.sideEffectOf.map(JSONText.string))), ("flagged", .bool(row.flagged)),
    ])
  }

  static func reading(_ reading: Summary.Reading?) -> JSONText {
    guard let reading else { return .null }
    return .object([("on", date(reading.on)), ("at", reading.at.map { .string($0.description) } ?? .null), ("value", .number(reading.value))])
  }

  static func date(_ date: LocalDate?) -> JSONText { date.map { .string($0.description) } ?? .null }
  static func int(_ value: Int?) -> JSONText { value.map { .number(Double($0)) } ?? .null }
}
