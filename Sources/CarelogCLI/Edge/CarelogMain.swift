import ArgumentParser
import CarelogCore
import CarelogJournal
import Foundation

/// The program's edge: parses the command line, runs the command, and turns any error into one plain
/// message on stderr with a sysexits status.
public enum CarelogMain {
  public static func run() -> Never {
    umask(0o077)  // journal, its -wal/-shm, backups and exports are private whatever the caller's umask
    Notices.handler = { Terminal.standardError.write($0 + "\n") }
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let request = FastLogParser.parse(arguments) {
      finish { try request.run() }
    }
    let command: any ParsableCommand
    do {
      command = try CarelogCommand.parseAsRoot(arguments)
    } catch {
      CarelogCommand.exit(withError: error)
    }
    var parsed = command
    finish { try parsed.run() }
  }

  /// Runs the command and exits: 0, or one plain message on stderr with its sysexits status.
  private static func finish(_ run: () throws -> Void) -> Never {
    do {
      try run()
      exit(0)
    } catch let error as CarelogError {
      Terminal.standardError.write("carelog: \(error.message)\n")
      exit(error.category.rawValue)
    } catch {
      CarelogCommand.exit(withError: error)
    }
  }
}
