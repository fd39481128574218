/// Word wrapping for plain text: lines no wider than the given width, broken only at spaces (a word longer than
/// the width keeps a line of its own, never cut in the middle).
public enum TextWrap {
  /// The usual width when the terminal's is unknown.
  public static let defaultWidth = 80

  /// `text` wrapped to `width` columns: the first line starts with `indent`, the next ones with `hanging`
  /// (default: `indent`). Line breaks in `text` start new lines.
  public static func lines(_ text: String, width: Int, indent: String = "", hanging: String? = nil) -> [String] {
    let next = hanging ?? indent
    // Most of what carelog prints is split and measured by bytes: the same words and widths as by characters for
    // a fraction of the work (a long flags listing spent a third of its time wrapping).
    if isOneCharacterPerScalar(text) {
      var text = text
      return text.withUTF8 { simpleLines($0, width: width, indent: indent, hanging: next) }
    }
    var lines: [String] = []
    for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      lines += wrapParagraph(paragraph, width: width, indent: index == 0 ? indent : next, hanging: next)
    }
    return lines
  }

  private static func wrapParagraph(_ text: Substring, width: Int, indent: String, hanging: String) -> [String] {
    var lines: [String] = []
    var line = indent
    var prefixCount = indent.count
    var lineCount = prefixCount
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let wordCount = word.count
      if lineCount > prefixCount && lineCount + 1 + wordCount > width {
        lines.append(line)
        line = hanging
        prefixCount = hanging.count
        lineCount = prefixCount
      }
      if lineCount > prefixCount {
        line += " "
        lineCount += 1
      }
      line += word
      lineCount += wordCount
    }
    lines.append(line)
    return lines
  }

  /// Whether every Unicode scalar of `text` is a character of its own: ASCII other than the carriage return (in
  /// "\r\n" two scalars make one character), and the letters, punctuation and symbols carelog's texts use (°, —,
  /// ’, “ ”, ≥, ×, é…), none of which combines with its neighbours. Anything else (accents typed as combining
  /// marks, emoji sequences, other scripts) takes the character path.
  static func isOneCharacterPerScalar(_ text: String) -> Bool {
    // Plain ASCII is settled by its bytes; decoding scalars costs several times more.
    let ascii = text.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 || $0 == UInt8(ascii: "\r") } }
    if ascii == true { return true }
    return text.unicodeScalars.allSatisfy { scalar in
      switch scalar.value {
      case 0x0A, 0x20..<0x7F, 0xA0..<0x300, 0x2010..<0x2028, 0x2030..<0x205F, 0x2070..<0x20A0, 0x2100..<0x2300:
        return true
      default:
        return false
      }
    }
  }

  /// The same wrapping over UTF-8 bytes whose scalars are each one character (`isOneCharacterPerScalar`): a word's
  /// width is its count of scalars, the bytes that do not continue a scalar.
  private static func simpleLines(
    _ bytes: UnsafeBufferPointer<UInt8>, width: Int, indent: String, hanging: String
  ) -> [String] {
    let (space, newline) = (UInt8(ascii: " "), UInt8(ascii: "\n"))
    let (indentCount, hangingCount) = (indent.count, hanging.count)
    let hangingBytes = Array(hanging.utf8)
    var lines: [String] = []
    var line: [UInt8] = Array(indent.utf8)
    line.reserveCapacity(min(max(width, 0), 1_000) + 16)
    var prefixCount = indentCount
    var lineCount = prefixCount
    /// Ends the line being built and starts a hanging one in the same buffer.
    func newLine() {
      lines.append(String(decoding: line, as: UTF8.self))
      line.removeAll(keepingCapacity: true)
      line.append(contentsOf: hangingBytes)
      (prefixCount, lineCount) = (hangingCount, hangingCount)
    }
    var index = 0
    while index <= bytes.count {
      if index == bytes.count || bytes[index] == newline {
        newLine()  // the end of a paragraph: its last line, then the next paragraph starts on a hanging line
        index += 1
        continue
      }
      if bytes[index] == space {
        index += 1
        continue
      }
      var end = index
      while end < bytes.count && bytes[end] != space && bytes[end] != newline { end += 1 }
      let wordCount = bytes[index..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
      if lineCount > prefixCount && lineCount + 1 + wordCount > width { newLine() }
      if lineCount > prefixCount {
        line.append(space)
        lineCount += 1
      }
      line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
      lineCount += wordCount
      index = end
    }
    return lines
  }
}
