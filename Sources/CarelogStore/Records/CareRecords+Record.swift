import CarelogCore
import GRDB

extension Treatment: FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "treatment"

  public init(row: Row) throws {
    self.init(
      profileID: row["profileId"], agent: row["agent"], from: try row.localDate("fromDate"),
      to: try row.localDate("toDate"), note: row["note"])
    id = row["id"]
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id
    container["profileId"] = profileID
    container["agent"] = agent
    container["fromDate"] = from?.description
    container["toDate"] = to?.description
    container["note"] = note
  }

  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Visit: FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "visit"

  public init(row: Row) throws {
    guard let date = try row.localDate("date") else { throw StoreError.malformed(column: "date", value: "") }
    self.init(profileID: row["profileId"], date: date, with: row["with"], note: row["note"])
    id = row["id"]
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id
    container["profileId"] = profileID
    container["date"] = date.description
    container["with"] = with
    container["note"] = note
  }

  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
