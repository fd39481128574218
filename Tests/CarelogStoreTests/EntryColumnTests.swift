import CarelogCore
import GRDB
import Testing

@testable import CarelogStore

/// The stored columns of an entry are described once (`EntryColumn`); these tests tie that description to the
/// tables and to the public field names of `EntryFields`.
struct EntryColumnTests {
  @Test func theEntryTableHoldsExactlyTheDescribedColumnsAndTheVersionBookkeeping() throws {
    let queue = try DatabaseQueue()
    try Migrations.migrator.migrate(queue)
    let (entry, revision) = try queue.read { db in
      (try db.columns(in: "entry").map(\.name), try db.columns(in: "entryRevision").map(\.name))
    }
    #expect(Set(entry) == Set(EntryColumn.names + ["revision", "deletedAt"]))
    #expect(Set(revision) == Set(EntryColumn.names.dropFirst() + ["entryId", "revision", "supersededAt", "change"]))
  }

  @Test func everyExportedFieldIsAStoredColumnAndBack() {
    let exported = EntryFields.all.filter(\.inExport).map(\.key)
    let stored = EntryColumn.allCases.filter { $0 != .profileId }.map { Self.snakeCase($0.name) }
    #expect(exported == stored)
  }

  @Test func anEntryReadsBackAsItWasStored() throws {
    let database = try Self.journal()
    var entry = Sample.symptom(Sample.id("c0"), profile: Self.leo)
    entry.value = 1.5
    entry.unit = "x"
    entry.occurredAt = TimeOfDay(parsing: "07:05")
    entry.note = "a note"
    try database.write { try entry.insert($0) }
    let byName = try database.read { try Entry.fetchOne($0, key: entry.id.rawValue) }
    let byPosition = try database.read { db in
      try Row.fetchOne(db, sql: "SELECT \(Entry.columnList) FROM entry").map(Entry.init(indexedRow:))
    }
    let bulk = try database.read { try JournalSession(db: $0).entries(EntryQuery()) }
    #expect(byName == entry)
    #expect(byPosition == entry)
    #expect(bulk == [entry])
  }

  @Test(arguments: [
    "severity = 9", "severity = 'bad'", "severity = 2.5", "occurredAt = '25:99'", "occurredAt = 705", "kind = 'dream'",
    "occurredOn = 'soon'",
  ])
  func aValueCarelogDidNotWriteIsAnErrorNotADroppedField(_ damage: String) throws {
    let database = try Self.journal()
    let entry = Sample.symptom(Sample.id("c1"), profile: Self.leo)
    try database.write { try entry.insert($0) }
    // Damage as another program could: past the table's own checks.
    try database.inDatabase { try $0.execute(sql: "PRAGMA ignore_check_constraints = ON; UPDATE entry SET \(damage)") }
    #expect(throws: StoreError.self) { try database.read { try Entry.fetchOne($0, key: entry.id.rawValue) } }
    #expect(throws: StoreError.self) {
      try database.read { db in try Row.fetchOne(db, sql: "SELECT \(Entry.columnList) FROM entry").map(Entry.init(indexedRow:)) }
    }
    // The bulk reads (flags, summary, list, export) decode straight from SQLite's column calls, with the same checks.
    #expect(throws: StoreError.self) { try database.read { try JournalSession(db: $0).entries(EntryQuery()) } }
  }

  /// Visits are read with SQLite's column calls too (flags and summary read hundreds of them): the same values as
  /// the record, and a damaged date is an error.
  @Test func visitsReadBackAsStoredAndADamagedDateIsAnError() throws {
    let database = try Self.journal()
    var visit = Visit(profileID: 1, date: LocalDate(iso: "2026-11-20")!, with: "Dr Okafor", note: "bloods")
    var plain = Visit(profileID: 1, date: LocalDate(iso: "2026-10-20")!, with: nil, note: nil)
    try database.write { db in
      try visit.insert(db)
      try plain.insert(db)
    }
    let read = try database.read { try JournalSession(db: $0).visits(of: Self.leo) }
    #expect(read == [plain, visit])
    #expect(read == (try database.read { try Visit.fetchAll($0, sql: "SELECT * FROM visit ORDER BY date") }))
    try database.write { try $0.execute(sql: "UPDATE visit SET date = 'soon' WHERE note = 'bloods'") }
    #expect(throws: StoreError.self) { try database.read { try JournalSession(db: $0).visits(of: Self.leo) } }
  }

  static let leo: Profile = {
    var profile = Profile(name: "Leo")
    profile.id = 1
    return profile
  }()

  /// An in-memory journal with the current schema and one profile, id 1.
  static func journal() throws -> DatabaseQueue {
    let queue = try DatabaseQueue()
    try Migrations.migrator.migrate(queue)
    try queue.write { try $0.execute(sql: "INSERT INTO profile(id, name, nameKey) VALUES (1, 'Leo', 'leo')") }
    return queue
  }

  static func snakeCase(_ name: String) -> String {
    name.reduce(into: "") { out, c in out += c.isUppercase ? "_" + c.lowercased() : String(c) }
  }
}
