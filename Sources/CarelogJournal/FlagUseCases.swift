import CarelogCore
import CarelogRules
import CarelogStore

/// Warning flags: the current ones, those a new entry set off, and acknowledging one.
extension Journal {
  /// The chosen profile's flags still going on at `since` or later, as of `asOf`; `since` defaults to the last
  /// visit before `asOf`, else `ReportingPeriod.defaultDays` before it.
  public func flags(asOf: LocalDate, since: LocalDate? = nil) throws -> (profile: Profile, flags: [WarningFlag]) {
    try database.read { session in
      let profile = try choice.chosenProfile(in: session)
      let visits = try session.visits(of: profile)
      let start = since ?? ReportingPeriod.defaultStart(visits: visits, asOf: asOf)
      let flags = try FlagLoading.flags(session, profile: profile, asOf: asOf, touching: start, visits: visits)
      return (profile, RuleEngine.current(flags, since: start))
    }
  }

  /// A value that changes whenever anyone commits a change to the journal (a server keeps the flags it computed
  /// until then).
  public func changeStamp() throws -> String { try database.changeStamp() }

  /// The flags that `entries` (just recorded for `profile`) take part in, for showing at once: not those marked
  /// as seen, unless urgent. Read after the write, so other writers are not held up.
  public func flagsRaised(by entries: [Entry], profile: Profile, today: LocalDate) throws -> [WarningFlag] {
    try database.read { session in try FlagPrompts.raised(by: entries, session, profile: profile, today: today) }
  }

  /// Marks the chosen profile's flag whose id is, or starts with, `id` as seen at its current level.
  public func acknowledge(_ id: String, today: LocalDate, at moment: Timestamp, note: String?) throws -> WarningFlag {
    try database.write { session in
      let profile = try choice.chosenProfile(in: session)
      let flags = try FlagLoading.flags(session, profile: profile, asOf: today)
      let flag = try FlagMatch.match(id, in: flags)
      try session.acknowledge(flagID: flag.id, level: flag.level, profile: profile, at: moment, note: note)
      return flag
    }
  }
}

/// Loads what the rules need for one profile, in the caller's transaction, and evaluates them.
enum FlagLoading {
  /// Every flag of `profile` as of `asOf`. With `touching`, only the entries the rules need for flags that reach
  /// that day or later are read, so the cost does not grow with the length of the journal.
  static func flags(
    _ session: JournalSession, profile: Profile, asOf: LocalDate, touching start: LocalDate? = nil,
    windows: [EntryWindow]? = nil, acknowledgements known: [FlagAcknowledgement]? = nil, involving: [Entry]? = nil,
    visits knownVisits: [Visit]? = nil
  ) throws -> [WarningFlag] {
    let entries: [Entry]
    if let windows {
      entries = try session.entries(profileID: profile.id!, until: asOf, windows: windows)
    } else if let start {
      let since = RuleEngine.lookBack().mapValues { start.adding(days: -$0) }
      entries = try session.entries(profileID: profile.id!, until: asOf, since: since)
    } else {
      entries = try session.entries(EntryQuery(profileID: profile.id, until: asOf))
    }
    let medicines = try session.medicines(of: profile)
    // The check after an entry runs only the rules that read entries, and none of those reads doses.
    let doses = involving != nil ? [] : try session.doses(of: medicines, from: asOf.adding(days: -RuleEngine.doseDays), through: asOf)
    let input = RuleInput(
      profile: profile, entries: entries,
      treatments: DoseLoading.courses(try session.treatments(of: profile), medicines: medicines),
      baseline: Set(try session.baseline(of: profile)), visits: try knownVisits ?? session.visits(of: profile), asOf: asOf,
      medicines: medicines, doses: doses)
    return RuleEngine.flags(
      input, acknowledgements: try known ?? acknowledgements(session, profile: profile), involving: involving)
  }

  static func acknowledgements(_ session: JournalSession, profile: Profile) throws -> [FlagAcknowledgement] {
    try session.acknowledgements(of: profile).map {
      FlagAcknowledgement(flagID: $0.flagID, level: $0.level, at: $0.at, note: $0.note)
    }
  }

}

/// The flags a just-written entry raised or changed, shown at once below the confirmation.
enum FlagPrompts {

  static func raised(by entries: [Entry], _ session: JournalSession, profile: Profile, today: LocalDate) throws -> [WarningFlag] {
    guard !entries.isEmpty else { return [] }
    let ids = Set(entries.map(\.id))
    let asOf = max(today, entries.map(\.occurredOn).max()!)
    let windows = entries.flatMap(Self.windows(around:))
    guard !windows.isEmpty else { return [] }
    let acknowledgements = try FlagLoading.acknowledgements(session, profile: profile)
    var flags = try FlagLoading.flags(
      session, profile: profile, asOf: asOf, windows: windows, acknowledgements: acknowledgements, involving: entries
    ).filter { $0.entries.contains(where: ids.contains) }
    // A window can cut off the start of a long episode, and the start is part of a flag's id. When the user
    // acknowledged an earlier-starting flag of the same rule and symptom, the whole history decides.
    let acknowledged = acknowledgements.map(\.flagID)
    if flags.contains(where: { !$0.acknowledged && mayBeTruncated($0, acknowledged: acknowledged) }) {
      flags = try FlagLoading.flags(
        session, profile: profile, asOf: asOf, acknowledgements: acknowledgements, involving: entries
      ).filter { $0.entries.contains(where: ids.contains) }
    }
    return flags.filter { !$0.acknowledged || $0.level == .urgent }
  }

  /// Whether an acknowledged id names the same rule and symptom as `flag` with an earlier start, so that `flag`
  /// may be that flag seen through a window.
  static func mayBeTruncated(_ flag: WarningFlag, acknowledged: [String]) -> Bool {
    guard let cut = flag.id.lastIndex(of: ":") else { return false }
    let prefix = flag.id[...cut]
    return acknowledged.contains { $0.hasPrefix(prefix) && $0.dropFirst(prefix.count) < flag.from.description }
  }

  /// What the rules must see to find the flags a new entry takes part in: the windows the rules declare.
  static func windows(around entry: Entry) -> [EntryWindow] {
    RuleEngine.needs(around: entry).map { EntryWindow(kind: $0.kind, term: $0.term, since: $0.since) }
  }

}

/// Finds a flag by its id, or a unique beginning of it.
enum FlagMatch {
  static func match(_ text: String, in flags: [WarningFlag]) throws -> WarningFlag {
    if let exact = flags.first(where: { $0.id == text }) { return exact }
    let matches = flags.filter { $0.id.hasPrefix(text) }
    guard matches.count == 1 else {
      let ids = flags.prefix(5).map(\.id).joined(separator: ", ")
      throw CarelogError.badData(
        matches.isEmpty
          ? "No flag has the id \(text). The current ones are: \(ids.isEmpty ? "none" : ids). See them with: carelog flags"
          : "More than one flag starts with \(text). Type the whole id, as shown by carelog flags.")
    }
    return matches[0]
  }
}
