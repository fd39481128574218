import CarelogCore
import Foundation

/// Output to the terminal: plain text, with colour only on a terminal and never with `NO_COLOR` or `TERM=dumb`.
/// A write that fails (a closed, full or broken stream) never stops the program: it is remembered in
/// `OutputHealth`, later writes to that stream are skipped, and the exit status says so (see `CarelogMain`).
struct Terminal {
  let fileDescriptor: Int32

  static let standardOutput = Terminal(fileDescriptor: STDOUT_FILENO)
  static let standardError = Terminal(fileDescriptor: STDERR_FILENO)

  /// Writes all of `text`, or records why it could not.
  func write(_ text: String) {
    guard !OutputHealth.hasFailed(fileDescriptor) else { return }
    if let error = RawWrite.all(Array(text.utf8), to: fileDescriptor) {
      OutputHealth.recordFailure(fileDescriptor, errno: error)
    }
  }

  /// Whether colour codes may be used on this stream.
  /// (`getenv`, not `ProcessInfo.environment`: these are asked for every line printed, and building the whole
  /// environment each time doubled the time of `carelog flags`.)
  var usesColor: Bool {
    if getenv("NO_COLOR") != nil || Self.variable("TERM") == "dumb" { return false }
    return isatty(fileDescriptor) == 1
  }

  /// The width to wrap text to: `COLUMNS` when set to a sensible number, else the terminal's own width, else 80.
  var width: Int {
    if let columns = Self.variable("COLUMNS").flatMap(Int.init), columns >= 20 { return columns }
    var size = winsize()
    if isatty(fileDescriptor) == 1, ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 {
      return Int(size.ws_col)
    }
    return TextWrap.defaultWidth
  }

  private static func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

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

/// `write(2)` until every byte is out, retrying after signals; returns the `errno` of a failure, or nil.
enum RawWrite {
  static func all(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    var written = 0
    while written < bytes.count {
      let result = bytes[written...].withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if result > 0 {
        written += result
      } else if result < 0 && errno == EINTR {
        continue
      } else {
        return result == 0 ? EIO : errno
      }
    }
    return nil
  }
}
