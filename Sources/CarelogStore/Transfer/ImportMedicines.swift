import CarelogCore
import GRDB

// Medicines and their doses in an export file: read and checked with `MedicineCheck`, the checks `medicine add`,
// `took` and `missed` use; then matched to the journal's (a medicine by profile, name and first day, a dose by its
// id) so that importing a file twice adds nothing, and a disagreement stops the import, naming the record.

extension ImportParsing {
  /// A medicine and its doses. `stand` is a stand-in id, so that the file's doses and courses are checked against
  /// each other before the journal is touched; `earlier` are the profile's medicines read before it.
  static func medicine(
    _ value: JSONText, record: String, stand: Int64, context: ImportContext, earlier: [Medicine]
  ) throws -> ImportedMedicine {
    let m = try FieldReader(value, record: record)
    let (name, dose, every) = (try m.requiredString("name"), try m.requiredString("dose"), try m.requiredString("every"))
    let weekday = try m.string("weekday")
    let forDays = try m.integer("for_days", in: 1...MedicineCheck.longestCycle)
    guard let from = try m.date("from") else { throw m.fail("from", "is missing") }
    let to = try m.date("to")
    let isCycle = every.hasSuffix("d") && Int(every.dropLast()).map { "\($0)d" == every } == true
    guard every == "day" || every == "week" || isCycle else {
      throw m.fail("every", "must be \"day\", \"week\" or a cycle in days such as \"28d\"")
    }
    if every == "week" {
      guard let weekday else { throw m.fail("weekday", "is missing; a weekly medicine needs its weekday, such as \"friday\"") }
      guard DoseSchedule.weekdays.contains(weekday) else {
        throw m.fail("weekday", "must be a weekday written out in lower case, such as \"friday\"")
      }
    } else if weekday != nil {
      throw m.fail("weekday", "goes only with \"every\": \"week\"; leave it null")
    }
    let at = try time(m, "at")
    var medicine = try m.checked {
      let schedule = try MedicineCheck.schedule(every: every, on: weekday, forDays: forDays, at: at?.description, from: from)
      let medicine = Medicine(profileID: 0, name: name, dose: dose, schedule: schedule, from: from, to: to)
      return try MedicineCheck.medicine(medicine, today: context.today)
    }
    medicine.id = stand
    try m.checked { try MedicineCheck.checkOverlap(medicine, against: earlier) }
    var imported = ImportedMedicine(record: record, medicine: medicine, doses: [])
    for (index, item) in try m.array("doses").enumerated() {
      let d = try FieldReader(item, record: "\(record).doses[\(index)]")
      guard let id = EntryID(try d.requiredString("id")) else { throw d.fail("id", "is not a UUID") }
      let r = d.renamed("\(record).doses[\(index)] (id \(id.short))")
      guard let on = try r.date("on") else { throw r.fail("on", "is missing") }
      guard let status = Dose.Status(rawValue: try r.requiredString("status")) else {
        throw r.fail("status", "must be taken, missed or held")
      }
      guard let recordedAt = try r.timestamp("recorded_at") else { throw r.fail("recorded_at", "is missing") }
      let dose = Dose(
        id: id, medicineID: stand, on: on, status: status, at: try time(r, "at"), reason: try r.string("reason"),
        reporter: Reporter(name: try r.requiredString("reporter"), role: try role(r, "reporter_role", required: true)!),
        recordedAt: recordedAt)
      let recorded = imported.doses.map(\.dose)
      imported.doses.append((r.record, try r.checked {
        try MedicineCheck.dose(dose, of: medicine, recorded: recorded, today: context.today, now: context.now)
      }))
    }
    return imported
  }

  /// An `HH:MM` time, or nil.
  private static func time(_ r: FieldReader, _ key: String) throws -> TimeOfDay? {
    guard let text = try r.string(key) else { return nil }
    guard let time = TimeOfDay(parsing: text), time.description == text else { throw r.fail(key, "is not an HH:MM time") }
    return time
  }
}

extension JournalSession {
  /// Adds the file's medicines of `profile` that the journal lacks and their doses that it lacks. A medicine the
  /// journal has (same name and first day) must say the same; a dose whose id is there must be the same dose; a
  /// dose for a day already recorded otherwise, or a course overlapping another, is refused.
  func importMedicines(
    _ imported: [ImportedMedicine], of profile: Profile, context: ImportContext, report: inout ImportReport
  ) throws {
    for item in imported {
      let existing = try medicines(of: profile)
      let here = FieldReader(pairs: [], recordName: item.record)
      var medicine = item.medicine
      medicine.profileID = profile.id!
      if let same = existing.first(where: { $0.name == medicine.name && $0.from == medicine.from }) {
        guard same.dose == medicine.dose && same.schedule == medicine.schedule && same.to == medicine.to else {
          throw ImportError(
            record: item.record, field: nil, problem: "The journal has \(same.label) from \(same.from) too, but it says \(Self.describe(same)) where the file says "
              + "\(Self.describe(medicine)), so nothing was imported. Make them the same (in the file, or with carelog "
              + "medicine edit \(same.name) --profile \(ShellWords.quoted(profile.name))), then import again")
        }
        medicine = same
      } else {
        medicine.id = nil
        try here.checked { try MedicineCheck.checkOverlap(medicine, against: existing) }
        medicine = try add(medicine)
        report.otherRecordsAdded += 1
      }
      var recorded = try doses(of: [medicine])
      for (record, imported) in item.doses {
        var dose = imported
        dose.medicineID = medicine.id!
        let reader = FieldReader(pairs: [], recordName: record)
        if let stored = try Dose.fetchOne(db, key: dose.id.rawValue) {
          guard stored == dose else {
            throw ImportError(
              record: record, field: "id", problem: "has the id of a dose already in the journal, but a different medicine, day, status or other detail, so "
                + "nothing was imported. See the journal's doses with: carelog doses --profile \(ShellWords.quoted(profile.name))")
          }
          continue
        }
        dose = try reader.checked {
          try MedicineCheck.dose(dose, of: medicine, recorded: recorded, today: context.today, now: context.now)
        }
        try add(dose)
        recorded.append(dose)
        report.otherRecordsAdded += 1
      }
    }
  }

  /// "50 mg, every day at 20:00, to 2026-12-01".
  private static func describe(_ medicine: Medicine) -> String {
    "\"\(medicine.dose)\", \(medicine.schedule.description), " + (medicine.to.map { "to \($0)" } ?? "with no end")
  }
}
