import CarelogCore

/// The carelog JSON export: complete and lossless (profiles, treatments, baseline symptoms, visits,
/// acknowledged flags, medicines with their doses, entries with their revision history and deletions). Keys are documented in the README.
public enum ExportFormat {
  public static let name = "carelog-export"
  public static let version = 1

  /// The JSON of one entry as it now stands, with its earlier versions.
  static func entry(_ entry: Entry, revision: Int, deletedAt: String?, revisions: [(Int, Entry, String, String)]) -> JSONText {
    var fields = entryFields(entry)
    fields.append(("revision", .number(Double(revision))))
    fields.append(("deleted_at", deletedAt.map(JSONText.string) ?? .null))
    fields.append(("revisions", .array(revisions.map { number, old, supersededAt, change in
      .object([("revision", .number(Double(number)))] + entryFields(old) + [
        ("superseded_at", .string(supersededAt)), ("change", .string(change)),
      ])
    })))
    return .object(fields)
  }

  /// Appends the JSON of an entry rendered at `indent`: byte for byte `entry(…).render(into:indent:)`, written
  /// without building the tree when it has no earlier versions (nearly always).
  static func appendEntry(
    _ entry: Entry, revision: Int, deletedAt: String?, revisions: [(Int, Entry, String, String)], indent: Int,
    to bytes: inout [UInt8]
  ) {
    guard revisions.isEmpty else {
      self.entry(entry, revision: revision, deletedAt: deletedAt, revisions: revisions).render(into: &bytes, indent: indent)
      return
    }
    bytes.append(UInt8(ascii: "{"))
    EntryFields.appendExported(entry, indent: indent, to: &bytes)
    JSONText.appendMemberStart(key: "revision", first: false, indent: indent, to: &bytes)
    JSONText.appendNumber(Double(revision), to: &bytes)
    JSONText.appendMemberStart(key: "deleted_at", first: false, indent: indent, to: &bytes)
    if let deletedAt { JSONText.appendQuoted(deletedAt, to: &bytes) } else { bytes += "null".utf8 }
    JSONText.appendMemberStart(key: "revisions", first: false, indent: indent, to: &bytes)
    bytes += "[]\n".utf8
    bytes += repeatElement(UInt8(ascii: " "), count: indent)
    bytes.append(UInt8(ascii: "}"))
  }

  static func entryFields(_ entry: Entry) -> [(String, JSONText)] { EntryFields.exported(entry) }

  /// A profile's details as JSON fields: the export's profile object and `profile list --json` share them.
  public static func profileFields(_ profile: Profile, isDefault: Bool) -> [(String, JSONText)] {
    func date(_ value: LocalDate?) -> JSONText { value.map { .string($0.description) } ?? .null }
    return [
      ("name", .string(profile.name)),
      ("born", date(profile.born)),
      ("diagnosed", date(profile.diagnosed)),
      ("subtype", profile.subtype.map { .string($0.rawValue) } ?? .null),
      ("remission", date(profile.remission)),
      ("treatment_ended", date(profile.treatmentEnded)),
      ("reporter", profile.reporter.map(JSONText.string) ?? .null),
      ("reporter_role", profile.reporterRole.map { .string($0.rawValue) } ?? .null),
      ("notes", profile.notes.map(JSONText.string) ?? .null),
      ("visit_every", profile.visitEvery.map { .number(Double($0)) } ?? .null),
      ("central_line", .bool(profile.centralLine)),
      ("default", .bool(isDefault)),
    ]
  }
}
