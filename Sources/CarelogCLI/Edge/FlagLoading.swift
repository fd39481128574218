import CarelogCore
import CarelogRules
import CarelogStore

/// Loads what the rules need for one profile, in the caller's transaction, and evaluates them.
enum FlagLoading {
  /// Every flag of `profile` as of `asOf`. With `lookBackDays`, only entries that recent are read (the prompt
  /// after `log`, which must not slow down as the journal grows).
  static func flags(
    _ session: JournalSession, profile: Profile, asOf: LocalDate, lookBackDays: Int? = nil
  ) throws -> [Flag] {
    let since = lookBackDays.map { asOf.adding(days: -$0) }
    let entries = try session.entries(EntryQuery(profileID: profile.id, since: since, until: asOf))
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
  /// How far back the prompt looks, so that `log` stays as fast on a decade of entries as on a week.
  static let lookBackDays = 400

  static func raised(by entries: [Entry], _ session: JournalSession, profile: Profile, today: LocalDate) throws -> [Flag] {
    guard !entries.isEmpty else { return [] }
    let ids = Set(entries.map(\.id))
    let asOf = max(today, entries.map(\.occurredOn).max()!)
    return try FlagLoading.flags(session, profile: profile, asOf: asOf, lookBackDays: lookBackDays).filter { flag in
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
