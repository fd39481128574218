import CarelogCore
import GRDB

extension Entry: FetchableRecord, PersistableRecord {
  public static let databaseTableName = "entry"

  public init(row: Row) throws {
    guard let id = EntryID(row["id"]), let kind = Entry.Kind(rawValue: row["kind"]),
      let occurredOn = try row.localDate("occurredOn"),
      let recordedAt = Timestamp(iso: row["recordedAt"]),
      let role = ReporterRole(rawValue: row["reporterRole"])
    else { throw StoreError.malformed(column: "entry", value: row["id"] ?? "?") }
    self.init(
      id: id, profileID: row["profileId"], kind: kind, term: row["term"],
      severity: (row["severity"] as Int?).flatMap(Severity.init(rawValue:)), value: row["value"], unit: row["unit"],
      occurredOn: occurredOn, occurredAt: (row["occurredAt"] as String?).flatMap(TimeOfDay.init(parsing:)),
      recordedAt: recordedAt, reporter: Reporter(name: row["reporter"], role: role), note: row["note"])
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.rawValue
    container["profileId"] = profileID
    container["kind"] = kind.rawValue
    container["term"] = term
    container["severity"] = severity?.rawValue
    container["value"] = value
    container["unit"] = unit
    container["occurredOn"] = occurredOn.description
    container["occurredAt"] = occurredAt?.description
    container["recordedAt"] = recordedAt.description
    container["reporter"] = reporter.name
    container["reporterRole"] = reporter.role.rawValue
    container["note"] = note
  }
}

/// One version of an entry as it stood, with what happened to it next.
public struct EntryVersion: Sendable {
  /// 1 for the first version.
  public let revision: Int
  public let entry: Entry
  /// When this version was replaced or deleted; nil for the current one.
  public let supersededAt: Timestamp?
  /// "edited" or "deleted" for earlier versions; nil for the current one.
  public let change: String?
}
