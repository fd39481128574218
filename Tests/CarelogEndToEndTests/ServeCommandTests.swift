import Foundation
import Testing

/// `carelog serve` starts `carelog-serve` beside it with the same arguments; `carelog devices` lists and ends
/// paired devices.
struct ServeCommandTests {
  @Test func serveStartsTheServerBesideCarelogAndPrintsTheAddressAndAPairingLink() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02", "--reporter", "Anna"])
    // Killed after 3 seconds: the server runs until stopped.
    let result = try runner.run(["serve", "--port", "0"], deadline: 3)
    #expect(result.stdout.contains("carelog serve: listening on http://127.0.0.1:"), "\(result.stdout) \(result.stderr)")
    let link = try #require(result.stdout.range(of: #"http://127\.0\.0\.1:[0-9]+/pair\?code=[2-9A-Z]{4}-[2-9A-Z]{4}"#, options: .regularExpression))
    #expect(!result.stdout[link].isEmpty)
    #expect(!result.stdout.contains("not encrypted"), "no --lan, no warning")
  }

  @Test func serveRefusesAMissingJournalAndCreatesNothing() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let result = try runner.run(["serve", "--port", "0"], deadline: 10)
    #expect(result.status == 66)
    #expect(result.stderr.contains("There is no journal at"))
    #expect(!FileManager.default.fileExists(atPath: runner.journal))
  }

  @Test func serveRefusesACertificateWithoutItsKey() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let result = try runner.run(["serve", "--tls-cert", "cert.pem"], deadline: 10)
    #expect(result.status == 64)
    #expect(result.stderr.contains("--tls-cert and --tls-key go together."))
  }

  @Test func devicesListsNoneAndRevokingAnUnknownNameIsRefused() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo"])
    #expect(try runner.ok(["devices"]).contains("No device is paired. Pair one with: carelog serve"))
    let revoke = try runner.run(["devices", "revoke", "Anna's phone"])
    #expect(revoke.status == 65)
    #expect(revoke.stderr.contains("No device is paired, so there is nothing named Anna's phone to end."))
  }
}
