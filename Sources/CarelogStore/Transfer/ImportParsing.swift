import CarelogCore

/// Turns the JSON of export records into domain values. The fields' types are read here; their values are
/// checked by CarelogCore's `EntryCheck`, `RecordCheck` and `TextInput`, the same code the command line uses.
enum ImportParsing {
  static func profile(_ reader: FieldReader, context: ImportContext) throws -> ImportedProfile {
    let name = try reader.requiredString("name")
    guard !name.trimmingWhitespace().isEmpty else { throw reader.fail("name", "is missing or empty") }
    var profile = Profile(name: name)
    profile.born = try reader.date("born")
    profile.diagnosed = try reader.date("diagnosed")
    if let subtype = try reader.string("subtype") {
      guard let value = Profile.Subtype(rawValue: subtype) else { throw reader.fail("subtype", "must be b-cell, t-cell or other") }
      profile.subtype = value
    }
    profile.remission = try reader.date("remission")
    profile.treatmentEnded = try reader.date("treatment_ended")
    profile.reporter = try reader.string("reporter")
    profile.reporterRole = try role(reader, "reporter_role", required: false)
    profile.notes = try reader.string("notes")
    profile.visitEvery = try reader.integer("visit_every", in: 7...730)
    profile.centralLine = try reader.bool("central_line")
    profile = try reader.checked { try RecordCheck.profile(profile, today: context.today) }
    var imported = ImportedProfile(profile: profile, isDefault: try reader.bool("default"))
    for (index, item) in try reader.array("treatments").enumerated() {
      let t = try FieldReader(item, record: "\(reader.record).treatments[\(index)]")
      let treatment = Treatment(
        profileID: 0, agent: try t.requiredString("agent"), from: try t.date("from"), to: try t.date("to"),
        note: try t.string("note"))
      imported.treatments.append(try t.checked { try RecordCheck.treatment(treatment, today: context.today) })
    }
    for (index, item) in try reader.array("baseline").enumerated() {
      let record = "\(reader.record).baseline[\(index)]"
      guard case .string(let term) = item else { throw ImportError(record: record, field: nil, problem: "must be a symptom term") }
      imported.baseline.append(try FieldReader(pairs: [], recordName: record).checked { try TextInput.term(term) })
    }
    for (index, item) in try reader.array("visits").enumerated() {
      let v = try FieldReader(item, record: "\(reader.record).visits[\(index)]")
      guard let date = try v.date("date") else { throw v.fail("date", "is missing") }
      let visit = Visit(profileID: 0, date: date, with: try v.string("with"), note: try v.string("note"))
      imported.visits.append(try v.checked { try RecordCheck.visit(visit) })
    }
    for (index, item) in try reader.array("acknowledged_flags").enumerated() {
      let a = try FieldReader(item, record: "\(reader.record).acknowledged_flags[\(index)]")
      guard let at = try a.timestamp("acknowledged_at") else { throw a.fail("acknowledged_at", "is missing") }
      let (flagID, level, note) = (try a.requiredString("flag_id"), try a.requiredString("level"), try a.string("note"))
      imported.acknowledgements.append(
        try a.checked { try RecordCheck.acknowledgement(flagID: flagID, level: level, at: at, note: note, now: context.now) })
    }
    for (index, item) in try reader.array("medicines").enumerated() {
      imported.medicines.append(
        try medicine(item, record: "\(reader.record).medicines[\(index)]", stand: Int64(-(index + 1)), context: context,
          earlier: imported.medicines.map(\.medicine)))
    }
    return imported
  }

  /// The keys of an entry object: its exported fields, then its numbering, deletion and earlier versions.
  static let entryKeys = EntryFields.all.filter(\.inExport).map(\.key) + ["revision", "deleted_at", "revisions"]

  static func entry(_ value: JSONText, name: RecordName, context: ImportContext) throws -> ImportedEntry {
    try entry(try FieldReader(value, name: name), context: context)
  }

  /// An entry from its fields, however they were read (`FieldReader` gives both forms the same checks).
  static func entry(_ reader: FieldReader, context: ImportContext) throws -> ImportedEntry {
    let fields = try entryFields(reader)
    let name = reader.name.identified(by: fields.id)
    let labelled = reader.renamed(name)
    let entry = try labelled.checked {
      try EntryCheck.checked(fields, profile: nil, today: context.today, now: context.now)
    }
    var revisions: [(Int, Entry, Timestamp, String)] = []
    for (index, item) in try labelled.array("revisions").enumerated() {
      let r = try FieldReader(item, record: "\(name).revisions[\(index)]")
      guard let number = try r.integer("revision", in: 1...1_000_000) else { throw r.fail("revision", "is missing") }
      guard let at = try r.timestamp("superseded_at") else { throw r.fail("superseded_at", "is missing") }
      try r.checked { try SupportedDates.checkPast(at, "time it was changed", now: context.now) }
      let change = try r.requiredString("change")
      guard change == "edited" || change == "deleted" else { throw r.fail("change", "must be edited or deleted") }
      var old = try entryFields(r)
      old.id = entry.id
      old = try r.checked { try EntryCheck.checked(old, profile: nil, today: context.today, now: context.now) }
      revisions.append((number, old, at, change))
    }
    let deletedAt = try labelled.timestamp("deleted_at")
    if let deletedAt { try labelled.checked { try SupportedDates.checkPast(deletedAt, "time it was deleted", now: context.now) } }
    let revision = try labelled.integer("revision", in: 1...1_000_000) ?? revisions.count + 1
    try checkNumbering(revisions.map(\.0), current: revision, labelled)
    return ImportedEntry(name: name, entry: entry, revision: revision, deletedAt: deletedAt, revisions: revisions)
  }

  /// Each earlier version has its own number, lower than the current one.
  private static func checkNumbering(_ numbers: [Int], current: Int, _ reader: FieldReader) throws {
    var seen = Set<Int>()
    for number in numbers {
      guard seen.insert(number).inserted else {
        throw reader.fail("revisions", "holds two earlier versions numbered \(number); each version needs its own number")
      }
      guard number < current else {
        throw reader.fail("revision", "is \(current), but an earlier version is numbered \(number); the current one must be the highest")
      }
    }
  }

  private static func entryFields(_ r: FieldReader) throws -> Entry {
    guard let id = EntryID(try r.requiredString("id")) else { throw r.fail("id", "is not a UUID") }
    guard let kind = Entry.Kind(rawValue: try r.requiredString("kind")) else {
      let kinds = Entry.Kind.allCases.map(\.rawValue)
      throw r.fail("kind", "must be \(kinds.dropLast().joined(separator: ", ")) or \(kinds.last!)")
    }
    let severity = try r.integer("severity", in: 0...4).map { Severity(rawValue: $0)! }
    guard let occurredOn = try r.date("occurred_on") else { throw r.fail("occurred_on", "is missing") }
    var occurredAt: TimeOfDay?
    if let text = try r.string("occurred_at") {
      guard let time = TimeOfDay(parsing: text), time.description == text else { throw r.fail("occurred_at", "is not an HH:MM time") }
      occurredAt = time
    }
    guard let recordedAt = try r.timestamp("recorded_at") else { throw r.fail("recorded_at", "is missing") }
    return Entry(
      id: id, profileID: 0, kind: kind, term: try r.string("term"), severity: severity, value: try r.number("value"),
      unit: try r.string("unit"), occurredOn: occurredOn, occurredAt: occurredAt, recordedAt: recordedAt,
      reporter: Reporter(name: try r.requiredString("reporter"), role: try role(r, "reporter_role", required: true)!),
      note: try r.string("note"))
  }

  static func role(_ r: FieldReader, _ key: String, required: Bool) throws -> ReporterRole? {
    guard let text = try r.string(key) else {
      if required { throw r.fail(key, "is missing") }
      return nil
    }
    guard let role = ReporterRole(rawValue: text) else { throw r.fail(key, "must be self or caregiver") }
    return role
  }
}
