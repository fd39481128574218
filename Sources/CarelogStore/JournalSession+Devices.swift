import CarelogCore
import GRDB

/// A phone or browser paired with `carelog serve`, as stored: never its token, only the token's SHA-256 hash.
public struct StoredDevice: Sendable, Equatable {
  public let id: Int64
  public let name: String
  public let reporter: Reporter
  public let pairedAt: Timestamp
  public let lastUsedAt: Timestamp?
}

extension JournalSession {
  // MARK: - Paired devices

  /// Every paired device, by name.
  public func devices() throws -> [StoredDevice] {
    try Row.fetchAll(db, sql: "SELECT * FROM device ORDER BY nameKey").map(Self.device)
  }

  /// The device whose token hashes to `tokenHash`, if it is still paired.
  public func device(tokenHash: String) throws -> StoredDevice? {
    try Row.fetchOne(db, sql: "SELECT * FROM device WHERE tokenHash = ?", arguments: [tokenHash]).map(Self.device)
  }

  /// The device named `name` (case ignored), if any.
  public func device(named name: String) throws -> StoredDevice? {
    try Row.fetchOne(db, sql: "SELECT * FROM device WHERE nameKey = ?", arguments: [Profile.key(for: name)]).map(Self.device)
  }

  /// Pairs a device; its name must be new.
  public func addDevice(name: String, tokenHash: String, reporter: Reporter, at moment: Timestamp) throws -> StoredDevice {
    if try device(named: name) != nil {
      throw CarelogError.badData(
        "There is already a device named \(name). Choose another name, or end that one first with: "
          + "carelog devices revoke \(ShellWords.quoted(name))")
    }
    try db.execute(
      sql: """
        INSERT INTO device(name, nameKey, tokenHash, reporter, reporterRole, pairedAt) VALUES (?, ?, ?, ?, ?, ?)
        """,
      arguments: [name, Profile.key(for: name), tokenHash, reporter.name, reporter.role.rawValue, moment.description])
    return try device(tokenHash: tokenHash)!
  }

  /// Notes when a device was last used.
  public func touchDevice(id: Int64, at moment: Timestamp) throws {
    try db.execute(sql: "UPDATE device SET lastUsedAt = ? WHERE id = ?", arguments: [moment.description, id])
  }

  /// Removes a device and its token hash; returns whether there was one.
  public func removeDevice(id: Int64) throws -> Bool {
    try db.execute(sql: "DELETE FROM device WHERE id = ?", arguments: [id])
    return db.changesCount > 0
  }

  private static func device(_ row: Row) throws -> StoredDevice {
    let roleText: String = row["reporterRole"]
    let pairedText: String = row["pairedAt"]
    guard let role = ReporterRole(rawValue: roleText) else { throw StoreError.malformed(column: "reporterRole", value: roleText) }
    guard let paired = Timestamp(iso: pairedText) else { throw StoreError.malformed(column: "pairedAt", value: pairedText) }
    let lastText: String? = row["lastUsedAt"]
    let last = try lastText.map { text in
      guard let moment = Timestamp(iso: text) else { throw StoreError.malformed(column: "lastUsedAt", value: text) }
      return moment
    }
    return StoredDevice(
      id: row["id"], name: row["name"], reporter: Reporter(name: row["reporter"], role: role), pairedAt: paired,
      lastUsedAt: last)
  }
}
