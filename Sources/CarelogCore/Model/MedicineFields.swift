/// The public fields of medicines and doses, in their documented order: one description for `doses --json` and the
/// visit summary's JSON (a medicine's doses over a period), and for the JSON export (a medicine and every dose).
public enum MedicineFields {
  // MARK: - Over a period (`doses --json`, the summary's `medicines`)

  /// `name, dose, schedule, due, taken, missed, held, not_recorded, adherence` (a fraction 0–1, or null when no
  /// dose was due but held ones).
  public static func tally(_ tally: DoseTally) -> JSONText {
    .object([
      ("name", .string(tally.medicine.name)),
      ("dose", .string(tally.medicine.dose)),
      ("schedule", .string(tally.medicine.schedule.description)),
      ("due", .number(Double(tally.due))),
      ("taken", .number(Double(tally.taken))),
      ("missed", .number(Double(tally.missed))),
      ("held", .number(Double(tally.held))),
      ("not_recorded", .number(Double(tally.notRecorded))),
      ("adherence", tally.adherence.map(JSONText.number) ?? .null),
    ])
  }

  // MARK: - The export

  /// `name, dose, every, weekday, for_days, at, from, to`: a medicine as stored, without its doses.
  public static func exported(_ medicine: Medicine) -> [(String, JSONText)] {
    [
      ("name", .string(medicine.name)),
      ("dose", .string(medicine.dose)),
      ("every", .string(medicine.schedule.everyText)),
      ("weekday", medicine.schedule.weekdayText.map(JSONText.string) ?? .null),
      ("for_days", medicine.schedule.forDays.map { .number(Double($0)) } ?? .null),
      ("at", medicine.schedule.at.map { .string($0.description) } ?? .null),
      ("from", .string(medicine.from.description)),
      ("to", medicine.to.map { .string($0.description) } ?? .null),
    ]
  }

  /// `id, on, status, at, reason, reporter, reporter_role, recorded_at`: one recorded dose.
  public static func exported(_ dose: Dose) -> [(String, JSONText)] {
    [
      ("id", .string(dose.id.rawValue)),
      ("on", .string(dose.on.description)),
      ("status", .string(dose.status.rawValue)),
      ("at", dose.at.map { .string($0.description) } ?? .null),
      ("reason", dose.reason.map(JSONText.string) ?? .null),
      ("reporter", .string(dose.reporter.name)),
      ("reporter_role", .string(dose.reporter.role.rawValue)),
      ("recorded_at", .string(dose.recordedAt.description)),
    ]
  }

  /// A medicine with its doses, as the export writes it under a profile's `medicines`.
  public static func exported(_ medicine: Medicine, doses: [Dose]) -> JSONText {
    .object(exported(medicine) + [("doses", .array(doses.map { .object(exported($0)) }))])
  }
}
