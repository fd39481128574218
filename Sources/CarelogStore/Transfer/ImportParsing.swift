import CarelogCore

/// Turns the JSON of export records into domain values, checking every field.
enum ImportParsing {
  static func profile(_ reader: FieldReader) throws -> ImportedProfile {
    var profile = Profile(name: try TextCheck.name(reader, "name"))
    profile.born = try reader.date("born")
    profile.diagnosed = try reader.date("diagnosed")
    if let subtype = try reader.string("subtype") {
      guard let value = Profile.Subtype(rawValue: subtype) else { throw reader.fail("subtype", "must be b-cell, t-cell or other") }
      profile.subtype = value
    }
    profile.remission = try reader.date("remission")
    profile.treatmentEnded = try reader.date("treatment_ended")
    profile.reporter = try reader.text("reporter", limit: TextInput.maxNameLength)
    profile.reporterRole = try role(reader, "reporter_role", required: false)
    profile.notes = try reader.text("notes", limit: TextInput.maxNoteLength)
    profile.visitEvery = try reader.integer("visit_every", in: 7...730)
    profile.centralLine = try reader.bool("central_line")
    var imported = ImportedProfile(profile: profile, isDefault: try reader.bool("default"))
    for (index, item) in try reader.array("treatments").enumerated() {
      let t = try FieldReader(item, record: "\(reader.record).treatments[\(index)]")
      let agent = try t.requiredString("agent")
      guard TreatmentCatalog.agent(for: agent)?.key == agent else { throw t.fail("agent", "is not a known treatment (\"\(agent)\")") }
      imported.treatments.append(
        Treatment(profileID: 0, agent: agent, from: try t.date("from"), to: try t.date("to"),
                  note: try t.text("note", limit: TextInput.maxNoteLength)))
    }
    for (index, item) in try reader.array("baseline").enumerated() {
      guard case .string(let term) = item, !term.isEmpty, term.count <= 60 else {
        throw ImportError(record: "\(reader.record).baseline[\(index)]", field: nil, problem: "must be a symptom term")
      }
      imported.baseline.append(term)
    }
    for (index, item) in try reader.array("visits").enumerated() {
      let v = try FieldReader(item, record: "\(reader.record).visits[\(index)]")
      guard let date = try v.date("date") else { throw v.fail("date", "is missing") }
      imported.visits.append(
        Visit(profileID: 0, date: date, with: try v.text("with", limit: TextInput.maxNoteLength),
              note: try v.text("note", limit: TextInput.maxNoteLength)))
    }
    for (index, item) in try reader.array("acknowledged_flags").enumerated() {
      let a = try FieldReader(item, record: "\(reader.record).acknowledged_flags[\(index)]")
      guard let at = try a.timestamp("acknowledged_at") else { throw a.fail("acknowledged_at", "is missing") }
      let level = try a.requiredString("level")
      guard ["urgent", "soon", "next-visit", "info"].contains(level) else { throw a.fail("level", "is not a flag level") }
      imported.acknowledgements.append(
        (try a.requiredString("flag_id"), level, at, try a.text("note", limit: TextInput.maxNoteLength)))
    }
    return imported
  }

  static func entry(_ value: JSONText, record: String) throws -> ImportedEntry {
    let reader = try FieldReader(value, record: record)
    let entry = try entryFields(reader)
    let record = "\(record) (id \(entry.id.short))"
    let labelled = reader.renamed(record)
    var revisions: [(Int, Entry, Timestamp, String)] = []
    for (index, item) in try labelled.array("revisions").enumerated() {
      let r = try FieldReader(item, record: "\(record).revisions[\(index)]")
      guard let number = try r.integer("revision", in: 1...1_000_000) else { throw r.fail("revision", "is missing") }
      guard let at = try r.timestamp("superseded_at") else { throw r.fail("superseded_at", "is missing") }
      let change = try r.requiredString("change")
      guard change == "edited" || change == "deleted" else { throw r.fail("change", "must be edited or deleted") }
      var old = try entryFields(r)
      old.id = entry.id
      revisions.append((number, old, at, change))
    }
    return ImportedEntry(
      entry: entry, revision: try labelled.integer("revision", in: 1...1_000_000) ?? revisions.count + 1,
      deletedAt: try labelled.timestamp("deleted_at"), revisions: revisions)
  }

  private static func entryFields(_ r: FieldReader) throws -> Entry {
    guard let id = EntryID(try r.requiredString("id")) else { throw r.fail("id", "is not a UUID") }
    guard let kind = Entry.Kind(rawValue: try r.requiredString("kind")) else {
      throw r.fail("kind", "must be symptom, temperature, weight, infection or note")
    }
    let term = try r.string("term")
    if kind == .symptom {
      guard let term, !term.isEmpty, term.count <= 60 else { throw r.fail("term", "is missing for a symptom") }
    }
    let severity = try r.integer("severity", in: 0...4).map { Severity(rawValue: $0)! }
    let value = try r.number("value")
    if kind == .temperature, let value, !Temperature.plausibleCelsius.contains(value) {
      throw r.fail("value", "is not a plausible temperature in °C (30–45)")
    }
    if kind == .weight, let value, !Weight.plausibleKilograms.contains(value) {
      throw r.fail("value", "is not a plausible weight in kg (1–400)")
    }
    guard let occurredOn = try r.date("occurred_on") else { throw r.fail("occurred_on", "is missing") }
    var occurredAt: TimeOfDay?
    if let text = try r.string("occurred_at") {
      guard let time = TimeOfDay(parsing: text), time.description == text else { throw r.fail("occurred_at", "is not an HH:MM time") }
      occurredAt = time
    }
    guard let recordedAt = try r.timestamp("recorded_at") else { throw r.fail("recorded_at", "is missing") }
    return Entry(
      id: id, profileID: 0, kind: kind, term: term, severity: severity, value: value,
      unit: try r.text("unit", limit: 10), occurredOn: occurredOn, occurredAt: occurredAt, recordedAt: recordedAt,
      reporter: Reporter(name: try TextCheck.name(r, "reporter"), role: try role(r, "reporter_role", required: true)!),
      note: try r.text("note", limit: TextInput.maxNoteLength))
  }

  private static func role(_ r: FieldReader, _ key: String, required: Bool) throws -> ReporterRole? {
    guard let text = try r.string(key) else {
      if required { throw r.fail(key, "is missing") }
      return nil
    }
    guard let role = ReporterRole(rawValue: text) else { throw r.fail(key, "must be self or caregiver") }
    return role
  }
}

enum TextCheck {
  static func name(_ r: FieldReader, _ key: String) throws -> String {
    guard let name = try r.text(key, limit: TextInput.maxNameLength), !name.trimmingWhitespace().isEmpty else {
      throw r.fail(key, "is missing or empty")
    }
    return name
  }
}
