import CarelogCore
import CarelogRules
import CarelogStore

/// Loads what the rules need for one profile, in the caller's transaction, and evaluates them.
enum FlagLoading {
  /// Every flag of `profile` as of `asOf`. With `touching`, only the entries the rules need for flags that reach
  /// that day or later are read, so the cost does not grow with the length of the journal.
  static func flags(
    _ session: JournalSession, profile: Profile, asOf: LocalDate, touching start: LocalDate? = nil
  ) throws -> [Flag] {
    let entries =
      try start.map { start in
        let since = RuleEngine.lookBack().mapValues { start.adding(days: -$0) }
        return try session.entries(profileID: profile.id!, until: asOf, since: since)
      } ?? session.entries(EntryQuery(profileID: profile.id, until: asOf))
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

  static func raised(by entries: [Entry], _ session: JournalSession, profile: Profile, today: LocalDate) throws -> [Flag] {
    guard !entries.isEmpty else { return [] }
    let ids = Set(entries.map(\.id))
    let asOf = max(today, entries.map(\.occurredOn).max()!)
    let start = entries.map(\.occurredOn).min()!
    return try FlagLoading.flags(session, profile: profile, asOf: asOf, touching: start).filter { flag in
      flag.entries.contains(where: ids.contains) && (!flag.acknowledged || flag.level == .urgent)
    }
  }

  static func show(_ flags: [Flag]) {
    guard !flags.isEmpty else { return }
    for flag in flags { say("\n" + FlagText.block(flag)) }
    say("\nSee the details and sources with: carelog flags")
    say(FlagText.disclaimer)
  }
}
