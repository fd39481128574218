import ArgumentParser
import CarelogCore
import Foundation

/// `carelog serve`: starts the web page, a second program (`carelog-serve`) beside `carelog`, so that the server's
/// libraries never slow down one-shot commands such as `carelog log`.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Open the journal in a web browser on this computer or, with --lan, on phones at home.",
    discussion: """
      Prints the address and a one-time pairing link; open it on the device to pair it (press Enter in this \
      terminal for a new pairing code). Ctrl-C stops the server; writes in progress finish first.
      Examples:
        carelog serve
        carelog serve --lan --tls-cert cert.pem --tls-key key.pem
        carelog devices revoke "Anna's phone"
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: "The port to listen on (0 picks a free one).") var port: Int = 8765
  @Flag(help: "Listen on the home network too, not only on this computer.") var lan = false
  @Option(help: ArgumentHelp("A TLS certificate (PEM) for HTTPS.", valueName: "file")) var tlsCert: String?
  @Option(help: ArgumentHelp("The TLS certificate's private key (PEM).", valueName: "file")) var tlsKey: String?

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port takes a number from 0 to 65535.") }
    guard (tlsCert == nil) == (tlsKey == nil) else { throw ValidationError("--tls-cert and --tls-key go together.") }
  }

  func run() throws {
    let server = try Self.serverPath()
    let arguments = [server] + Array(CommandLine.arguments.drop { $0 != "serve" }.dropFirst())
    let cArguments = arguments.map { strdup($0) } + [nil]
    execv(server, cArguments)
    throw CarelogError(.io, "carelog-serve could not be started (\(String(cString: strerror(errno)))).")
  }

  /// `carelog-serve` in the folder of the running `carelog`.
  static func serverPath() throws -> String {
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    let path = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("carelog-serve").path
    guard access(path, X_OK) == 0 else {
      throw CarelogError(
        .missingInput,
        "carelog serve needs carelog-serve beside carelog (\(path)). Build it with: swift build --product carelog-serve "
          + "(or copy .build/release/carelog-serve beside carelog).")
    }
    return path
  }
}
