import CarelogCore
import CarelogJournal
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CarelogServer

/// `/api/flags`, acknowledging, `/api/summary` and `/api/profiles`.
struct ReadingAPITests {
  typealias H = ServerHarness

  /// Pairs, records a fever on treatment, and returns the token.
  static func fever(_ harness: H, _ client: any TestClientProtocol) async throws -> String {
    let token = try await harness.pair(client)
    let response = try await client.execute(
      uri: "/api/entries", method: .post, headers: H.headers(token: token, json: true), body: H.body(#"{"term": "fever", "value": "38.7"}"#))
    #expect(response.status == .created)
    return token
  }

  @Test func flagsHaveTheShapeOfFlagsJSON() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await Self.fever(harness, client)
      let response = try await client.execute(uri: "/api/flags?profile=Leo&as_of=2026-11-26", method: .get, headers: H.headers(token: token))
      #expect(response.status == .ok)
      let flags = try harness.journal.flags(asOf: H.today).flags
      #expect(!flags.isEmpty)
      #expect(H.text(response) == JSONText.array(flags.map(FlagJSON.object)).rendered() + "\n")
      let bad = try await client.execute(uri: "/api/flags?as_of=whenever", method: .get, headers: H.headers(token: token))
      #expect(bad.status == .badRequest)
    }
  }

  @Test func acknowledgingAFlagMarksItSeen() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await Self.fever(harness, client)
      let id = try #require(try harness.journal.flags(asOf: H.today).flags.first { $0.rule == "fever-on-treatment" }?.id)
      let acked = try await client.execute(
        uri: "/api/flags/\(id)/ack", method: .post, headers: H.headers(token: token, json: true), body: H.body(#"{"note": "called"}"#))
      #expect(acked.status == .ok)
      #expect((try H.json(acked) as? [String: Any])?["id"] as? String == id)
      #expect(try harness.journal.flags(asOf: H.today).flags.first { $0.id == id }?.acknowledged == true)
      let missing = try await client.execute(uri: "/api/flags/no-such-flag/ack", method: .post, headers: H.headers(token: token))
      #expect(missing.status == .notFound)
    }
  }

  @Test func flagsFollowChangesMadeByAnotherProcessAndByAcknowledging() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let before = try await client.execute(uri: "/api/flags", method: .get, headers: H.headers(token: token))
      #expect((try H.json(before) as? [[String: Any]])?.isEmpty == true)
      // Another connection to the file, as `carelog log` running meanwhile would be.
      let other = try Journal.open(harness.journal.choice, .write)
      _ = try other.log(try CheckedLog(LogInput(term: "fever", value: "38.9"), choice: other.choice), clock: H.clock)
      let after = try await client.execute(uri: "/api/flags", method: .get, headers: H.headers(token: token))
      let flags = try #require(try H.json(after) as? [[String: Any]])
      let fever = try #require(flags.first { $0["rule"] as? String == "fever-on-treatment" })
      #expect(fever["acknowledged"] as? Bool == false)
      let id = try #require(fever["id"] as? String)
      _ = try await client.execute(uri: "/api/flags/\(id)/ack", method: .post, headers: H.headers(token: token))
      let acked = try await client.execute(uri: "/api/flags", method: .get, headers: H.headers(token: token))
      let seen = (try H.json(acked) as? [[String: Any]])?.first { $0["id"] as? String == id }
      #expect(seen?["acknowledged"] as? Bool == true)
    }
  }

  @Test func theSummaryComesAsJSONOrPrintableHTML() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await Self.fever(harness, client)
      let json = try await client.execute(uri: "/api/summary?profile=Leo&format=json", method: .get, headers: H.headers(token: token))
      #expect(json.status == .ok)
      #expect(json.headers[.contentType]?.hasPrefix("application/json") == true)
      #expect(try H.json(json) is [String: Any])
      let html = try await client.execute(uri: "/api/summary?since=2026-11-01&format=html", method: .get, headers: H.headers(token: token))
      #expect(html.status == .ok)
      #expect(html.headers[.contentType]?.hasPrefix("text/html") == true)
      let policy = html.headers[.contentSecurityPolicy] ?? ""
      #expect(policy.hasPrefix("default-src 'self'") && policy.contains("style-src 'self' 'sha256-"))
      #expect(H.text(html).contains("Leo"))
      let bad = try await client.execute(uri: "/api/summary?format=pdf", method: .get, headers: H.headers(token: token))
      #expect(bad.status == .badRequest)
    }
  }

  @Test func profilesAreListed() async throws {
    let harness = try H(profiles: ["Leo", "Noah"])
    try await harness.test { client in
      let token = try await harness.pair(client)
      let response = try await client.execute(uri: "/api/profiles", method: .get, headers: H.headers(token: token))
      #expect(response.status == .ok)
      let list = try #require(try H.json(response) as? [[String: Any]])
      #expect(list.compactMap { $0["name"] as? String } == ["Leo", "Noah"])
    }
  }
}
