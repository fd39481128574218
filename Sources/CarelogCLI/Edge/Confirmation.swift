import CarelogCore
import Foundation

/// Asking before something that cannot be undone: on a terminal the user types yes; elsewhere (a script, a
/// pipe) nobody can answer, so `--yes` must say it in advance.
enum Confirmation {
  /// Whether someone at a terminal can answer.
  static var canAsk: Bool { isatty(STDIN_FILENO) == 1 }

  /// Refuses when nobody can answer and `yes` was not given; `retry` is the command that would go ahead.
  static func requireYes(_ yes: Bool, what: String, retry: String) throws {
    guard !yes, !canAsk else { return }
    throw CarelogError.usage(
      "\(what) cannot be undone, and there is no one at a terminal to confirm. "
        + "If you are sure, type: \(retry)")
  }

  /// Asks `question` on the terminal; true only for "yes" or "y".
  static func ask(_ question: String) -> Bool {
    Terminal.standardOutput.write(question + " Type yes to go ahead: ")
    guard let answer = readLine() else { return false }
    return ["yes", "y"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
  }
}
