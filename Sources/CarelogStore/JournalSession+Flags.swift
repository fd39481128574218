import CarelogCore
import GRDB

/// A flag the user marked as seen, as stored: its id and the level it had then.
public struct StoredAcknowledgement: Sendable {
  public let flagID: String
  public let level: FlagLevel
  public let at: Timestamp
  public let note: String?
}

extension JournalSession {
  // MARK: - Flag acknowledgements

  public func acknowledgements(of profile: Profile) throws -> [StoredAcknowledgement] {
    try Row.fetchAll(
      db, sql: "SELECT flagId, level, acknowledgedAt, note FROM flagAck WHERE profileId = ? ORDER BY flagId",
      arguments: [profile.id]
    ).map { row in
      // An unknown level or an unreadable time is a malformed row, never silently dropped or guessed.
      let levelText: String = row["level"]
      let atText: String = row["acknowledgedAt"]
      guard let level = FlagLevel(rawValue: levelText) else { throw StoreError.malformed(column: "level", value: levelText) }
      guard let at = Timestamp(iso: atText) else { throw StoreError.malformed(column: "acknowledgedAt", value: atText) }
      return StoredAcknowledgement(flagID: row["flagId"], level: level, at: at, note: row["note"])
    }
  }

  /// Marks a flag as seen at its current level (a later, more urgent level raises it again).
  public func acknowledge(flagID: String, level: FlagLevel, profile: Profile, at moment: Timestamp, note: String?) throws {
    try db.execute(
      sql: """
        INSERT INTO flagAck(profileId, flagId, level, acknowledgedAt, note) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(profileId, flagId) DO UPDATE SET level = excluded.level,
          acknowledgedAt = excluded.acknowledgedAt, note = excluded.note
        """,
      arguments: [profile.id, flagID, level.rawValue, moment.description, note])
  }
}
