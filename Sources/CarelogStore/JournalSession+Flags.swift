import CarelogCore
import GRDB

/// A flag the user marked as seen, as stored: its id and the level it had then.
public struct StoredAcknowledgement: Sendable {
  public let flagID: String
  public let level: String
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
      StoredAcknowledgement(
        flagID: row["flagId"], level: row["level"],
        at: Timestamp(iso: row["acknowledgedAt"]) ?? Timestamp(secondsSince1970: 0), note: row["note"])
    }
  }

  /// Marks a flag as seen at its current level (a later, more urgent level raises it again).
  public func acknowledge(flagID: String, level: String, profile: Profile, at moment: Timestamp, note: String?) throws {
    try db.execute(
      sql: """
        INSERT INTO flagAck(profileId, flagId, level, acknowledgedAt, note) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(profileId, flagId) DO UPDATE SET level = excluded.level,
          acknowledgedAt = excluded.acknowledgedAt, note = excluded.note
        """,
      arguments: [profile.id, flagID, level, moment.description, note])
  }
}
