/// Word wrapping for plain text: lines no wider than the given width, broken only at spaces (a word longer than
/// the width keeps a line of its own, never cut in the middle).
public enum TextWrap {
  /// The usual width when the terminal's is unknown.
  public static let defaultWidth = 80

  /// `text` wrapped to `width` columns: the first line starts with `indent`, the next ones with `hanging`
  /// (default: `indent`). Line breaks in `text` start new lines.
  public static func lines(_ text: String, width: Int, indent: String = "", hanging: String? = nil) -> [String] {
    let next = hanging ?? indent
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
    // Plain ASCII (most of what carelog prints) is split and measured by bytes, which gives the same words and
    // widths as by characters for a fraction of the work (a long flags listing spent a third of its time here).
    let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
    let words = isASCII
      ? text.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
      : text.split(separator: " ", omittingEmptySubsequences: true)
    for word in words {
      let wordCount = isASCII ? word.utf8.count : word.count
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
}
