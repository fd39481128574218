import CarelogCore
import GRDB

extension JournalSession {
  /// Writes the whole journal as carelog JSON, a piece at a time through `write`, so memory stays flat
  /// however many entries there are. Everything is read in the caller's one transaction (a consistent snapshot).
  public func exportJSON(_ writeBytes: ([UInt8]) throws -> Void) throws {
    try withoutActuallyEscaping(writeBytes) { writeBytes in
      try exportJSON(write: { try writeBytes(Array($0.utf8)) }, writeBytes)
    }
  }

  private func exportJSON(write: (String) throws -> Void, _ writeBytes: ([UInt8]) throws -> Void) throws {
    let defaultName = try defaultProfileName()
    try write("{\n  \"format\": \"\(ExportFormat.name)\",\n  \"version\": \(ExportFormat.version),\n  \"profiles\": [")
    for (index, profile) in try profiles().enumerated() {
      try write(index == 0 ? "\n" : ",\n")
      try exportProfile(profile, isDefault: profile.name == defaultName, write, writeBytes)
    }
    try write("\n  ]\n}\n")
  }

  private func exportProfile(
    _ profile: Profile, isDefault: Bool, _ write: (String) throws -> Void, _ writeBytes: ([UInt8]) throws -> Void
  ) throws {
    let indent = "    "
    var head = JSONText.object(ExportFormat.profileFields(profile, isDefault: isDefault)).rendered(indent: indent)
    head.removeLast(2 + indent.count)  // reopen the object to append the lists
    try write(indent + head)
    let treatments = try self.treatments(of: profile).map { t -> JSONText in
      .object([
        ("agent", .string(t.agent)), ("from", t.from.map { .string($0.description) } ?? .null),
        ("to", t.to.map { .string($0.description) } ?? .null), ("note", t.note.map(JSONText.string) ?? .null),
      ])
    }
    let visits = try self.visits(of: profile).map { v -> JSONText in
      .object([
        ("date", .string(v.date.description)), ("with", v.with.map(JSONText.string) ?? .null),
        ("note", v.note.map(JSONText.string) ?? .null),
      ])
    }
    let acks = try acknowledgements(of: profile).map { a -> JSONText in
      .object([
        ("flag_id", .string(a.flagID)), ("level", .string(a.level.rawValue)), ("acknowledged_at", .string(a.at.description)),
        ("note", a.note.map(JSONText.string) ?? .null),
      ])
    }
    let inner = indent + "  "
    try write(",\n\(inner)\"treatments\": \(JSONText.array(treatments).rendered(indent: inner))")
    try write(",\n\(inner)\"baseline\": \(JSONText.array(try baseline(of: profile).map(JSONText.string)).rendered(indent: inner))")
    try write(",\n\(inner)\"visits\": \(JSONText.array(visits).rendered(indent: inner))")
    try write(",\n\(inner)\"acknowledged_flags\": \(JSONText.array(acks).rendered(indent: inner))")
    // Only when the profile has medicines, so that exports of journals without any stay as they were.
    let medicines = try self.medicines(of: profile)
    if !medicines.isEmpty {
      let doses = Dictionary(grouping: try self.doses(of: medicines), by: \.medicineID)
      let json = medicines.map { MedicineFields.exported($0, doses: doses[$0.id!] ?? []) }
      try write(",\n\(inner)\"medicines\": \(JSONText.array(json).rendered(indent: inner))")
    }
    try write(",\n\(inner)\"entries\": [")
    try exportEntries(of: profile, indent: inner.count + 2, writeBytes)
    try write("\n\(inner)]\n\(indent)}")
  }

  /// Entries oldest first, each with its revisions; revisions are read in one ordered pass alongside.
  private func exportEntries(of profile: Profile, indent: Int, _ write: ([UInt8]) throws -> Void) throws {
    let revisions = try Row.fetchCursor(
      db, sql: "SELECT r.*, r.entryId AS id FROM entryRevision r WHERE r.profileId = ? ORDER BY r.entryId, r.revision",
      arguments: [profile.id])
    var history: [String: [(Int, Entry, String, String)]] = [:]
    while let row = try revisions.next() {
      history[row["entryId"], default: []].append((row["revision"], try Entry(row: row), row["supersededAt"], row["change"]))
    }
    var first = true
    var bytes: [UInt8] = []
    let extra = Int32(EntryColumn.allCases.count)  // revision and deletedAt follow the entry's columns
    try forEachEntryRow(
      sql: """
        SELECT \(Entry.columnList), revision, deletedAt FROM entry WHERE profileId = ?
        ORDER BY occurredOn, occurredAt, recordedAt, id
        """, arguments: [profile.id]
    ) { entry, columns in
      let revisions = history.isEmpty ? [] : history[entry.id.rawValue] ?? []
      bytes += (first ? "\n" : ",\n").utf8
      bytes += repeatElement(UInt8(ascii: " "), count: indent)
      guard let revision = columns.integer(at: extra).flatMap({ Int(exactly: $0) }) else {
        throw StoreError.malformed(column: "entry", value: entry.id.rawValue)
      }
      ExportFormat.appendEntry(
        entry, revision: revision, deletedAt: columns.text(at: extra + 1), revisions: revisions, indent: indent,
        to: &bytes)
      first = false
      if bytes.count > 1 << 16 {
        try write(bytes)
        bytes.removeAll(keepingCapacity: true)
      }
    }
    try write(bytes)
  }
}
