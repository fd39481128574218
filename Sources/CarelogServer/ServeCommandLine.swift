import CarelogCore
import CarelogJournal
import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL

/// `carelog-serve` (started by `carelog serve`): opens the journal, listens, prints the pairing link, and stops
/// cleanly on Ctrl-C (requests in progress finish; each write is one transaction).
public struct ServeOptions: Sendable {
  public var journal: String?
  public var profile: String?
  public var port: Int
  public var lan: Bool
  public var tlsCert: String?
  public var tlsKey: String?

  public init(journal: String?, profile: String?, port: Int, lan: Bool, tlsCert: String?, tlsKey: String?) {
    (self.journal, self.profile, self.port, self.lan, self.tlsCert, self.tlsKey) = (journal, profile, port, lan, tlsCert, tlsKey)
  }
}

public enum ServeCommandLine {
  public static func run(_ options: ServeOptions) async throws {
    umask(0o077)
    Notices.handler = { Announcement.say($0) }  // a journal upgraded on opening says where its copy is
    let journal = try Journal.open(JournalChoice(journal: options.journal, profile: options.profile), .write)
    let secure = options.tlsCert != nil
    let state = ServerState(journal: journal, pairing: PairingDesk(), secure: secure)
    let hosts = ServedHosts()
    let lanAddress = options.lan ? LANAddress.first() : nil
    if options.lan, lanAddress == nil {
      throw CarelogError(.io, "--lan needs a network address, and this computer has none besides loopback.")
    }
    var logger = Logger(label: "carelog-serve")
    logger.logLevel = .warning  // requests and their contents are never logged
    let router = WebServer.router(state, hosts: hosts)
    let server: HTTPServerBuilder = try options.tlsCert.map { cert in
      try .tls(.http1(), tlsConfiguration: try TLS.configuration(cert: cert, key: options.tlsKey ?? ""))
    } ?? .http1()
    let app = Application(
      router: router, server: server,
      configuration: .init(address: .hostname(options.lan ? "0.0.0.0" : "127.0.0.1", port: options.port), serverName: nil),
      onServerRunning: { channel in
        let port = channel.localAddress?.port ?? options.port
        hosts.set(addresses: ["127.0.0.1", "localhost"] + (lanAddress.map { [$0] } ?? []), port: port)
        Announcement.print(state: state, port: port, lan: lanAddress, secure: secure)
        Announcement.listenForEnter(state: state, port: port, lan: lanAddress, secure: secure)
      },
      logger: logger)
    try await app.runService()
    FileHandle.standardOutput.write(Data("carelog serve stopped. Every saved entry is in \(journal.path).\n".utf8))
  }
}

/// Reading the certificate and key for `--tls-cert` and `--tls-key`.
enum TLS {
  static func configuration(cert: String, key: String) throws -> TLSConfiguration {
    do {
      let chain = try NIOSSLCertificate.fromPEMFile(cert).map { NIOSSLCertificateSource.certificate($0) }
      let privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
      return TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(privateKey))
    } catch {
      throw CarelogError(.missingInput, "Cannot read the TLS certificate \(cert) or key \(key) (PEM files are needed).")
    }
  }
}
