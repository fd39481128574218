import CarelogCore
import Foundation

/// Output to the terminal: plain text, with colour only on a terminal and never with `NO_COLOR` or `TERM=dumb`.
struct Terminal {
  let handle: FileHandle
  let fileDescriptor: Int32

  static let standardOutput = Terminal(handle: .standardOutput, fileDescriptor: STDOUT_FILENO)
  static let standardError = Terminal(handle: .standardError, fileDescriptor: STDERR_FILENO)

  func write(_ text: String) {
    handle.write(Data(text.utf8))
  }

  /// Whether colour codes may be used on this stream.
  var usesColor: Bool {
    let environment = ProcessInfo.processInfo.environment
    if environment["NO_COLOR"] != nil || environment["TERM"] == "dumb" { return false }
    return isatty(fileDescriptor) == 1
  }

  /// The width to wrap text to: `COLUMNS` when set to a sensible number, else the terminal's own width, else 80.
  var width: Int {
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 20 { return columns }
    var size = winsize()
    if isatty(fileDescriptor) == 1, ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 {
      return Int(size.ws_col)
    }
    return TextWrap.defaultWidth
  }

  /// `text` in bold (or plain when colour is off).
  func bold(_ text: String) -> String { usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
  /// `text` dimmed (or plain when colour is off).
  func dim(_ text: String) -> String { usesColor ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}

/// Prints a line to standard output.
func say(_ text: String) {
  Terminal.standardOutput.write(text + "\n")
}

/// Prints a sentence to standard output, wrapped at word boundaries when that is a terminal (so that a script
/// reading the output gets it on one line).
func sayWrapped(_ text: String) {
  let terminal = Terminal.standardOutput
  guard isatty(terminal.fileDescriptor) == 1 else { return say(text) }
  say(TextWrap.lines(text, width: terminal.width, hanging: "  ").joined(separator: "\n"))
}
