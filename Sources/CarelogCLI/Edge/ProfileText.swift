import CarelogCore
import CarelogJournal

/// How a profile is shown: details for `profile show`, JSON for `profile list --json`.
enum ProfileText {
  /// "Leo's entries (also in this journal: Noah)", for `list` when the journal holds several profiles.
  static func listHeader(_ profile: Profile, others: [String]) -> String? {
    guard !others.isEmpty else { return nil }
    return "\(profile.name)'s entries (also in this journal: \(others.joined(separator: ", ")))"
  }

  static func details(_ profile: Profile, treatments: [Treatment], baseline: [String], today: LocalDate) -> String {
    var lines = [profile.name]
    if let born = profile.born { lines.append("  born:            \(born) (age \(today.years(since: born)))") }
    if let diagnosed = profile.diagnosed { lines.append("  diagnosed:       \(diagnosed)") }
    if let subtype = profile.subtype { lines.append("  subtype:         \(subtype.label)") }
    if let remission = profile.remission { lines.append("  remission:       \(remission)") }
    lines.append("  treatment:       " + (profile.treatmentEnded.map { "ended \($0)" } ?? "ongoing"))
    if let reporter = profile.reporter {
      lines.append("  usually logs:    \(Reporter(name: reporter, role: profile.reporterRole ?? .caregiver).description)")
    }
    if let every = profile.visitEvery { lines.append("  visits every:    \(every) days") }
    lines.append("  central line:    \(profile.centralLine ? "yes" : "no")")
    if let notes = profile.notes { lines.append("  notes:           \(notes.replacingNewlines)") }
    if !baseline.isEmpty {
      let labels = baseline.map(SymptomCatalog.name(of:))
      lines.append("  before diagnosis: \(labels.joined(separator: ", "))")
    }
    if !treatments.isEmpty {
      lines.append("  treatments:")
      lines += treatments.map { "    " + TreatmentText.line($0) }
    }
    return lines.joined(separator: "\n")
  }

  static func json(_ profile: Profile, isDefault: Bool) -> JSONText {
    .object(ProfileJSON.fields(profile, isDefault: isDefault))
  }

}

/// How a treatment is shown.
enum TreatmentText {
  /// "Vincristine  2024-11-12 – ongoing  (pulses every 4 weeks)"
  static func line(_ treatment: Treatment) -> String {
    let from = treatment.from?.description ?? "?"
    let to = treatment.to?.description ?? "ongoing"
    return "\(EntryTable.padded(treatment.label, 28))  \(from) – \(to)" + (treatment.note.map { "  (\($0))" } ?? "")
  }
}
