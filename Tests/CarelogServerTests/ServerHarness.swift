import CarelogCore
import CarelogJournal
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

@testable import CarelogServer

/// A journal in a temporary folder (Leo on treatment, reported by Anna), a server over it with a fixed clock and a
/// settable pairing clock, and helpers to pair and send requests as a browser or an API client.
final class ServerHarness: @unchecked Sendable {
  static let host = "127.0.0.1:8765"
  static let today = LocalDate(iso: "2026-11-26")!
  static let clock = JournalClock(
    today: today, now: Timestamp(iso: "2026-11-26T12:00:00Z")!, timeOfDay: TimeOfDay(hour: 12, minute: 0)!)

  let folder: String
  let journal: Journal
  let state: ServerState
  let hosts = ServedHosts()
  /// The pairing desk's clock; tests move it forward.
  let seconds = SettableSeconds()
  let code: String

  init(profiles: [String] = ["Leo"], secure: Bool = false) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("carelog-server-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    let choice = JournalChoice(journal: folder + "/journal.sqlite", profile: nil)
    let created = try Journal.open(choice, .create)
    for name in profiles {
      var profile = Profile(name: name)
      profile.born = LocalDate(iso: "2017-03-02")
      profile.diagnosed = LocalDate(iso: "2024-11-12")
      profile.reporter = "Anna"
      profile.reporterRole = .caregiver
      _ = try created.addProfile(profile)
      _ = try created.choosing(profile: name).addTreatment(
        Treatment(profileID: 0, agent: "dexamethasone", from: LocalDate(iso: "2026-11-01"), to: nil, note: nil),
        today: Self.today)
    }
    if profiles.count > 1 { _ = try created.setDefaultProfile(named: profiles[0]) }
    journal = try Journal.open(choice, .write)
    let seconds = self.seconds
    let desk = PairingDesk(now: { seconds.value.withLock { $0 } })
    code = desk.newCode()
    state = ServerState(journal: journal, pairing: desk, secure: secure, clock: { ServerHarness.clock })
    hosts.set(addresses: ["127.0.0.1", "localhost"], port: 8765)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  /// Runs `body` against the router in process.
  func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    let app = Application(router: WebServer.router(state, hosts: hosts))
    try await app.test(.router) { client in try await body(client) }
  }

  // MARK: - Requests

  static func headers(token: String? = nil, cookie: String? = nil, csrf: String? = nil, json: Bool = false, host: String = host)
    -> HTTPFields
  {
    var fields = HTTPFields()
    fields[HTTPField.Name("Host")!] = host
    if let token { fields[.authorization] = "Bearer \(token)" }
    if let cookie { fields[.cookie] = "carelog_device=\(cookie)" }
    if let csrf { fields[HTTPField.Name("X-CSRF-Token")!] = csrf }
    if json { fields[.contentType] = "application/json" }
    return fields
  }

  static func body(_ json: String) -> ByteBuffer { ByteBuffer(string: json) }

  static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

  /// The response body as a JSON object or list.
  static func json(_ response: TestResponse) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))
  }

  /// Pairs a device with the harness's code; returns its token.
  func pair(_ client: any TestClientProtocol, device: String = "Anna's phone") async throws -> String {
    let response = try await client.execute(
      uri: "/api/pair", method: .post, headers: Self.headers(json: true),
      body: Self.body(#"{"code": "\#(code)", "device": "\#(device)", "reporter": "Anna", "role": "caregiver"}"#))
    #expect(response.status == .created)
    let object = try #require(try Self.json(response) as? [String: Any])
    return try #require(object["token"] as? String)
  }

  /// The CSRF token a page gives the browser session of `token`.
  func csrf(_ token: String) -> String { state.csrf(forTokenHash: DeviceToken.hash(token)) }

  /// The entries of Leo (or `profile`) now in the journal.
  func entries(_ profile: String = "Leo") throws -> [Entry] {
    try journal.choosing(profile: profile).entries(EntryFilter()).entries
  }
}


/// Seconds that a test can move forward.
final class SettableSeconds: Sendable {
  let value = Mutex(1_000_000)
}
