/// Checks free text (notes, names) before it is written: not empty, not too long, no control characters.
public enum TextInput {
  public static let maxNoteLength = 2000
  public static let maxNameLength = 60

  /// The note trimmed, or an error saying what to change.
  public static func note(_ text: String, field: String = "note") throws -> String {
    try check(text, field: field, limit: maxNoteLength, allowNewlines: true)
  }

  /// A person's name trimmed, or an error saying what to change.
  public static func name(_ text: String, field: String = "name") throws -> String {
    try check(text, field: field, limit: maxNameLength, allowNewlines: false)
  }

  private static func check(_ text: String, field: String, limit: Int, allowNewlines: Bool) throws -> String {
    let trimmed = text.trimmingWhitespace()
    guard !trimmed.isEmpty else {
      throw CarelogError.usage("The \(field) is empty. Type some text in quotes, or leave the \(field) out.")
    }
    guard trimmed.count <= limit else {
      throw CarelogError.badData(
        "The \(field) is \(trimmed.count) characters long; the limit is \(limit). Shorten it, or split it into two.")
    }
    let forbidden = trimmed.unicodeScalars.contains { scalar in
      if allowNewlines && scalar == "\n" { return false }
      return scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
    guard !forbidden else {
      throw CarelogError.badData(
        "The \(field) contains control characters (such as escape codes or tabs). Type plain text only.")
    }
    return trimmed
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
