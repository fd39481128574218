import CarelogCore
import GRDB

extension Medicine: FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "medicine"

  public init(row: Row) throws {
    guard let from = try row.localDate("fromDate") else { throw StoreError.malformed(column: "medicine.fromDate", value: "") }
    let everyText: String = row["every"]
    let every: DoseSchedule.Every
    switch everyText {
    case "day": every = .day
    case "week":
      guard let weekday: Int = row["weekday"], (0...6).contains(weekday) else {
        throw StoreError.malformed(column: "medicine.weekday", value: "\(row["weekday"] ?? "")")
      }
      every = .week(weekday: weekday)
    default:
      guard everyText.hasSuffix("d"), let n = Int(everyText.dropLast()), n >= 2 else {
        throw StoreError.malformed(column: "medicine.every", value: everyText)
      }
      every = .days(n)
    }
    let atText: String? = row["at"]
    let at = atText.flatMap(TimeOfDay.init(parsing:))
    if atText != nil && at == nil { throw StoreError.malformed(column: "medicine.at", value: atText ?? "") }
    self.init(
      profileID: row["profileId"], name: row["name"], dose: row["dose"],
      schedule: DoseSchedule(every: every, forDays: row["forDays"], at: at), from: from, to: try row.localDate("toDate"))
    id = row["id"]
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id
    container["profileId"] = profileID
    container["name"] = name
    container["dose"] = dose
    container["every"] = schedule.everyText
    if case .week(let weekday) = schedule.every { container["weekday"] = weekday } else { container["weekday"] = nil }
    container["forDays"] = schedule.forDays
    container["at"] = schedule.at?.description
    container["fromDate"] = from.description
    container["toDate"] = to?.description
  }

  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Dose: FetchableRecord, PersistableRecord {
  public static let databaseTableName = "dose"

  public init(row: Row) throws {
    guard let id = EntryID(row["id"]), let on = try row.localDate("dueOn"),
      let status = Dose.Status(rawValue: row["status"]), let recordedAt = Timestamp(iso: row["recordedAt"]),
      let role = ReporterRole(rawValue: row["reporterRole"])
    else { throw StoreError.malformed(column: "dose", value: row["id"] ?? "?") }
    let atText: String? = row["at"]
    let at = atText.flatMap(TimeOfDay.init(parsing:))
    if atText != nil && at == nil { throw StoreError.malformed(column: "dose.at", value: atText ?? "") }
    self.init(
      id: id, medicineID: row["medicineId"], on: on, status: status, at: at, reason: row["reason"],
      reporter: Reporter(name: row["reporter"], role: role), recordedAt: recordedAt)
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.rawValue
    container["medicineId"] = medicineID
    container["dueOn"] = on.description
    container["status"] = status.rawValue
    container["at"] = at?.description
    container["reason"] = reason
    container["reporter"] = reporter.name
    container["reporterRole"] = reporter.role.rawValue
    container["recordedAt"] = recordedAt.description
  }
}
