import CarelogCore
import GRDB

/// Entries of one kind (and term) from a day on: a piece of what the rules need to see.
public struct EntryWindow: Sendable {
  public let kind: Entry.Kind
  public let term: String?
  public let since: LocalDate

  public init(kind: Entry.Kind, term: String? = nil, since: LocalDate) {
    self.kind = kind
    self.term = term
    self.since = since
  }
}

/// What `list` asks for. Nil fields do not filter.
public struct EntryQuery: Sendable {
  public var profileID: Int64?
  public var since: LocalDate?
  public var until: LocalDate?
  public var term: String?
  public var reporter: String?

  public init(
    profileID: Int64? = nil, since: LocalDate? = nil, until: LocalDate? = nil, term: String? = nil,
    reporter: String? = nil
  ) {
    self.profileID = profileID
    self.since = since
    self.until = until
    self.term = term
    self.reporter = reporter
  }
}

extension JournalSession {
  // MARK: - Entries

  /// Inserts through one cached statement from the column description: a record's generic insert reads the
  /// table's schema first, which a one-shot `carelog log` pays for in full.
  public func add(_ entry: Entry) throws {
    let places = Array(repeating: "?", count: EntryColumn.allCases.count).joined(separator: ", ")
    try db.cachedStatement(sql: "INSERT INTO entry(\(EntryColumn.list)) VALUES (\(places))")
      .execute(arguments: EntryColumn.arguments(entry))
  }

  /// Entries that are not deleted, oldest first.
  public func entries(_ query: EntryQuery) throws -> [Entry] {
    var entries: [Entry] = []
    try forEachEntry(query) { entries.append($0) }
    return entries
  }

  /// A profile's entries up to `until`, each kind read back only as far as `since[kind]` (kinds not named are
  /// not read). Oldest first. Lets the rules look at a bounded window however long the journal is.
  public func entries(profileID: Int64, until: LocalDate, since: [Entry.Kind: LocalDate]) throws -> [Entry] {
    try entries(profileID: profileID, until: until, windows: since.map { EntryWindow(kind: $0.key, since: $0.value) })
  }

  /// A profile's entries up to `until` that fall in any of `windows`, oldest first.
  public func entries(profileID: Int64, until: LocalDate, windows: [EntryWindow]) throws -> [Entry] {
    guard let earliest = windows.map(\.since).min() else { return [] }
    let ordered = windows.sorted { ($0.kind.rawValue, $0.term ?? "", $0.since) < ($1.kind.rawValue, $1.term ?? "", $1.since) }
    let conditions = ordered.map { $0.term == nil ? "(kind = ? AND occurredOn >= ?)" : "(kind = ? AND term = ? AND occurredOn >= ?)" }
    var arguments: StatementArguments = [profileID, earliest.description, until.description]
    for window in ordered {
      arguments += [window.kind.rawValue]
      if let term = window.term { arguments += [term] }
      arguments += [window.since.description]
    }
    var entries: [Entry] = []
    try forEachEntryRow(
      sql: """
        SELECT \(Entry.columnList) FROM entry WHERE profileId = ? AND occurredOn >= ? AND occurredOn <= ?
        AND deletedAt IS NULL AND (\(conditions.joined(separator: " OR "))) ORDER BY occurredOn, occurredAt, recordedAt, id
        """, arguments: arguments
    ) { entry, _ in entries.append(entry) }
    return entries
  }

  /// Runs `sql`, which selects `Entry.columnList` first (and maybe more columns after), and calls `body` with each
  /// row's entry and its columns. Rows are read with SQLite's column calls: thousands of entries per command.
  func forEachEntryRow(
    sql: String, arguments: StatementArguments, _ body: (Entry, StatementColumns) throws -> Void
  ) throws {
    try forEachRow(sql: sql, arguments: arguments) { columns in try body(try Entry(columns: columns), columns) }
  }

  /// Runs `sql` and calls `body` with each row's columns, read with SQLite's column calls.
  func forEachRow(sql: String, arguments: StatementArguments, _ body: (StatementColumns) throws -> Void) throws {
    let statement = try db.makeStatement(sql: sql)
    let rows = try Row.fetchCursor(statement, arguments: arguments)
    let columns = StatementColumns(handle: statement.sqliteStatement)
    while try rows.next() != nil { try body(columns) }
  }

  /// Calls `body` with each entry `entries(query)` would return, without holding them all in memory.
  public func forEachEntry(_ query: EntryQuery, _ body: (Entry) throws -> Void) throws {
    var conditions = ["deletedAt IS NULL"]
    var arguments: StatementArguments = []
    if let id = query.profileID { conditions.append("profileId = ?"); arguments += [id] }
    if let since = query.since { conditions.append("occurredOn >= ?"); arguments += [since.description] }
    if let until = query.until { conditions.append("occurredOn <= ?"); arguments += [until.description] }
    if let term = query.term { conditions.append("term = ?"); arguments += [term] }
    let reporter = query.reporter.map(Profile.nameKey)
    try forEachEntryRow(
      sql: """
        SELECT \(Entry.columnList) FROM entry WHERE \(conditions.joined(separator: " AND "))
        ORDER BY occurredOn, occurredAt, recordedAt, id
        """, arguments: arguments
    ) { entry, _ in
      // Unicode-aware (case, NFC, spaces), unlike SQLite's NOCASE.
      if let reporter, Profile.nameKey(entry.reporter.name) != reporter { return }
      try body(entry)
    }
  }

  /// The one entry whose id starts with `prefix` (6 characters or more), deleted ones included when asked.
  public func entry(matching prefix: String, includingDeleted: Bool = false) throws -> Entry {
    try Entry(row: try entryRow(matching: prefix, includingDeleted: includingDeleted))
  }

  /// The entry with exactly this id (deleted ones too when asked), or nil when there is none.
  public func entry(id: EntryID, includingDeleted: Bool) throws -> Entry? {
    let deletedFilter = includingDeleted ? "" : " AND deletedAt IS NULL"
    return try Row.fetchOne(db, sql: "SELECT * FROM entry WHERE id = ?\(deletedFilter)", arguments: [id.rawValue])
      .map { try Entry(row: $0) }
  }

  /// The full id and the profile of the one entry whose id starts with `prefix`, read without its other
  /// columns, so that an entry carelog cannot read back can still be erased.
  public func entryKey(matching prefix: String, includingDeleted: Bool) throws -> (id: String, profileID: Int64) {
    let row = try entryRow(matching: prefix, includingDeleted: includingDeleted)
    return (row["id"], row["profileId"])
  }

  private func entryRow(matching prefix: String, includingDeleted: Bool) throws -> Row {
    let needle = prefix.lowercased()
    guard needle.count >= 6, needle.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
      throw CarelogError.usage(
        "\"\(prefix)\" is not an entry id. Type at least the first 6 characters of the id shown by carelog list.")
    }
    let deletedFilter = includingDeleted ? "" : " AND deletedAt IS NULL"
    let matches = try Row.fetchAll(
      db, sql: "SELECT * FROM entry WHERE substr(id, 1, ?) = ?\(deletedFilter) LIMIT 2",
      arguments: [needle.count, needle])
    switch matches.count {
    case 0:
      throw CarelogError.badData("No entry has an id starting with \(needle). See the ids with carelog list.")
    case 1:
      return matches[0]
    default:
      throw CarelogError.badData(
        "More than one entry has an id starting with \(needle). Type more of the id, for example "
          + "\(String((matches[0]["id"] as String? ?? "").prefix(8))).")
    }
  }

  /// The day of a profile's earliest entry, deleted ones included (export carries them), or nil.
  public func earliestEntryDay(profileID: Int64) throws -> LocalDate? {
    try String.fetchOne(db, sql: "SELECT min(occurredOn) FROM entry WHERE profileId = ?", arguments: [profileID])
      .flatMap { LocalDate(iso: $0) }
  }

  /// Replaces an entry with `updated`, keeping the earlier version in its history.
  public func edit(_ updated: Entry, at moment: Timestamp) throws {
    try keepVersion(of: updated.id, change: "edited", at: moment)
    try updated.update(db)
    try db.execute(sql: "UPDATE entry SET revision = revision + 1 WHERE id = ?", arguments: [updated.id.rawValue])
  }

  /// Marks an entry deleted; its history stays and `history` still shows it.
  public func delete(_ entry: Entry, at moment: Timestamp) throws {
    try keepVersion(of: entry.id, change: "deleted", at: moment)
    try db.execute(
      sql: "UPDATE entry SET deletedAt = ?, revision = revision + 1 WHERE id = ?",
      arguments: [moment.description, entry.id.rawValue])
  }

  /// Erases an entry and every earlier version of it for good (secure_delete zeroes the freed space).
  public func purge(_ entry: Entry) throws {
    try purge(id: entry.id.rawValue)
  }

  /// Erases the entry with this full id and every earlier version, whether or not carelog can read them.
  public func purge(id: String) throws {
    try db.execute(sql: "DELETE FROM entryRevision WHERE entryId = ?", arguments: [id])
    try db.execute(sql: "DELETE FROM entry WHERE id = ?", arguments: [id])
  }

  /// Every version of an entry, oldest first, and whether it is now deleted.
  public func history(of id: EntryID) throws -> (versions: [EntryVersion], deletedAt: Timestamp?) {
    let rows = try Row.fetchAll(
      db, sql: "SELECT *, entryId AS id FROM entryRevision WHERE entryId = ? ORDER BY revision", arguments: [id.rawValue])
    var versions = try rows.map { row in
      EntryVersion(
        revision: row["revision"], entry: try Entry(row: row), supersededAt: Timestamp(iso: row["supersededAt"]),
        change: row["change"])
    }
    guard let current = try Row.fetchOne(db, sql: "SELECT * FROM entry WHERE id = ?", arguments: [id.rawValue]) else {
      return ([], nil)
    }
    let deletedAt = (current["deletedAt"] as String?).flatMap(Timestamp.init(iso:))
    if deletedAt == nil {
      versions.append(EntryVersion(revision: current["revision"], entry: try Entry(row: current), supersededAt: nil, change: nil))
    }
    return (versions, deletedAt)
  }

  private func keepVersion(of id: EntryID, change: String, at moment: Timestamp) throws {
    try db.execute(
      sql: """
        INSERT INTO entryRevision(entryId, revision, \(EntryColumn.listWithoutID), supersededAt, change)
        SELECT id, revision, \(EntryColumn.listWithoutID), ?, ? FROM entry WHERE id = ?
        """,
      arguments: [moment.description, change, id.rawValue])
  }
}
