import CarelogCore
import CarelogStore

/// Recording, listing, changing and removing entries.
extension Journal {
  /// Records the entries `make` builds for the chosen profile, in one transaction, checked by the shared
  /// validation. Returns them with the profile; `flagsRaised(by:)` then says what they set off.
  public func record(_ make: (Profile, JournalLookups) throws -> [Entry]) throws -> (entries: [Entry], profile: Profile) {
    try database.write { session in
      let profile = try choice.chosenProfile(in: session)
      let entries = try make(profile, JournalLookups(session: session))
      for entry in entries { try session.add(entry) }
      return (entries, profile)
    }
  }

  /// The chosen profile's entries that `query` selects, the profile, and the names of the journal's other profiles.
  public func entries(_ query: EntryFilter) throws -> (profile: Profile, entries: [Entry], otherProfiles: [String]) {
    try database.read { session in
      let profile = try choice.chosenProfile(in: session)
      let stored = EntryQuery(profileID: profile.id, since: query.since, until: query.until, term: query.term, reporter: query.reporter)
      let others = try session.profiles().map(\.name).filter { $0 != profile.name }
      return (profile, try session.entries(stored).filter { query.kind == nil || $0.kind == query.kind }, others)
    }
  }

  /// Changes the entry whose id starts with `prefix` (refused when a profile was named and it is another's), keeping
  /// its earlier version. `change` gets the entry and its profile and returns the new content; when nothing
  /// changes, nothing is written (no new version).
  public func edit(
    _ prefix: String, at moment: Timestamp, _ change: (Entry, Profile, JournalLookups) throws -> Entry
  ) throws -> (original: Entry, entry: Entry, profile: Profile) {
    try database.write { session in
      let entry = try choice.entry(matching: prefix, includingDeleted: false, in: session, action: "changed")
      guard let profile = try session.profile(id: entry.profileID) else {
        throw CarelogError.badData("The entry's profile is missing. Run carelog check.")
      }
      let updated = try change(entry, profile, JournalLookups(session: session))
      if !EntryChanges.same(entry, updated) { try session.edit(updated, at: moment) }
      return (entry, updated, profile)
    }
  }

  /// The chosen profile's current (not deleted) entry with exactly this id, or nil: another profile's entry is
  /// not found either.
  public func entry(id: EntryID) throws -> Entry? {
    try database.read { session in
      let profile = try choice.chosenProfile(in: session)
      guard let entry = try session.entry(id: id, includingDeleted: false), entry.profileID == profile.id else { return nil }
      return entry
    }
  }

  /// Deletes the entry whose id starts with `prefix`, keeping its history.
  public func delete(_ prefix: String, at moment: Timestamp) throws -> (entry: Entry, profile: Profile?) {
    try database.write { session in
      let entry = try choice.entry(matching: prefix, includingDeleted: false, in: session, action: "deleted")
      try session.delete(entry, at: moment)
      return (entry, try session.profile(id: entry.profileID))
    }
  }

  /// What `erase` did: the entry (nil when it could not be read back), its id, its profile, and whether the erased
  /// text is already gone from the journal's -wal file too.
  public struct Erasure {
    public let id: String
    public let entry: Entry?
    public let profile: Profile?
    public let walEmptied: Bool
  }

  /// The entry `erase(prefix)` would erase (nil when it cannot be read back) and its id, for asking first.
  public func entryToErase(_ prefix: String) throws -> (id: String, entry: Entry?) {
    try database.read { session in
      let key = try session.entryKey(matching: prefix, includingDeleted: true)
      try choice.checkOwner(profileID: key.profileID, id: key.id, in: session, action: "erased")
      return (key.id, try? session.entry(matching: key.id, includingDeleted: true))
    }
  }

  /// Erases an entry and its history for good, even one carelog cannot read back (which `check` names).
  public func erase(_ prefix: String) throws -> Erasure {
    let (key, entry, profile) = try database.write { session in
      let key = try session.entryKey(matching: prefix, includingDeleted: true)
      try choice.checkOwner(profileID: key.profileID, id: key.id, in: session, action: "erased")
      let entry = try? session.entry(matching: key.id, includingDeleted: true)
      try session.purge(id: key.id)
      return (key, entry, try session.profile(id: key.profileID))
    }
    return Erasure(id: key.id, entry: entry, profile: profile, walEmptied: try database.checkpoint())
  }

  /// Every version of the entry whose id starts with `prefix`, oldest first, and when it was deleted.
  public func history(_ prefix: String) throws -> (versions: [EntryVersion], deletedAt: Timestamp?) {
    try database.read { session in
      try session.history(of: try choice.entry(matching: prefix, includingDeleted: true, in: session, action: "shown").id)
    }
  }

  /// Profile by profile, calls `entry` with each current entry, one at a time, then `dose` with each recorded dose
  /// of the profile's medicines, by day; all in one read (for CSV export).
  public func forEachEntryAndDose(
    entry: (Profile, Entry) throws -> Void, dose: (Profile, Medicine, Dose) throws -> Void
  ) throws {
    try database.read { session in
      for profile in try session.profiles() {
        try session.forEachEntry(EntryQuery(profileID: profile.id)) { try entry(profile, $0) }
        let medicines = try session.medicines(of: profile)
        let byID = Dictionary(uniqueKeysWithValues: medicines.map { ($0.id!, $0) })
        for recorded in try session.doses(of: medicines) {
          guard let medicine = byID[recorded.medicineID] else { continue }
          try dose(profile, medicine, recorded)
        }
      }
    }
  }

  /// The terms the check-in asks about: symptoms of the last two weeks, then those from before diagnosis.
  public func checkinTerms(today: LocalDate) throws -> (profile: Profile, terms: [String]) {
    try database.read { session in
      let profile = try choice.chosenProfile(in: session)
      let recent = try session.entries(EntryQuery(profileID: profile.id, since: today.adding(days: -14)))
      var seen = Set<String>()
      let terms = (recent.compactMap(\.term) + (try session.baseline(of: profile))).filter { seen.insert($0).inserted }
      return (profile, terms)
    }
  }
}

/// Which entries a face asks for: nil fields do not filter.
public struct EntryFilter: Sendable {
  public var since: LocalDate?
  public var until: LocalDate?
  public var term: String?
  public var kind: Entry.Kind?
  public var reporter: String?

  public init(since: LocalDate? = nil, until: LocalDate? = nil, term: String? = nil, kind: Entry.Kind? = nil, reporter: String? = nil) {
    self.since = since
    self.until = until
    self.term = term
    self.kind = kind
    self.reporter = reporter
  }
}

/// What a use case's closure may look up in the journal while it builds an entry, inside the same transaction.
public struct JournalLookups {
  let session: JournalSession

  /// The journal's own symptom (recorded once with `--new`) that `word` names, if any.
  public func ownSymptomTerm(for word: String) throws -> String? { try session.ownSymptomTerm(for: word) }
}

extension Journal {
  /// The symptoms `text` finds, as `carelog symptoms TEXT` lists them: the catalog's matches, then this journal's
  /// own symptoms that contain it.
  public func searchSymptoms(_ text: String) throws -> (catalog: [Symptom], own: [String]) {
    let needle = SymptomCatalog.normalized(text)
    let own = try database.read { try $0.ownSymptomTerms() }.filter { needle.isEmpty || $0.contains(needle) }
    return (SymptomCatalog.search(text), own)
  }

  /// The journal's own symptoms (recorded with `--new`), or none when there is no journal yet.
  public static func ownSymptomTerms(_ choice: JournalChoice) -> [String] {
    guard choice.location.exists, let journal = try? Journal.open(choice, .read) else { return [] }
    return (try? journal.database.read { try $0.ownSymptomTerms() }) ?? []
  }
}
