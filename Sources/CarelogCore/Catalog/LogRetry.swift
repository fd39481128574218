/// The `carelog log` command line that a refusal suggests instead: the user's own term and options, with the
/// words that could not be read moved to where they fit. Every word is quoted so the line works when pasted.
public struct LogRetry: Sendable, Equatable {
  /// The first word as typed ("sore throat").
  public var term: String
  /// The other options as typed, without `--severity` and `--note` (["--on", "yesterday"]); a value that starts
  /// with a dash joined to its option (["--on=-1"]).
  public var options: [String]
  /// The note already given, kept in front of any moved words.
  public var note: String?

  public init(term: String, options: [String] = [], note: String? = nil) {
    self.term = term
    self.options = options
    self.note = note
  }

  /// `carelog log TERM [OPTIONS] --severity S` or `… --note "WORDS"`.
  func command(severity: String? = nil, note words: String? = nil) -> String {
    var parts = ["carelog", "log", ShellWords.quoted(term)] + options.map { ShellWords.quoted($0) }
    if let severity { parts += LogRetry.option("--severity", severity) }
    let note = [note, words].compactMap { $0 }.joined(separator: " ")
    if !note.isEmpty { parts += LogRetry.option("--note", note) }
    return parts.joined(separator: " ")
  }

  /// `--note "twice"`; a value that starts with a dash is joined to its option (`"--note=-3 times"`), since
  /// quotes alone would not stop it being read as an option.
  public static func option(_ name: String, _ value: String) -> [String] {
    value.hasPrefix("-") ? [ShellWords.quoted("\(name)=\(value)")] : [name, ShellWords.quoted(value, always: name == "--note")]
  }
}

/// Quoting for a POSIX shell, readable where it can be.
public enum ShellWords {
  private static let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/:@%+=,-")
  private static let unsafeInDoubleQuotes = Set("\"$`\\!")

  /// `word` as is when it is plain, in double quotes when that is safe, else in single quotes.
  public static func quoted(_ word: String, always: Bool = false) -> String {
    if !always, !word.isEmpty, word.allSatisfy({ plain.contains($0) }), word.first != "-" || word.count > 1 {
      return word
    }
    if !word.contains(where: { unsafeInDoubleQuotes.contains($0) }) { return "\"\(word)\"" }
    return "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }
}
