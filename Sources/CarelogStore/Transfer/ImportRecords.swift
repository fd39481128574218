import CarelogCore

/// One profile of an export file, with everything but its entries.
struct ImportedProfile {
  var profile: Profile
  var isDefault = false
  var treatments: [Treatment] = []
  var baseline: [String] = []
  var visits: [Visit] = []
  var acknowledgements: [(flagID: String, level: FlagLevel, at: Timestamp, note: String?)] = []
  var medicines: [ImportedMedicine] = []
}

/// One medicine of an export file with its doses, checked; its id is a stand-in until it is matched or added.
struct ImportedMedicine {
  /// Where it is in the file, for messages: `profiles[0].medicines[1]`.
  var record: String
  var medicine: Medicine
  var doses: [(record: String, dose: Dose)]
}

/// What imported values are checked against: "today" and "now" (nothing may be in the future).
public struct ImportContext: Sendable {
  public let today: LocalDate
  public let now: Timestamp

  public init(today: LocalDate, now: Timestamp) {
    self.today = today
    self.now = now
  }
}

/// One entry of an export file, as it stands, with its history.
struct ImportedEntry {
  /// Where it is in the file, for messages.
  var name: RecordName
  /// Where it is in the file, spelled out: `profiles[0].entries[3] (id 6f1c2e9a)`.
  var record: String { name.description }
  var entry: Entry
  var revision: Int
  var deletedAt: Timestamp?
  var revisions: [(number: Int, entry: Entry, supersededAt: Timestamp, change: String)]
}

/// Where a record is in the file, for messages: `profiles[0].entries[3] (id 6f1c2e9a)`. An entry's name is spelled
/// out only when a message needs it; a million entries would otherwise each build two strings.
struct RecordName: CustomStringConvertible {
  /// The whole name, or for an entry the name of its profile.
  private let text: String
  private var entryIndex: Int?
  private var id: EntryID?

  init(_ text: String) { self.text = text }

  /// `profile.entries[index]`.
  static func entry(of profile: String, at index: Int) -> RecordName {
    var name = RecordName(profile)
    name.entryIndex = index
    return name
  }

  /// The same name followed by the record's id: `… (id 6f1c2e9a)`.
  func identified(by id: EntryID) -> RecordName {
    var name = self
    name.id = id
    return name
  }

  var description: String {
    var name = entryIndex.map { "\(text).entries[\($0)]" } ?? text
    if let id { name += " (id \(id.short))" }
    return name
  }
}

/// Reads the fields of one JSON object, naming the record and the field in every error. The fields come from a
/// JSON tree, or, for entries, from a `FlatObject` read without one; both are checked by the same code below.
struct FieldReader {
  /// The object's fields in file order; a few dozen at most, so a linear look-up beats hashing here.
  let pairs: [(String, JSONText)]
  /// The object's fields when it was read flat (then `pairs` is empty).
  let flat: FlatObject?
  let name: RecordName
  /// The record's name in messages.
  var record: String { name.description }

  init(_ value: JSONText, record: String) throws {
    try self.init(value, name: RecordName(record))
  }

  init(_ value: JSONText, name: RecordName) throws {
    guard case .object(let pairs) = value else { throw ImportError(record: name.description, field: nil, problem: "is not an object") }
    self.init(pairs: pairs, flat: nil, name: name)
  }

  init(pairs: [(String, JSONText)], recordName: String) {
    self.init(pairs: pairs, flat: nil, name: RecordName(recordName))
  }

  init(flat: FlatObject, name: RecordName) {
    self.init(pairs: [], flat: flat, name: name)
  }

  private init(pairs: [(String, JSONText)], flat: FlatObject?, name: RecordName) {
    (self.pairs, self.flat, self.name) = (pairs, flat, name)
  }

  /// The same fields, named as another record in errors.
  func renamed(_ record: String) -> FieldReader { renamed(RecordName(record)) }

  func renamed(_ name: RecordName) -> FieldReader { FieldReader(pairs: pairs, flat: flat, name: name) }

  /// The first value given for `key`.
  subscript(key: String) -> JSONText? {
    for (name, value) in pairs where name == key { return value }
    return nil
  }

  /// What the object gives for `key`, from whichever form it was read in.
  private func field(_ key: String) -> Field? {
    if let flat {
      switch flat[key] {
      case nil: return nil
      case .null?: return .null
      case .bool(let value)?: return .bool(value)
      case .number(let value)?: return .number(value)
      case .string(let text)?: return .string(text)
      case .emptyList?: return .list([])
      }
    }
    switch self[key] {
    case nil: return nil
    case .null?: return .null
    case .bool(let value)?: return .bool(value)
    case .number(let value)?: return .number(value)
    case .string(let text)?: return .string(text)
    case .array(let items)?: return .list(items)
    case .object?: return .object
    }
  }

  private enum Field {
    case null, object
    case bool(Bool)
    case number(Double)
    case string(String)
    case list([JSONText])
  }

  func fail(_ field: String, _ problem: String) -> ImportError { ImportError(record: record, field: field, problem: problem) }

  func string(_ key: String) throws -> String? {
    switch field(key) {
    case nil, .null?: return nil
    case .string(let text)?: return text
    default: throw fail(key, "must be text or null")
    }
  }

  func requiredString(_ key: String) throws -> String {
    guard let text = try string(key) else { throw fail(key, "is missing") }
    return text
  }

  func number(_ key: String) throws -> Double? {
    switch field(key) {
    case nil, .null?: return nil
    case .number(let value)?: return value
    default: throw fail(key, "must be a number or null")
    }
  }

  func integer(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
    guard let value = try number(key) else { return nil }
    guard value == value.rounded(), value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
      throw fail(key, "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return Int(value)
  }

  func bool(_ key: String) throws -> Bool {
    switch field(key) {
    case nil, .null?: return false
    case .bool(let value)?: return value
    default: throw fail(key, "must be true or false")
    }
  }

  func date(_ key: String) throws -> LocalDate? {
    guard let text = try string(key) else { return nil }
    guard let date = LocalDate(iso: text) else { throw fail(key, "is not a YYYY-MM-DD date (\"\(text)\")") }
    return date
  }

  func timestamp(_ key: String) throws -> Timestamp? {
    guard let text = try string(key) else { return nil }
    guard let value = Timestamp(iso: text) else { throw fail(key, "is not a UTC time like 2026-11-26T09:30:00Z") }
    return value
  }

  func array(_ key: String) throws -> [JSONText] {
    switch field(key) {
    case nil, .null?: return []
    case .list(let items)?: return items
    default: throw fail(key, "must be a list")
    }
  }

  /// Runs a check from CarelogCore, the same one the command line uses, naming this record in its error.
  @discardableResult
  func checked<T>(_ check: () throws -> T) throws -> T {
    do {
      return try check()
    } catch let error as CarelogError {
      throw ImportError(record: record, field: nil, problem: error.message)
    }
  }
}

/// A problem in an import file: which record, which field, what is wrong.
public struct ImportError: Error, CustomStringConvertible {
  public let record: String
  public let field: String?
  public let problem: String

  public var description: String {
    guard let field else {
      // A sentence from CarelogCore ("The note is ...") follows a colon; a phrase ("is not an object") does not.
      return problem.first?.isUppercase == true ? "\(record): \(problem)" : "\(record) \(problem)"
    }
    return "\(record), field \"\(field)\", \(problem)"
  }
}
