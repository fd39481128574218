/// What an entry says, read from the words of `carelog log TERM [VALUE] [--severity S]`: the kind, the
/// catalog term, the measured value in its stored unit, the severity.
public struct EntryContent: Sendable, Equatable {
  public var kind: Entry.Kind
  public var term: String?
  public var severity: Severity?
  public var value: Double?
  public var unit: String?

  /// Reads the content, refusing unknown symptoms (with suggestions) unless `allowNew` says it is a custom one.
  public init(term word: String, value: String?, severity: Severity?, allowNew: Bool) throws {
    let resolved = try EntryContent.resolve(word, allowNew: allowNew)
    switch resolved {
    case .kind(.temperature):
      let reading = try Temperature(parsing: try EntryContent.require(value, "temperature", "carelog log temperature 38.2"))
      self.init(kind: .temperature, value: reading.celsius, unit: "C")
    case .kind(.weight):
      let reading = try Weight(parsing: try EntryContent.require(value, "weight", "carelog log weight 27.4kg"))
      self.init(kind: .weight, value: reading.kilograms, unit: "kg")
    case .kind(let kind):
      if let value {
        throw CarelogError.usage(
          "\(kind.rawValue) does not take a value (\"\(value)\"). Put words in a note: --note \"\(value)\"")
      }
      self.init(kind: kind)
    case .symptom(let term):
      if let value {
        throw CarelogError.usage(
          "\(term) does not take a value (\"\(value)\"). To say how bad it is, use --severity, "
            + "for example: carelog log \(term) --severity moderate")
      }
      self.init(kind: .symptom, term: term, severity: severity)
    }
    if kind != .symptom, severity != nil {
      throw CarelogError.usage("--severity is for symptoms; \(kind.rawValue) entries do not take one.")
    }
  }

  public init(kind: Entry.Kind, term: String? = nil, severity: Severity? = nil, value: Double? = nil, unit: String? = nil) {
    self.kind = kind
    self.term = term
    self.severity = severity
    self.value = value
    self.unit = unit
  }

  private enum Resolved {
    case kind(Entry.Kind)
    case symptom(String)
  }

  private static func resolve(_ word: String, allowNew: Bool) throws -> Resolved {
    switch LogTerm(word) {
    case .kind(let kind): return .kind(kind)
    case .symptom(let symptom): return .symptom(symptom.term)
    case nil: break
    }
    let custom = SymptomCatalog.normalized(word)
    if allowNew {
      guard !custom.isEmpty, custom.count <= TextInput.maxTermLength, custom.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" || ("0"..."9").contains($0) }) else {
        throw CarelogError.usage("A new symptom name must be a few plain words, for example: carelog log \"eye pain\" --new")
      }
      return .symptom(custom)
    }
    let suggestions = SymptomCatalog.suggestions(for: word).map(\.term)
    let guess = suggestions.isEmpty ? "" : " Did you mean \(suggestions.joined(separator: " or "))?"
    throw CarelogError.usage(
      "\"\(word)\" is not in the symptom list.\(guess) See all symptoms with: carelog symptoms. "
        + "If it really is a new symptom, add --new to record it as typed.")
  }

  private static func require(_ value: String?, _ what: String, _ example: String) throws -> String {
    guard let value else { throw CarelogError.usage("Give the \(what) reading, for example: \(example)") }
    return value
  }
}
