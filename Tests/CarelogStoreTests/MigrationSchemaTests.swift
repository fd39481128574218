import Foundation
import GRDB
import Testing

@testable import CarelogStore

/// Shipped migrations are never edited: the schema each one produces is pinned by a hash.
struct MigrationSchemaTests {
  /// The FNV-1a hash of the schema after each migration. A new migration adds a line; an existing line never changes.
  static let pinned: [String: UInt64] = [
    "v1-journal": 7_007_602_066_235_793_606,
    "v2-flag-acknowledgements": 13_720_224_146_352_624_499,
    // Data only (name keys rewritten), so the schema is v2's.
    "v3-profile-name-keys": 13_720_224_146_352_624_499,
    "v4-central-line": 5_039_267_014_504_785_839,
    "v5-counts": 12_591_598_334_122_615_559,
    "v6-medicines": 9_066_439_786_766_992_145,
    "v7-devices": 10_056_529_478_274_162_401,
  ]

  @Test func everyShippedMigrationStillProducesTheSameSchema() throws {
    for identifier in Migrations.migrator.migrations {
      let queue = try DatabaseQueue()
      try Migrations.migrator.migrate(queue, upTo: identifier)
      let schema = try queue.read { db in
        try String.fetchAll(db, sql: "SELECT ifnull(sql, name) FROM sqlite_master WHERE name != 'grdb_migrations' ORDER BY name")
      }.joined(separator: "\n")
      let hash = Self.fnv1a(schema)
      #expect(Self.pinned[identifier] == hash, "schema of \(identifier) is \(hash): a shipped migration was edited, or a new one lacks its pin")
    }
  }

  @Test func v5KeepsEveryEntryAndRevisionAndAcceptsTheCountKinds() throws {
    // Given a journal at v4 with an edited entry (one earlier version) and a deleted one
    let queue = try DatabaseQueue()
    try Migrations.migrator.migrate(queue, upTo: "v4-central-line")
    try queue.write { db in
      try db.execute(sql: """
        INSERT INTO profile(name, nameKey) VALUES ('Leo', 'leo');
        INSERT INTO entry(id, profileId, kind, term, severity, value, unit, occurredOn, occurredAt, recordedAt, reporter,
                          reporterRole, note, revision, deletedAt)
        VALUES ('e1', 1, 'symptom', 'fatigue', 2, NULL, NULL, '2026-11-20', '09:00', '2026-11-20T10:00:00Z', 'Anna',
                'caregiver', 'a note', 2, NULL),
               ('e2', 1, 'temperature', NULL, NULL, 38.2, 'C', '2026-11-21', NULL, '2026-11-21T10:00:00Z', 'Anna',
                'caregiver', NULL, 1, '2026-11-22T10:00:00Z');
        INSERT INTO entryRevision(entryId, revision, profileId, kind, term, severity, occurredOn, recordedAt, reporter,
                                  reporterRole, supersededAt, change)
        VALUES ('e1', 1, 1, 'symptom', 'fatigue', 1, '2026-11-20', '2026-11-20T10:00:00Z', 'Anna', 'caregiver',
                '2026-11-20T11:00:00Z', 'edited');
        """)
    }
    let rows = { (db: Database) in
      try Row.fetchAll(db, sql: "SELECT * FROM entry ORDER BY id").map(\.description)
        + Row.fetchAll(db, sql: "SELECT * FROM entryRevision ORDER BY entryId, revision").map(\.description)
    }
    let before = try queue.read(rows)
    // When it is upgraded
    try Migrations.migrator.migrate(queue)
    // Then every row is there as it was, with its index and foreign keys
    #expect(try queue.read(rows) == before)
    #expect(before.count == 3)
    let (problems, indexes) = try queue.read { db in
      (try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), try db.indexes(on: "entry").map(\.name))
    }
    #expect(problems.isEmpty)
    #expect(indexes.contains("entry_on_profile_day"))
    // And blood counts and heights may be stored, other kinds still may not
    for kind in ["anc", "wbc", "platelets", "hemoglobin", "height"] {
      try queue.write { db in
        try db.execute(
          sql: """
            INSERT INTO entry(id, profileId, kind, value, unit, occurredOn, recordedAt, reporter, reporterRole)
            VALUES (?, 1, ?, 1, 'x', '2026-11-23', '2026-11-23T10:00:00Z', 'Anna', 'caregiver')
            """, arguments: ["id-\(kind)", kind])
      }
    }
    #expect(throws: DatabaseError.self) {
      try queue.write { db in
        try db.execute(sql: """
          INSERT INTO entry(id, profileId, kind, occurredOn, recordedAt, reporter, reporterRole)
          VALUES ('bad', 1, 'dose', '2026-11-23', '2026-11-23T10:00:00Z', 'Anna', 'caregiver')
          """)
      }
    }
    // And a purge still takes an entry's earlier versions with it
    try queue.write { db in try db.execute(sql: "DELETE FROM entry WHERE id = 'e1'") }
    #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM entryRevision") } == 0)
  }

  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
