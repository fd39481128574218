import CarelogCore
import GRDB

extension Profile: FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "profile"

  public init(row: Row) throws {
    self.init(name: row["name"])
    id = row["id"]
    born = try row.localDate("born")
    diagnosed = try row.localDate("diagnosed")
    subtype = (row["subtype"] as String?).flatMap(Subtype.init(rawValue:))
    remission = try row.localDate("remission")
    treatmentEnded = try row.localDate("treatmentEnded")
    reporter = row["reporter"]
    reporterRole = (row["reporterRole"] as String?).flatMap(ReporterRole.init(rawValue:))
    notes = row["notes"]
    visitEvery = row["visitEvery"]
    centralLine = row["centralLine"] ?? false
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id
    container["name"] = name
    container["nameKey"] = Profile.key(for: name)
    container["born"] = born?.description
    container["diagnosed"] = diagnosed?.description
    container["subtype"] = subtype?.rawValue
    container["remission"] = remission?.description
    container["treatmentEnded"] = treatmentEnded?.description
    container["reporter"] = reporter
    container["reporterRole"] = reporterRole?.rawValue
    container["notes"] = notes
    container["visitEvery"] = visitEvery
    container["centralLine"] = centralLine
  }

  /// The form of a name that profile lookups compare: trimmed, NFC, case folded (see `Profile.nameKey`).
  static func key(for name: String) -> String { Profile.nameKey(name) }

  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Row {
  /// A `YYYY-MM-DD` column as a date; a malformed value is an error, never a silent nil.
  func localDate(_ column: String) throws -> LocalDate? {
    guard let text: String = self[column] else { return nil }
    guard let date = LocalDate(iso: text) else { throw StoreError.malformed(column: column, value: text) }
    return date
  }
}

/// A value in the file that carelog did not write in that form.
enum StoreError: Error {
  case malformed(column: String, value: String)
}
