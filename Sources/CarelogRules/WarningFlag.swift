import CarelogCore

/// A pattern the rules found in the journal: what was seen, how urgent it is, what to do, and the sources.
public struct WarningFlag: Sendable, Hashable {
  /// Stable and readable: the rule, what it is about, and the day it began, e.g.
  /// `symptom-persists-2-weeks:bone-pain:2026-11-11`. The same condition keeps its id as it goes on.
  public let id: String
  public let rule: String
  public var level: FlagLevel
  public let title: String
  /// What was seen, in this journal: "Bone pain reported on 8 days from … to …".
  public let seen: String
  /// What was seen, then what it can mean (`seen` + " " + `meaning`).
  public let message: String
  /// What the pattern can mean, without what was seen: the same words for every flag of a rule in one journal,
  /// so a summary can say it once for several flags.
  public let meaning: String
  public let action: String
  /// Symptom terms involved.
  public let symptoms: [String]
  public let from: LocalDate
  public let to: LocalDate
  /// The entries that make up the pattern.
  public let entries: [EntryID]
  /// Measured values or reports that matter, for display.
  public let values: [FlagValue]
  public var acknowledged = false
  public let sources: [Citation]
  public let external: [ExternalSource]
  /// The treatments the flag names (short labels, e.g. a side effect's possible causes), as `seen` lists them.
  public var treatments: [String] = []

  /// This flag with its words filled for the reader (see `Voice`).
  func voiced(_ voice: Voice) -> WarningFlag {
    var flag = WarningFlag(
      id: id, rule: rule, level: level, title: title, seen: voice.fill(seen), message: voice.fill(message),
      meaning: voice.fill(meaning), action: voice.fill(action), symptoms: symptoms, from: from, to: to,
      entries: entries, values: values, sources: sources, external: external, treatments: treatments)
    flag.acknowledged = acknowledged
    return flag
  }
}

/// One value behind a flag: a reading or a report on a day.
public struct FlagValue: Sendable, Hashable {
  public let on: LocalDate
  /// The term or kind, e.g. `temperature`, `bone-pain`.
  public let what: String
  public let value: Double?
  public let unit: String?
  public let severity: Severity?

  public init(on: LocalDate, what: String, value: Double? = nil, unit: String? = nil, severity: Severity? = nil) {
    self.on = on
    self.what = what
    self.value = value
    self.unit = unit
    self.severity = severity
  }

  init(_ entry: Entry) {
    self.init(
      on: entry.occurredOn, what: entry.term ?? entry.kind.rawValue, value: entry.value, unit: entry.unit,
      severity: entry.severity)
  }
}

/// An acknowledgement stored in the journal: the flag's id and the level it had when it was seen.
public struct FlagAcknowledgement: Sendable, Hashable {
  public let flagID: String
  public let level: FlagLevel
  public let at: Timestamp
  public let note: String?

  public init(flagID: String, level: FlagLevel, at: Timestamp, note: String?) {
    self.flagID = flagID
    self.level = level
    self.at = at
    self.note = note
  }
}
