import CarelogCore
import GRDB

/// Medicines on a schedule and the doses recorded of them.
extension JournalSession {
  /// The profile's medicines, by name, then start.
  public func medicines(of profile: Profile) throws -> [Medicine] {
    try Medicine.filter(Column("profileId") == profile.id).order(Column("name"), Column("fromDate"), Column("id")).fetchAll(db)
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
    var request = Dose.filter(ids.contains(Column("medicineId")))
    if let first { request = request.filter(Column("dueOn") >= first.description) }
    if let last { request = request.filter(Column("dueOn") <= last.description) }
    return try request.order(Column("dueOn"), Column("medicineId")).fetchAll(db)
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
