import CarelogCore
import CarelogRules
import CarelogStore

/// Loads what the rules need for one profile, in the caller's transaction, and evaluates them.
enum FlagLoading {
  /// Every flag of `profile` as of `asOf`. With `touching`, only the entries the rules need for flags that reach
  /// that day or later are read, so the cost does not grow with the length of the journal.
  static func flags(
    _ session: JournalSession, profile: Profile, asOf: LocalDate, touching start: LocalDate? = nil,
    windows: [EntryWindow]? = nil
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
    let input = RuleInput(
      profile: profile, entries: entries, treatments: try session.treatments(of: profile),
      baseline: Set(try session.baseline(of: profile)), visits: try session.visits(of: profile), asOf: asOf)
    return RuleEngine.flags(input, acknowledgements: try acknowledgements(session, profile: profile))
  }

  static func acknowledgements(_ session: JournalSession, profile: Profile) throws -> [FlagAcknowledgement] {
    try session.acknowledgements(of: profile).compactMap { stored in
      FlagLevel(rawValue: stored.level).map {
        FlagAcknowledgement(flagID: stored.flagID, level: $0, at: stored.at, note: stored.note)
      }
    }
  }

  /// The default start of "current": the last visit before `asOf`, else 30 days before it.
  static func defaultSince(_ session: JournalSession, profile: Profile, asOf: LocalDate) throws -> LocalDate {
    try session.visits(of: profile).last { $0.date < asOf }?.date ?? asOf.adding(days: -30)
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
    var flags = try FlagLoading.flags(session, profile: profile, asOf: asOf, windows: windows)
      .filter { $0.entries.contains(where: ids.contains) }
    // A window can cut off the start of a long episode, and the start is part of a flag's id. When the user
    // acknowledged an earlier-starting flag of the same rule and symptom, the whole history decides.
    let acknowledged = try FlagLoading.acknowledgements(session, profile: profile).map(\.flagID)
    if flags.contains(where: { !$0.acknowledged && mayBeTruncated($0, acknowledged: acknowledged) }) {
      flags = try FlagLoading.flags(session, profile: profile, asOf: asOf).filter { $0.entries.contains(where: ids.contains) }
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

  /// After the entries are saved (their transaction is over, so other writers are not held up), shows the
  /// flags they raised. A failure here does not undo the saved entries; it is only reported.
  static func check(_ entries: [Entry], _ database: AppDatabase, profile: Profile, today: LocalDate) {
    do {
      show(try database.read { session in try raised(by: entries, session, profile: profile, today: today) })
    } catch {
      Terminal.standardError.write("carelog: the entry is saved, but checking it for warning signs failed: \(error)\n")
    }
  }

  static func show(_ flags: [WarningFlag]) {
    guard !flags.isEmpty else { return }
    for flag in flags { say("\n" + FlagText.block(flag)) }
    let width = Terminal.standardOutput.width
    say("\n" + TextWrap.lines("See the details and sources with: carelog flags", width: width).joined(separator: "\n"))
    say(FlagText.closing())
  }
}
