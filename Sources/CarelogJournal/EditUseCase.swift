import CarelogCore

/// What a face was asked to change in an entry, as typed (nil: keep it). `carelog edit` and `PATCH
/// /api/entries/{id}` fill the same value.
public struct EditInput: Sendable, Equatable {
  public var term, value, severity, on, at, by, note: String?
  public var role: ReporterRole?
  public var new = false

  public init(
    term: String? = nil, value: String? = nil, severity: String? = nil, on: String? = nil, at: String? = nil,
    by: String? = nil, role: ReporterRole? = nil, note: String? = nil, new: Bool = false
  ) {
    (self.term, self.value, self.severity, self.on, self.at) = (term, value, severity, on, at)
    (self.by, self.role, self.note, self.new) = (by, role, note, new)
  }

  /// Whether anything is to change.
  public var isEmpty: Bool { [term, value, severity, on, at, by, note].allSatisfy { $0 == nil } && role == nil }
}

/// An `EditInput` read as far as it can be without the journal: severity, time, note and reporter.
public struct CheckedEdit: Sendable {
  let input: EditInput
  let severity: Severity?
  let time: TimeOfDay?
  let note: String?
  let byName: String?

  public init(_ input: EditInput) throws {
    self.input = input
    severity = try LogField.severity.check { try parseSeverity(input.severity) }
    time = try LogField.at.check { try parseTime(input.at) }
    note = try LogField.note.check { try input.note.map { try TextInput.note($0) } }
    byName = try LogField.by.check { try input.by.map { try TextInput.name($0, field: "reporter's name") } }
  }
}

extension Journal {
  /// Changes the entry whose id starts with `prefix` as `checked` says, checked as every entry is; nothing is written
  /// when nothing changes.
  public func edit(_ prefix: String, _ checked: CheckedEdit, clock: JournalClock) throws -> (original: Entry, entry: Entry, profile: Profile) {
    let input = checked.input
    return try edit(prefix, at: clock.now) { current, profile, lookups in
      var entry = current
      if input.term != nil || input.value != nil || checked.severity != nil {
        let word = input.term ?? entry.term ?? entry.kind.rawValue
        let keepsValue = input.term == nil && input.value == nil
        let valueText = keepsValue
          ? entry.value.map { LabScale.of(entry.kind)?.typable($0) ?? Decimal.format($0, places: 2) + (entry.unit ?? "") }
          : input.value
        let content = try LogField.term.check {
          try EntryContent(
            term: word, value: valueText, severity: checked.severity ?? (input.term == nil ? entry.severity : nil),
            allowNew: input.new || (try input.term.flatMap { try lookups.ownSymptomTerm(for: $0) }) != nil)
        }
        (entry.kind, entry.term, entry.severity) = (content.kind, content.term, content.severity)
        (entry.value, entry.unit) = (content.value, content.unit)
      }
      if let on = input.on { entry.occurredOn = try LogField.on.check { try entryDay(on, clock: clock, profile: profile) } }
      if let time = checked.time { entry.occurredAt = time }
      try LogField.at.check {
        try ReporterCheck.time(entry.occurredAt, on: entry.occurredOn, today: clock.today, now: clock.timeOfDay)
      }
      if let note = checked.note { entry.note = note }
      if checked.byName != nil || input.role != nil {
        entry.reporter = try LogField.by.check {
          try ReporterCheck.reporter(for: profile, named: checked.byName ?? entry.reporter.name, role: input.role)
        }
      }
      return try LogField.value.check { try EntryCheck.checked(entry, profile: profile, today: clock.today, now: clock.now) }
    }
  }
}
