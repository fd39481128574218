import GRDB

/// The journal's schema, as a list of migrations. A migration that has shipped is never edited: add a new one.
enum Migrations {
  /// "CRLG", written to the SQLite header so carelog recognises its own files.
  static let applicationID: Int32 = 0x4352_4C47

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-journal") { db in
      try db.execute(sql: "PRAGMA application_id = \(applicationID)")
      try db.create(table: "profile") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("name", .text).notNull().check { length($0) > 0 }
        // The name folded for comparison (Unicode-aware, unlike SQLite's NOCASE), so "Zoë" and "ZOË" are one.
        t.column("nameKey", .text).notNull().unique()
        t.column("born", .text)
        t.column("diagnosed", .text)
        t.column("subtype", .text)
        t.column("remission", .text)
        t.column("treatmentEnded", .text)
        t.column("reporter", .text)
        t.column("reporterRole", .text)
        t.column("notes", .text)
        t.column("visitEvery", .integer)
      }
      try db.create(table: "setting") { t in
        t.primaryKey("key", .text)
        t.column("value", .text).notNull()
      }
      try db.create(table: "treatment") { t in
        t.autoIncrementedPrimaryKey("id")
        t.belongsTo("profile", onDelete: .restrict).notNull()
        t.column("agent", .text).notNull()
        t.column("fromDate", .text)
        t.column("toDate", .text)
        t.column("note", .text)
      }
      try db.create(table: "baseline") { t in
        t.belongsTo("profile", onDelete: .restrict).notNull()
        t.column("term", .text).notNull()
        t.primaryKey(["profileId", "term"])
      }
      try db.create(table: "entry") { t in
        t.primaryKey("id", .text)
        t.belongsTo("profile", onDelete: .restrict).notNull()
        entryColumns(t)
        t.column("revision", .integer).notNull().defaults(to: 1)
        t.column("deletedAt", .text)
      }
      try db.create(index: "entry_on_profile_day", on: "entry", columns: ["profileId", "occurredOn"])
      try db.create(table: "entryRevision") { t in
        t.column("entryId", .text).notNull().references("entry", onDelete: .cascade)
        t.column("revision", .integer).notNull()
        t.column("profileId", .integer).notNull()
        entryColumns(t)
        t.column("supersededAt", .text).notNull()
        t.column("change", .text).notNull()
        t.primaryKey(["entryId", "revision"])
      }
      try db.create(table: "visit") { t in
        t.autoIncrementedPrimaryKey("id")
        t.belongsTo("profile", onDelete: .restrict).notNull()
        t.column("date", .text).notNull()
        t.column("with", .text)
        t.column("note", .text)
      }
    }
    migrator.registerMigration("v2-flag-acknowledgements") { db in
      try db.create(table: "flagAck") { t in
        t.belongsTo("profile", onDelete: .restrict).notNull()
        t.column("flagId", .text).notNull()
        t.column("level", .text).notNull()
        t.column("acknowledgedAt", .text).notNull()
        t.column("note", .text)
        t.primaryKey(["profileId", "flagId"])
      }
    }
    migrator.registerMigration("v3-profile-name-keys") { db in
      // Name keys become trimmed and NFC (before: only lowercased), so " Leo " and "Zoë" typed either way
      // find their profile. Should two profiles now share a key, the older keeps it and the other its old key.
      // Keys are compared as bytes, as SQLite does: Swift's == would call "Zoë" and "Zoe\u{308}" equal.
      let rows = try Row.fetchAll(db, sql: "SELECT id, name, nameKey FROM profile ORDER BY id")
      var taken = Set(rows.map { Array(($0["nameKey"] as String).utf8) })
      for row in rows {
        let (old, new) = (Array((row["nameKey"] as String).utf8), Array(nameKeyV3(row["name"]).utf8))
        guard new != old, !taken.contains(new) else { continue }
        try db.execute(
          sql: "UPDATE profile SET nameKey = ? WHERE id = ?",
          arguments: [String(decoding: new, as: UTF8.self), row["id"] as Int64])
        taken.remove(old)
        taken.insert(new)
      }
    }
    migrator.registerMigration("v4-central-line") { db in
      try db.alter(table: "profile") { t in
        t.add(column: "centralLine", .boolean).notNull().defaults(to: false)
      }
    }
    migrator.registerMigration("v5-counts") { db in
      // Blood counts and heights are entries of new kinds. SQLite cannot change a CHECK constraint, so the entry
      // and revision tables are rebuilt with the longer list (foreign keys are checked once, at the end).
      try rebuildEntryTables(db, kinds: [
        "symptom", "temperature", "weight", "infection", "note", "anc", "wbc", "platelets", "hemoglobin", "height",
      ])
    }
    migrator.registerMigration("v6-medicines") { db in
      try db.create(table: "medicine") { t in
        t.autoIncrementedPrimaryKey("id")
        t.belongsTo("profile", onDelete: .restrict).notNull()
        t.column("name", .text).notNull()
        t.column("dose", .text).notNull()
        // "day", "week" or "Nd"; a weekly medicine's weekday 0 (Sunday) to 6; a pulse's length in days.
        t.column("every", .text).notNull()
        t.column("weekday", .integer).check { $0 == nil || (0...6).contains($0) }
        t.column("forDays", .integer)
        t.column("at", .text)
        t.column("fromDate", .text).notNull()
        t.column("toDate", .text)
      }
      try db.create(table: "dose") { t in
        t.primaryKey("id", .text)
        t.belongsTo("medicine", onDelete: .restrict).notNull()
        t.column("dueOn", .text).notNull()
        t.column("status", .text).notNull().check { ["taken", "missed", "held"].contains($0) }
        t.column("at", .text)
        t.column("reason", .text)
        t.column("reporter", .text).notNull()
        t.column("reporterRole", .text).notNull()
        t.column("recordedAt", .text).notNull()
        // Each due dose is recorded once.
        t.uniqueKey(["medicineId", "dueOn"])
      }
    }
    migrator.registerMigration("v7-devices") { db in
      // Phones and browsers paired with `carelog serve`. Only a SHA-256 hash of each device's token is kept.
      try db.create(table: "device") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("name", .text).notNull().check { length($0) > 0 }
        t.column("nameKey", .text).notNull().unique()
        t.column("tokenHash", .text).notNull().unique().check { length($0) == 64 }
        t.column("reporter", .text).notNull()
        t.column("reporterRole", .text).notNull().check { ["self", "caregiver"].contains($0) }
        t.column("pairedAt", .text).notNull()
        t.column("lastUsedAt", .text)
      }
    }
    return migrator
  }

  /// Rebuilds `entry` and `entryRevision` with `kinds` as the allowed kinds, keeping every row, column and index.
  private static func rebuildEntryTables(_ db: Database, kinds: [String]) throws {
    try db.create(table: "newEntry") { t in
      t.primaryKey("id", .text)
      t.belongsTo("profile", onDelete: .restrict).notNull()
      entryColumns(t, kinds: kinds)
      t.column("revision", .integer).notNull().defaults(to: 1)
      t.column("deletedAt", .text)
    }
    try db.create(table: "newEntryRevision") { t in
      t.column("entryId", .text).notNull().references("entry", onDelete: .cascade)
      t.column("revision", .integer).notNull()
      t.column("profileId", .integer).notNull()
      entryColumns(t, kinds: kinds)
      t.column("supersededAt", .text).notNull()
      t.column("change", .text).notNull()
      t.primaryKey(["entryId", "revision"])
    }
    let shared = "kind, term, severity, value, unit, occurredOn, occurredAt, recordedAt, reporter, reporterRole, note"
    try db.execute(sql: """
      INSERT INTO newEntry (id, profileId, \(shared), revision, deletedAt)
        SELECT id, profileId, \(shared), revision, deletedAt FROM entry;
      INSERT INTO newEntryRevision (entryId, revision, profileId, \(shared), supersededAt, change)
        SELECT entryId, revision, profileId, \(shared), supersededAt, change FROM entryRevision;
      DROP TABLE entryRevision;
      DROP TABLE entry;
      ALTER TABLE newEntry RENAME TO entry;
      ALTER TABLE newEntryRevision RENAME TO entryRevision;
      """)
    try db.create(index: "entry_on_profile_day", on: "entry", columns: ["profileId", "occurredOn"])
  }

  /// The name key as migration v3 defines it, frozen here: migrations never change once shipped.
  private static func nameKeyV3(_ name: String) -> String {
    let scalars = name.unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(decoding: String(scalars[start...end]).lowercased()._nfcCodeUnits, as: UTF8.self)
  }

  /// The columns an entry and each of its earlier versions share.
  private static func entryColumns(
    _ t: TableDefinition, kinds: [String] = ["symptom", "temperature", "weight", "infection", "note"]
  ) {
    t.column("kind", .text).notNull().check { kinds.contains($0) }
    t.column("term", .text)
    t.column("severity", .integer).check { $0 == nil || (0...4).contains($0) }
    t.column("value", .double)
    t.column("unit", .text)
    t.column("occurredOn", .text).notNull()
    t.column("occurredAt", .text)
    t.column("recordedAt", .text).notNull()
    t.column("reporter", .text).notNull()
    t.column("reporterRole", .text).notNull()
    t.column("note", .text)
  }
}
