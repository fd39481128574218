import CarelogCore
import CarelogStore

/// What a face was asked to record, as typed: `carelog log` and the web page's quick log fill the same value.
public struct LogInput: Sendable, Equatable {
  public var term: String
  public var value: String?
  public var severity: String?
  public var on: String?
  public var at: String?
  public var by: String?
  public var role: ReporterRole?
  public var note: String?
  public var new = false

  public init(
    term: String, value: String? = nil, severity: String? = nil, on: String? = nil, at: String? = nil,
    by: String? = nil, role: ReporterRole? = nil, note: String? = nil, new: Bool = false
  ) {
    (self.term, self.value, self.severity, self.on, self.at) = (term, value, severity, on, at)
    (self.by, self.role, self.note, self.new) = (by, role, note, new)
  }
}

/// Which input a refusal is about, so that a form can show the message beside its field.
public enum LogField: String, Sendable, CaseIterable {
  case term, value, severity, on, at, by, note
}

/// A refusal of one field of a `LogInput`: the same message the command line prints, and the field it is about.
public struct LogFieldError: Error, Sendable, CustomStringConvertible {
  public let field: LogField
  public let error: CarelogError
  public var description: String { error.message }
}

/// A `LogInput` read as far as it can be without the journal (everything but a journal's own symptom).
public struct CheckedLog: Sendable {
  let input: LogInput
  let early: EntryContent?
  let note: String?
  let time: TimeOfDay?
  let byName: String?
  let retry: LogRetry?

  /// Reads `input` in the order the command line always has: severity, the symptom and its reading, note, time,
  /// reporter. A word that may be `choice`'s journal's own symptom is looked up when recording.
  public init(_ input: LogInput, choice: JournalChoice, retry: LogRetry? = nil) throws {
    self.input = input
    self.retry = retry
    let severity = try LogField.severity.check { try parseSeverity(input.severity) }
    early = try choice.mayNameOwnSymptom(input.term, new: input.new)
      ? nil
      : LogField.term.check { try EntryContent(term: input.term, value: input.value, severity: severity, allowNew: input.new, retry: retry) }
    note = try LogField.note.check { try input.note.map { try TextInput.note($0) } }
    time = try LogField.at.check { try parseTime(input.at) }
    byName = try LogField.by.check { try input.by.map { try TextInput.name($0, field: "reporter's name") } }
  }

  func content(allowNew: Bool) throws -> EntryContent {
    let severity = try parseSeverity(input.severity)
    return try LogField.term.check {
      try EntryContent(term: input.term, value: input.value, severity: severity, allowNew: allowNew, retry: retry)
    }
  }
}

extension LogField {
  /// Runs `body`, naming this field in any refusal.
  func check<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as CarelogError { throw LogFieldError(field: self, error: error) }
  }
}

/// What `log` recorded: the entry, its profile, the word the symptom was typed as, and whether the entry was
/// already there (a retried request with the same id).
public struct LogResult: Sendable {
  public let entry: Entry
  public let profile: Profile
  public let typed: String?
  public let replayed: Bool
}

extension Journal {
  /// Records one entry for the chosen profile, checked as every entry is. With `id`, an entry already saved under
  /// that id is returned instead of a second one (a retried request).
  public func log(_ checked: CheckedLog, clock: JournalClock, id: EntryID? = nil) throws -> LogResult {
    try database.write { session in
      let profile = try choice.chosenProfile(in: session)
      if let id, let existing = try session.entry(id: id, includingDeleted: true) {
        guard existing.profileID == profile.id else {
          throw CarelogError.badData("This request was already used for another profile's entry; nothing was recorded.")
        }
        return LogResult(entry: existing, profile: profile, typed: nil, replayed: true)
      }
      return try Self.record(checked, id: id, profile: profile, session: session, clock: clock)
    }
  }

  /// Records several entries (a check-in's answers) for the chosen profile in one transaction: all, or none.
  public func log(all checked: [CheckedLog], clock: JournalClock) throws -> [LogResult] {
    try database.write { session in
      let profile = try choice.chosenProfile(in: session)
      return try checked.map { try Self.record($0, id: nil, profile: profile, session: session, clock: clock) }
    }
  }

  private static func record(
    _ checked: CheckedLog, id: EntryID?, profile: Profile, session: JournalSession, clock: JournalClock
  ) throws -> LogResult {
    let input = checked.input
    let lookups = JournalLookups(session: session)
    let content = try checked.early ?? checked.content(allowNew: try lookups.ownSymptomTerm(for: input.term) != nil)
    let day = try LogField.on.check { try entryDay(input.on, clock: clock, profile: profile) }
    try LogField.at.check {
      try ReporterCheck.time(checked.time, on: day, today: clock.today, now: clock.timeOfDay)
    }
    let reporter = try LogField.by.check {
      try ReporterCheck.reporter(for: profile, named: checked.byName, role: input.role)
    }
    var random = SystemRandomNumberGenerator()
    let entry = try LogField.value.check {
      try EntryCheck.checked(
        Entry(
          id: id ?? EntryID.random(using: &random), profileID: profile.id!, kind: content.kind, term: content.term,
          severity: content.severity, value: content.value, unit: content.unit,
          occurredOn: day, occurredAt: checked.time, recordedAt: clock.now, reporter: reporter, note: checked.note),
        profile: profile, today: clock.today, now: clock.now)
    }
    try session.add(entry)
    return LogResult(entry: entry, profile: profile, typed: content.typed, replayed: false)
  }
}

extension JournalChoice {
  /// Whether `word` might name a symptom this journal holds as its own (recorded once with `--new`): it is
  /// neither a catalog word nor a reading, `--new` was not given, and there is a journal to look in. Only then
  /// does `log` look it up, inside its one write, so the common path costs nothing more.
  func mayNameOwnSymptom(_ word: String, new: Bool) -> Bool {
    !new && LogTerm(word) == nil && !(word.first.map { $0.isASCII && $0.isNumber } ?? false) && location.exists
  }
}
