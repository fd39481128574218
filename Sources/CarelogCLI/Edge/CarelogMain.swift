import ArgumentParser
import CarelogCore
import CarelogJournal
import Foundation

/// The program's edge: parses the command line, runs the command, and turns any error into one plain
/// message on stderr with a sysexits status.
public enum CarelogMain {
  /// The exit status when the command's change was saved but its output could not be written (standard
  /// output or error closed or full): running the command again would save it twice.
  static let savedButOutputFailed: Int32 = 79

  public static func run() -> Never {
    umask(0o077)  // journal, its -wal/-shm, backups and exports are private whatever the caller's umask
    OutputHealth.prepareStandardStreams()
    Notices.handler = { Terminal.standardError.write($0 + "\n") }
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let request = FastPath.request(arguments) {
      finish { try request.run() }
    }
    let command: any ParsableCommand
    do {
      command = try CarelogCommand.parseAsRoot(arguments)
    } catch {
      finish { throw error }
    }
    var parsed = command
    finish { try parsed.run() }
  }

  /// Runs the command and exits: 0, or one plain message on stderr with its sysexits status. When standard
  /// output or error failed, the status is 74, or 79 when a change was saved before.
  private static func finish(_ run: () throws -> Void) -> Never {
    do {
      try run()
      exitChecked(0)
    } catch let error as CarelogError {
      Terminal.standardError.write("carelog: \(error.message)\n")
      exitChecked(error.category.rawValue)
    } catch {
      // argument-parser's errors, help and completion scripts, written by carelog so a failed write is seen.
      let status = CarelogCommand.exitCode(for: error).rawValue
      let text = CarelogCommand.fullMessage(for: error)
      if !text.isEmpty { (status == 0 ? Terminal.standardOutput : .standardError).write(text + "\n") }
      exitChecked(status)
    }
  }

  /// Exits with `status`, unless carelog could not write what it had to say: then 74 (nothing was
  /// changed), or 79 (a change was saved, so the command must not be repeated).
  private static func exitChecked(_ status: Int32) -> Never {
    guard let failure = OutputHealth.firstFailure else { exit(status) }
    let saved = Journal.hasSavedChanges
    Terminal.standardError.write(
      saved
        ? "carelog: your change was saved, but its confirmation could not be written (\(failure)). "
          + "Do not run the command again; see what was saved with: carelog list\n"
        : "carelog: the output could not be written (\(failure)). Nothing was changed.\n")
    exit(saved ? savedButOutputFailed : CarelogError.Category.io.rawValue)
  }
}
