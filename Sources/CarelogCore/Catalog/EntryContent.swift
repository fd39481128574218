/// What an entry says, read from the words of `carelog log TERM [VALUE] [--severity S]`: the kind, the
/// catalog term, the measured value in its stored unit, the severity.
public struct EntryContent: Sendable, Equatable {
  public var kind: Entry.Kind
  public var term: String?
  public var severity: Severity?
  public var value: Double?
  public var unit: String?
  /// The reading as typed when it was converted ("101 °F" for a temperature stored as 38.3 °C), to echo back.
  public var typed: String?

  /// Reads the content, refusing unknown symptoms (with suggestions) unless `allowNew` says it is a custom one.
  /// A number alone, or after `fever`, is a temperature. Words that are not a value are refused with the
  /// command that would keep them (`retry`, the user's own command line).
  public init(term word: String, value: String?, severity: Severity?, allowNew: Bool, retry: LogRetry? = nil) throws {
    let retry = retry ?? LogRetry(term: word)
    if value == nil, EntryContent.isNumber(word) {
      try self.init(temperature: word)
    } else {
      switch try EntryContent.resolve(word, allowNew: allowNew) {
      case .kind(.temperature):
        try self.init(temperature: try EntryContent.require(value, "temperature", "carelog log temperature 38.2"))
      case .kind(.weight):
        let reading = try Weight.reading(try EntryContent.require(value, "weight", "carelog log weight 27.4kg"))
        self.init(kind: .weight, value: reading.weight.kilograms, unit: "kg")
        typed = reading.typed
      case .kind(let kind) where LabScale.of(kind) != nil:
        let scale = LabScale.of(kind)!
        let reading = try scale.reading(try EntryContent.require(value, scale.name, scale.examples))
        self.init(kind: kind, value: reading.value, unit: scale.unit)
        typed = reading.typed
      case .kind(let kind):
        if let value {
          throw CarelogError.usage(
            "\(kind.rawValue) does not take a value (\"\(value)\"). To keep those words, type: "
              + retry.command(note: value))
        }
        self.init(kind: kind)
      case .symptom(let term):
        if let value, term == "fever", EntryContent.isNumber(value) {
          try self.init(temperature: value)
        } else if let value {
          throw EntryContent.wordsAfterSymptom(term, value, retry: retry)
        } else {
          self.init(kind: .symptom, term: term, severity: severity)
        }
      }
    }
    if kind != .symptom, severity != nil {
      throw CarelogError.usage("--severity is for symptoms; \(kind.rawValue) entries do not take one.")
    }
  }

  public init(
    kind: Entry.Kind, term: String? = nil, severity: Severity? = nil, value: Double? = nil, unit: String? = nil,
    typed: String? = nil
  ) {
    self.kind = kind
    self.term = term
    self.severity = severity
    self.value = value
    self.unit = unit
    self.typed = typed
  }

  private init(temperature text: String) throws {
    let reading = try Temperature.reading(text)
    self.init(kind: .temperature, value: reading.temperature.celsius, unit: "C")
    typed = reading.typed
  }

  /// Whether `word` starts like a reading ("38.5", "101F", "38,5"), so it is read as a temperature.
  static func isNumber(_ word: String) -> Bool {
    word.first.map { $0.isASCII && $0.isNumber } ?? false
  }

  /// `vomiting twice`: the words go in a note; a severity word or 0–4 may also be the severity.
  private static func wordsAfterSymptom(_ term: String, _ value: String, retry: LogRetry) -> CarelogError {
    let name = SymptomCatalog.name(of: term)
    var message = "\(name.prefix(1).uppercased() + name.dropFirst()) does not take a value (\"\(value)\"). "
    if Severity(parsing: value) != nil {
      message += "To say how bad it is, type: \(retry.command(severity: value)); to keep \"\(value)\" as words, type: "
    } else {
      message += "To keep those words with it, type: "
    }
    return CarelogError.usage(message + retry.command(note: value))
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
