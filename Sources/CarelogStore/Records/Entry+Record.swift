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

extension Entry {
  /// The entry columns in the order `init(indexedRow:)` reads them; queries that fetch many entries select these.
  static let columnList =
    "id, profileId, kind, term, severity, value, unit, occurredOn, occurredAt, recordedAt, reporter, reporterRole, note"

  /// Decodes a row selected with `columnList`, by position (much cheaper than by name for thousands of rows).
  init(indexedRow row: Row) throws {
    guard let id = EntryID(row[0] as String), let kind = Entry.Kind(rawValue: row[2]),
      let occurredOn = LocalDate(iso: row[7] as String), let recordedAt = Timestamp(iso: row[9]),
      let role = ReporterRole(rawValue: row[11])
    else { throw StoreError.malformed(column: "entry", value: row[0] ?? "?") }
    self.init(
      id: id, profileID: row[1], kind: kind, term: row[3],
      severity: (row[4] as Int?).flatMap(Severity.init(rawValue:)), value: row[5], unit: row[6],
      occurredOn: occurredOn, occurredAt: (row[8] as String?).flatMap(TimeOfDay.init(parsing:)),
      recordedAt: recordedAt, reporter: Reporter(name: row[10], role: role), note: row[12])
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
