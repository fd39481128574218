import ArgumentParser
import CarelogCore
import CarelogServer
import Foundation

/// `carelog-serve`: the web face, started by `carelog serve` with the same arguments.
@main
struct CarelogServe: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "carelog serve", abstract: "Open the journal in a web browser (see carelog serve --help).")

  @Option(help: "The journal file to use.") var journal: String?
  @Option(help: "The profile shown first.") var profile: String?
  @Option(help: "The port to listen on (0 picks a free one).") var port: Int = 8765
  @Flag(help: "Listen on the home network too.") var lan = false
  @Option(help: "A TLS certificate (PEM).") var tlsCert: String?
  @Option(help: "The certificate's private key (PEM).") var tlsKey: String?

  func run() async throws {
    do {
      try await ServeCommandLine.run(
        ServeOptions(journal: journal, profile: profile, port: port, lan: lan, tlsCert: tlsCert, tlsKey: tlsKey))
    } catch let error as CarelogError {
      FileHandle.standardError.write(Data("carelog: \(error.message)\n".utf8))
      throw ExitCode(error.category.rawValue)
    }
  }
}
