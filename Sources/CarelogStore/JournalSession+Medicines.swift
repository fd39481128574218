import CarelogCore
import GRDB

/// Medicines on a schedule and the doses recorded of them.
extension JournalSession {
  /// The profile's medicines, by name, then start.
  public func medicines(of profile: Profile) throws -> [Medicine] {
    try Medicine.fetchAll(
      db, sql: "SELECT * FROM medicine WHERE profileId = ? ORDER BY name, fromDate, id", arguments: [profile.id])
  }

  @discardableResult
  public func add(_ medicine: Medicine) throws -> Medicine {
    var medicine = medicine
    try medicine.insert(db)
    return medicine
  }

  public func update(_ medicine: Medicine) throws {
    try medicine.update(db)
  }

  /// The doses recorded for `medicines` due in `first...last` (all when nil), by day.
  public func doses(of medicines: [Medicine], from first: LocalDate? = nil, through last: LocalDate? = nil) throws -> [Dose] {
    let ids = medicines.compactMap(\.id)
    guard !ids.isEmpty else { return [] }
    let places = Array(repeating: "?", count: ids.count).joined(separator: ", ")
    return try Dose.fetchAll(
      db,
      sql: """
        SELECT * FROM dose WHERE medicineId IN (\(places)) AND dueOn >= ? AND dueOn <= ? ORDER BY dueOn, medicineId
        """,
      arguments: StatementArguments(ids) + [first?.description ?? "", last?.description ?? "9999-12-31"])
  }

  public func add(_ dose: Dose) throws {
    try dose.insert(db)
  }

  /// The day of the profile's last check-in, if any.
  public func lastCheckin(of profile: Profile) throws -> LocalDate? {
    try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: ["lastCheckin:\(profile.id ?? 0)"])
      .flatMap(LocalDate.init(iso:))
  }

  public func setLastCheckin(_ day: LocalDate, of profile: Profile) throws {
    try db.execute(
      sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      arguments: ["lastCheckin:\(profile.id ?? 0)", day.description])
  }
}
