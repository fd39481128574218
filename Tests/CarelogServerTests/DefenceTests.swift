import CarelogCore
import CarelogJournal
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CarelogServer

/// The defences: a token on every request (loopback too), the Host check, CSRF for cookie sessions, the security
/// headers on every response, and the 64 KiB limit.
struct DefenceTests {
  typealias H = ServerHarness

  static let securityHeaders: [(String, String)] = [
    ("Content-Security-Policy", "default-src 'self'"), ("Content-Security-Policy", "frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"), ("Cache-Control", "no-store"),
  ]

  static func expectSecurityHeaders(_ response: TestResponse, _ what: String) {
    for (name, value) in securityHeaders {
      let sent = response.headers[HTTPField.Name(name)!] ?? ""
      #expect(sent.contains(value), "\(what): \(name) is \"\(sent)\"")
    }
  }

  @Test func everyRequestButPairingAndStaticFilesNeedsAToken() async throws {
    let harness = try H()
    try await harness.test { client in
      for (uri, method) in [
        ("/api/entries", HTTPRequest.Method.get), ("/api/entries", .post), ("/api/flags", .get), ("/api/summary", .get),
        ("/api/profiles", .get), ("/api/flags/x/ack", .post), ("/", .get), ("/flags", .get), ("/entries", .get),
        ("/summary", .get), ("/checkin", .get), ("/log", .post),
      ] {
        let response = try await client.execute(uri: uri, method: method, headers: H.headers(json: true), body: H.body("{}"))
        #expect(response.status == .unauthorized, "\(method) \(uri)")
        Self.expectSecurityHeaders(response, "401 for \(uri)")
      }
      let wrong = try await client.execute(uri: "/api/flags", method: .get, headers: H.headers(token: "not-a-token"))
      #expect(wrong.status == .unauthorized)
      #expect((try H.json(wrong) as? [String: Any])?["error"] != nil)
      for uri in ["/pair", "/static/app.css", "/favicon.ico"] {
        let open = try await client.execute(uri: uri, method: .get, headers: H.headers())
        #expect(open.status == .ok, "\(uri)")
        Self.expectSecurityHeaders(open, uri)
      }
    }
  }

  @Test func aForgedHostIsRefusedEvenWithAToken() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      for host in ["evil.example:8765", "127.0.0.1:9999", "attacker.example"] {
        let response = try await client.execute(uri: "/api/flags", method: .get, headers: H.headers(token: token, host: host))
        #expect(response.status == .forbidden, "\(host)")
        Self.expectSecurityHeaders(response, "403 for Host \(host)")
      }
      let pairing = try await client.execute(uri: "/pair", method: .get, headers: H.headers(host: "evil.example"))
      #expect(pairing.status == .forbidden)
      let served = try await client.execute(uri: "/api/flags", method: .get, headers: H.headers(token: token, host: "localhost:8765"))
      #expect(served.status == .ok)
    }
  }

  @Test func aCookieSessionNeedsTheCSRFTokenToChangeAnything() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let body = #"{"term": "tired", "severity": "mild"}"#
      let missing = try await client.execute(
        uri: "/api/entries", method: .post, headers: H.headers(cookie: token, json: true), body: H.body(body))
      #expect(missing.status == .forbidden)
      let forged = try await client.execute(
        uri: "/api/entries", method: .post, headers: H.headers(cookie: token, csrf: String(repeating: "0", count: 64), json: true),
        body: H.body(body))
      #expect(forged.status == .forbidden)
      #expect(try harness.entries().isEmpty, "refused requests write nothing")
      let withToken = try await client.execute(
        uri: "/api/entries", method: .post, headers: H.headers(cookie: token, csrf: harness.csrf(token), json: true),
        body: H.body(body))
      #expect(withToken.status == .created)
      let bearer = try await client.execute(
        uri: "/api/entries", method: .post, headers: H.headers(token: token, json: true), body: H.body(body))
      #expect(bearer.status == .created, "Bearer requests need no CSRF token")
      let reading = try await client.execute(uri: "/api/entries", method: .get, headers: H.headers(cookie: token))
      #expect(reading.status == .ok, "reading needs no CSRF token")
      #expect(try harness.entries().count == 2)
    }
  }

  @Test func aFormWithoutItsCSRFFieldIsRefused() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      var headers = H.headers(cookie: token)
      headers[.contentType] = "application/x-www-form-urlencoded"
      let refused = try await client.execute(uri: "/log", method: .post, headers: headers, body: H.body("term=tired&severity=1"))
      #expect(refused.status == .forbidden)
      let accepted = try await client.execute(
        uri: "/log", method: .post, headers: headers, body: H.body("csrf=\(harness.csrf(token))&term=tired&severity=1"))
      #expect(accepted.status == .created)
      #expect(try harness.entries().count == 1)
    }
  }

  @Test func bodiesOver64KiBAreRefusedAndWriteNothing() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let note = String(repeating: "a", count: 64 * 1024)
      let response = try await client.execute(
        uri: "/api/entries", method: .post, headers: H.headers(token: token, json: true),
        body: H.body(#"{"term": "note", "note": "\#(note)"}"#))
      #expect(response.status == .contentTooLarge)
      Self.expectSecurityHeaders(response, "413")
      #expect((try H.json(response) as? [String: Any])?["error"] as? String == "The request is larger than 64 KiB, so nothing was saved.")
      #expect(try harness.entries().isEmpty)
    }
  }

  @Test func unknownPathsAre404WithTheHeaders() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let response = try await client.execute(uri: "/api/nothing", method: .get, headers: H.headers(token: token))
      #expect(response.status == .notFound)
      Self.expectSecurityHeaders(response, "404")
      let ok = try await client.execute(uri: "/", method: .get, headers: H.headers(token: token))
      #expect(ok.status == .ok)
      Self.expectSecurityHeaders(ok, "200")
    }
  }
}
