import CarelogCore
import GRDB

extension Entry: FetchableRecord, PersistableRecord {
  public static let databaseTableName = "entry"

  public init(row: Row) throws {
    try self.init(columns: DatabaseValueColumns { row[$0.name] })
  }

  public func encode(to container: inout PersistenceContainer) {
    for column in EntryColumn.allCases { container[column.name] = column.stored(self).databaseValue }
  }
}

extension Entry {
  /// The entry columns in the order `init(indexedRow:)` reads them; queries that fetch many entries select these.
  static let columnList = EntryColumn.list

  /// Decodes a row selected with `columnList`, by position (much cheaper than by name for thousands of rows).
  init(indexedRow row: Row) throws {
    try self.init(columns: DatabaseValueColumns { row[$0.rawValue] })
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
