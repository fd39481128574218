import CarelogCore
import GRDB

/// What happened to an imported entry whose id was already in the journal.
enum MergeOutcome {
  /// The same history, or the journal's goes further: nothing to add.
  case alreadyThere
  /// The file's history goes further: its later versions were added.
  case extended
}

/// An entry's versions by number and where it stands now, from the journal or from a file.
struct EntryHistory {
  typealias Version = (entry: Entry, supersededAt: Timestamp, change: String)
  var versions: [Int: Version]
  var revision: Int
  var current: Entry
  var deletedAt: Timestamp?

  init(_ imported: ImportedEntry) {
    versions = Dictionary(imported.revisions.map { ($0.number, ($0.entry, $0.supersededAt, $0.change)) }) { first, _ in first }
    revision = imported.revision
    current = imported.entry
    deletedAt = imported.deletedAt
  }

  init(versions: [Int: Version], revision: Int, current: Entry, deletedAt: Timestamp?) {
    (self.versions, self.revision, self.current, self.deletedAt) = (versions, revision, current, deletedAt)
  }

  func isSame(as other: EntryHistory) -> Bool {
    revision == other.revision && deletedAt == other.deletedAt && current.hasSameContent(as: other.current)
      && versions.count == other.versions.count
      && versions.allSatisfy { number, version in other.versions[number].map { Self.same(version, $0) } ?? false }
  }

  /// Whether `later` holds every version of this one, its current one as an earlier version, and more.
  func isPrefix(of later: EntryHistory) -> Bool {
    guard deletedAt == nil, revision < later.revision, let next = later.versions[revision],
      next.entry.hasSameContent(as: current)
    else { return false }
    let earlier = later.versions.filter { $0.key < revision }
    return earlier.count == versions.count
      && earlier.allSatisfy { number, version in versions[number].map { Self.same(version, $0) } ?? false }
  }

  private static func same(_ a: Version, _ b: Version) -> Bool {
    a.supersededAt == b.supersededAt && a.change == b.change && a.entry.hasSameContent(as: b.entry)
  }
}

extension Entry {
  /// Whether two versions say the same thing, as an export writes it (values to 6 decimals), profile aside.
  func hasSameContent(as other: Entry) -> Bool {
    kind == other.kind && term == other.term && severity == other.severity && unit == other.unit
      && value.map { Decimal.format($0, places: 6) } == other.value.map { Decimal.format($0, places: 6) }
      && occurredOn == other.occurredOn && occurredAt == other.occurredAt && recordedAt == other.recordedAt
      && reporter == other.reporter && note == other.note
  }
}

extension JournalSession {
  /// Merges an imported entry into the one with its id: identical or older → nothing to do; newer → the
  /// missing versions are added; anything else is refused, naming the entry.
  func merge(_ imported: ImportedEntry, into profileID: Int64) throws -> MergeOutcome {
    let id = imported.entry.id
    guard let (stored, storedProfile) = try storedHistory(of: id) else {
      throw ImportError(record: imported.record, field: "id", problem: "could not be written (an id conflict)")
    }
    guard storedProfile == profileID else {
      throw ImportError(
        record: imported.record, field: "id",
        problem: "is the id of an entry of another profile in the journal (carelog history \(id.short)); the file "
          + "and the journal disagree about whose entry it is, so nothing was imported")
    }
    let file = EntryHistory(imported)
    if file.isSame(as: stored) || file.isPrefix(of: stored) { return .alreadyThere }
    guard stored.isPrefix(of: file) else {
      throw ImportError(
        record: imported.record, field: nil,
        problem: "has the id of an entry already in the journal, but a different history, so nothing was imported. "
          + "See the journal's version with: carelog history \(id.short)")
    }
    try insertRevisions(imported.revisions.filter { $0.number >= stored.revision }, of: id, profileID: profileID)
    let e = imported.entry
    try db.execute(
      sql: """
        UPDATE entry SET kind = ?, term = ?, severity = ?, value = ?, unit = ?, occurredOn = ?, occurredAt = ?,
          recordedAt = ?, reporter = ?, reporterRole = ?, note = ?, revision = ?, deletedAt = ? WHERE id = ?
        """,
      arguments: [
        e.kind.rawValue, e.term, e.severity?.rawValue, e.value, e.unit, e.occurredOn.description,
        e.occurredAt?.description, e.recordedAt.description, e.reporter.name, e.reporter.role.rawValue, e.note,
        imported.revision, imported.deletedAt?.description, id.rawValue,
      ])
    return .extended
  }

  /// The journal's history of an entry, and its profile.
  private func storedHistory(of id: EntryID) throws -> (EntryHistory, Int64)? {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM entry WHERE id = ?", arguments: [id.rawValue]) else {
      return nil
    }
    let rows = try Row.fetchAll(
      db, sql: "SELECT *, entryId AS id FROM entryRevision WHERE entryId = ?", arguments: [id.rawValue])
    var versions: [Int: EntryHistory.Version] = [:]
    for revision in rows {
      guard let at = Timestamp(iso: revision["supersededAt"]) else {
        throw StoreError.malformed(column: "entryRevision.supersededAt", value: revision["supersededAt"] ?? "?")
      }
      versions[revision["revision"]] = (try Entry(row: revision), at, revision["change"])
    }
    let deletedAt = try (row["deletedAt"] as String?).map { text in
      guard let at = Timestamp(iso: text) else { throw StoreError.malformed(column: "entry.deletedAt", value: text) }
      return at
    }
    let history = EntryHistory(versions: versions, revision: row["revision"], current: try Entry(row: row), deletedAt: deletedAt)
    return (history, row["profileId"])
  }
}
