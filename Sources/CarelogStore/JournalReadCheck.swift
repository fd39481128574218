import CarelogCore
import GRDB

extension JournalSession {
  /// Reads back every row the way list, history and export do, and names those that cannot be read (at most
  /// `limit`, then a count of the rest), so `check` never says "ok" about a journal that export would refuse.
  func unreadableRows(limit: Int = 20) throws -> [String] {
    var found: [String] = []
    var more = 0
    func note(_ name: String) {
      if found.count < limit { found.append(name) } else { more += 1 }
    }
    for row in try Row.fetchAll(db, sql: "SELECT * FROM profile") where (try? Profile(row: row)) == nil {
      note("profile \(row["id"] as Int64? ?? 0)")
    }
    let entries = try Row.fetchCursor(db, sql: "SELECT \(Entry.columnList), deletedAt FROM entry")
    while let row = try entries.next() {
      let deleted = row["deletedAt"] as String?
      if (try? Entry(indexedRow: row)) == nil || deleted.map({ Timestamp(iso: $0) == nil }) == true {
        note("entry \(Self.shortID(row[0]))")
      }
    }
    let versions = try Row.fetchCursor(db, sql: "SELECT *, entryId AS id FROM entryRevision")
    while let row = try versions.next() {
      if (try? Entry(row: row)) == nil || Timestamp(iso: row["supersededAt"] as String? ?? "") == nil {
        note("entry \(Self.shortID(row["entryId"])), version \(row["revision"] as Int? ?? 0)")
      }
    }
    for row in try Row.fetchAll(db, sql: "SELECT * FROM treatment") where (try? Treatment(row: row)) == nil {
      note("treatment \(row["id"] as Int64? ?? 0)")
    }
    for row in try Row.fetchAll(db, sql: "SELECT * FROM visit") where (try? Visit(row: row)) == nil {
      note("visit \(row["id"] as Int64? ?? 0)")
    }
    for row in try Row.fetchAll(db, sql: "SELECT flagId, acknowledgedAt FROM flagAck")
    where Timestamp(iso: row["acknowledgedAt"] as String? ?? "") == nil {
      note("acknowledged flag \(TextInput.shown(row["flagId"] as String? ?? "?"))")
    }
    if more > 0 { found.append("and \(more) more") }
    return found
  }

  private static func shortID(_ value: String?) -> String { TextInput.shown(String((value ?? "?").prefix(8))) }
}
