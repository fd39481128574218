/// Checks free text before it is written, whichever way it came in (command line, import): not empty, not
/// too long, no control characters or NUL (newlines only in notes). Plain ASCII takes a fast path, since an
/// import checks millions of fields.
public enum TextInput {
  public static let maxNoteLength = 10_000
  public static let maxNameLength = 100
  public static let maxTermLength = 100
  /// A flag id is a rule id, a symptom term and a date joined by colons.
  public static let maxFlagIDLength = 40 + maxTermLength + 12

  /// The note trimmed, or an error saying what to change.
  public static func note(_ text: String, field: String = "note") throws -> String {
    try check(text, field: field, limit: maxNoteLength, allowNewlines: true)
  }

  /// A person's name trimmed and in Unicode NFC (so "Zoë" is one name however it was typed), or an error.
  public static func name(_ text: String, field: String = "name") throws -> String {
    let name = try check(text, field: field, limit: maxNameLength, allowNewlines: false)
    return name.utf8.allSatisfy { $0 < 0x80 } ? name : String(decoding: name._nfcCodeUnits, as: UTF8.self)
  }

  /// A symptom term as carelog stores it (`bone-pain`, or a custom one added with `--new`): lowercase
  /// letters and digits joined by single hyphens, at most 100 characters.
  public static func term(_ text: String, field: String = "symptom term") throws -> String {
    if isPlainTerm(text) { return text }
    let form = text.utf8.count <= maxTermLength * 8 && text.count <= maxTermLength && !text.isEmpty
      && SymptomCatalog.normalized(text) == text
      && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || ("0"..."9").contains($0) }
    guard form else {
      throw CarelogError.badData(
        "The \(field) \"\(shown(text))\" is not a symptom term: use lowercase words joined by hyphens, at most "
          + "\(maxTermLength) characters (see carelog symptoms).")
    }
    return text
  }

  /// Lowercase ASCII words joined by single hyphens: the usual term, checked without building strings.
  private static func isPlainTerm(_ text: String) -> Bool {
    let bytes = text.utf8
    guard (1...maxTermLength).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-")
    else { return false }
    var previous: UInt8 = 0
    for byte in bytes {
      guard (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") else { return false }
      if byte == UInt8(ascii: "-") && previous == byte { return false }
      previous = byte
    }
    return true
  }

  /// A flag id as carelog makes them (`symptom-persists-2-weeks:bone-pain:2026-11-11`), or an error.
  public static func flagID(_ text: String) throws -> String {
    guard text.utf8.count <= maxFlagIDLength * 8, text.count <= maxFlagIDLength, text.lowercased() == text,
      case let parts = text.split(separator: ":", omittingEmptySubsequences: false), (2...4).contains(parts.count),
      parts.allSatisfy({ part in
        !part.isEmpty && part.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || ("0"..."9").contains($0) }
      })
    else {
      throw CarelogError.badData(
        "\"\(shown(text))\" is not a flag id. Copy the id shown by carelog flags, for example bleeding-or-bruising:2026-11-01.")
    }
    return text
  }

  /// At most 40 characters of `text`, control characters shown as "?", for messages.
  public static func shown(_ text: String) -> String {
    let visible = String(String.UnicodeScalarView(text.unicodeScalars.prefix(40).map { isForbidden($0, newlines: false) ? "?" : $0 }))
    return text.unicodeScalars.count > 40 ? visible + "…" : visible
  }

  private static func check(_ text: String, field: String, limit: Int, allowNewlines: Bool) throws -> String {
    if let plain = plainASCII(text, limit: limit) {
      guard !plain.isEmpty else { throw emptyError(field) }
      return plain
    }
    guard text.utf8.count <= limit * 16 else { throw tooLong(field, count: nil, limit: limit) }
    let trimmed = text.trimmingWhitespace()
    guard !trimmed.isEmpty else { throw emptyError(field) }
    guard trimmed.count <= limit else { throw tooLong(field, count: trimmed.count, limit: limit) }
    guard !trimmed.unicodeScalars.contains(where: { isForbidden($0, newlines: allowNewlines) }) else {
      throw CarelogError.badData(
        "The \(field) contains control characters (such as escape codes, tabs or NUL). Type plain text only.")
    }
    return trimmed
  }

  /// The text trimmed of spaces when it is printable ASCII within `limit` (newlines excluded), else nil.
  private static func plainASCII(_ text: String, limit: Int) -> String? {
    let bytes = text.utf8
    guard bytes.count <= limit + 64, bytes.allSatisfy({ (0x20...0x7E).contains($0) }) else { return nil }
    guard bytes.first == 0x20 || bytes.last == 0x20 else { return bytes.count <= limit ? text : nil }
    let trimmed = text.trimmingWhitespace()
    return trimmed.utf8.count <= limit ? trimmed : nil
  }

  /// Whether `scalar` may not appear in text: control characters (NUL, escape, tab...) and line separators.
  public static func isForbidden(_ scalar: Unicode.Scalar, newlines: Bool) -> Bool {
    if newlines && scalar == "\n" { return false }
    return scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
  }

  private static func emptyError(_ field: String) -> CarelogError {
    CarelogError.usage("The \(field) is empty. Type some text in quotes, or leave the \(field) out.")
  }

  private static func tooLong(_ field: String, count: Int?, limit: Int) -> CarelogError {
    let length = count.map { "\($0) characters long" } ?? "far too long"
    return CarelogError.badData("The \(field) is \(length); the limit is \(limit). Shorten it, or split it into two.")
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and newlines.
  public func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[start...end])
  }
}
