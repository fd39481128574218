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
    "v5-devices": 2_217_142_277_246_773_507,
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

  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
