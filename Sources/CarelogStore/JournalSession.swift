import CarelogCore
import GRDB

/// The named reads and writes of one command, inside the transaction `AppDatabase` opened for it.
public struct JournalSession {
  let db: Database

  // MARK: - Profiles

  /// Every profile, by name.
  public func profiles() throws -> [Profile] {
    try Profile.fetchAll(db, sql: "SELECT * FROM profile ORDER BY nameKey")
  }

  /// The profile with this name (case ignored), or nil.
  public func profile(named name: String) throws -> Profile? {
    try Profile.fetchOne(db, sql: "SELECT * FROM profile WHERE nameKey = ?", arguments: [Profile.key(for: name)])
  }

  public func profile(id: Int64) throws -> Profile? {
    try Profile.fetchOne(db, key: id)
  }

  /// Adds a profile; the name must be new.
  @discardableResult
  public func add(_ profile: Profile) throws -> Profile {
    if try self.profile(named: profile.name) != nil {
      throw CarelogError.badData(
        "There is already a profile named \(profile.name). Use carelog profile set \(profile.name) to change it.")
    }
    var profile = profile
    try profile.insert(db)
    return profile
  }

  public func update(_ profile: Profile) throws {
    try profile.update(db)
  }

  /// The name chosen with `profile default`, if any.
  public func defaultProfileName() throws -> String? {
    try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'defaultProfile'")
  }

  public func setDefaultProfile(_ profile: Profile) throws {
    try db.execute(
      sql: "INSERT INTO setting(key, value) VALUES ('defaultProfile', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      arguments: [profile.name])
  }

  // MARK: - Treatments, baseline, visits

  @discardableResult
  public func add(_ treatment: Treatment) throws -> Treatment {
    var treatment = treatment
    try treatment.insert(db)
    return treatment
  }

  public func treatments(of profile: Profile) throws -> [Treatment] {
    try Treatment.fetchAll(
      db, sql: "SELECT * FROM treatment WHERE profileId = ? ORDER BY fromDate, id", arguments: [profile.id])
  }

  /// Records symptoms as present before diagnosis; returns the terms that were new.
  public func addBaseline(_ terms: [String], to profile: Profile) throws -> [String] {
    var added: [String] = []
    for term in terms {
      try db.execute(
        sql: "INSERT OR IGNORE INTO baseline(profileId, term) VALUES (?, ?)", arguments: [profile.id, term])
      if db.changesCount > 0 { added.append(term) }
    }
    return added
  }

  public func baseline(of profile: Profile) throws -> [String] {
    try String.fetchAll(db, sql: "SELECT term FROM baseline WHERE profileId = ? ORDER BY term", arguments: [profile.id])
  }

  @discardableResult
  public func add(_ visit: Visit) throws -> Visit {
    var visit = visit
    try visit.insert(db)
    return visit
  }

  /// Read with SQLite's column calls: a long journal has hundreds of visits, and `flags` and `summary` read them all.
  public func visits(of profile: Profile) throws -> [Visit] {
    var visits: [Visit] = []
    try forEachRow(
      sql: "SELECT id, profileId, date, \"with\", note FROM visit WHERE profileId = ? ORDER BY date, id",
      arguments: [profile.id]
    ) { columns in
      let text = columns.text(at: 2) ?? ""
      guard let date = LocalDate(iso: text), let profileID = columns.integer(at: 1) else {
        throw StoreError.malformed(column: "date", value: text)
      }
      var visit = Visit(profileID: profileID, date: date, with: columns.text(at: 3), note: columns.text(at: 4))
      visit.id = columns.integer(at: 0)
      visits.append(visit)
    }
    return visits
  }
}
