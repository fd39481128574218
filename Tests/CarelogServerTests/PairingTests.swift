import CarelogCore
import CarelogJournal
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CarelogServer

/// Pairing: a one-time code, valid 10 minutes, locked after 5 wrong codes; a long token kept only as a hash.
struct PairingTests {
  typealias H = ServerHarness

  @Test func pairingReturnsALongTokenAndAStrictCookieAndKeepsOnlyItsHash() async throws {
    let harness = try H()
    try await harness.test { client in
      let response = try await client.execute(
        uri: "/api/pair", method: .post, headers: H.headers(json: true),
        body: H.body(#"{"code": "\#(harness.code)", "device": "Anna's phone", "reporter": "Anna", "role": "caregiver"}"#))
      #expect(response.status == .created)
      let token = try #require((try H.json(response) as? [String: Any])?["token"] as? String)
      #expect(token.count >= 22)  // 128 bits or more in base64
      let cookie = try #require(response.headers[.setCookie])
      #expect(cookie.hasPrefix("carelog_device=\(token);"))
      #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
      #expect(!cookie.contains("Secure"), "no TLS, so no Secure flag")
      // Given the token, the journal finds the device by its hash, and the file never holds the token itself.
      let device = try #require(try harness.journal.device(tokenHash: DeviceToken.hash(token)))
      #expect(device.name == "Anna's phone" && device.reporter == Reporter(name: "Anna", role: .caregiver))
      let bytes = try Data(contentsOf: URL(fileURLWithPath: harness.journal.path))
        + ((try? Data(contentsOf: URL(fileURLWithPath: harness.journal.path + "-wal"))) ?? Data())
      #expect(bytes.range(of: Data(token.utf8)) == nil)
      #expect(bytes.range(of: Data(DeviceToken.hash(token).utf8)) != nil)
    }
  }

  @Test func underTLSTheCookieIsSecure() async throws {
    let harness = try H(secure: true)
    try await harness.test { client in
      let response = try await client.execute(
        uri: "/api/pair", method: .post, headers: H.headers(json: true),
        body: H.body(#"{"code": "\#(harness.code)", "device": "Tablet", "reporter": "Anna"}"#))
      #expect(response.status == .created)
      #expect(response.headers[.setCookie]?.contains("Secure") == true)
    }
  }

  @Test func aCodeWorksOnce() async throws {
    let harness = try H()
    try await harness.test { client in
      _ = try await harness.pair(client)
      let again = try await client.execute(
        uri: "/api/pair", method: .post, headers: H.headers(json: true),
        body: H.body(#"{"code": "\#(harness.code)", "device": "Second", "reporter": "Marco"}"#))
      #expect(again.status == .unauthorized)
      #expect(try harness.journal.devices().map(\.name) == ["Anna's phone"])
    }
  }

  @Test func aCodeExpiresAfterTenMinutes() async throws {
    let harness = try H()
    harness.seconds.value.withLock { $0 += 601 }
    try await harness.test { client in
      let response = try await client.execute(
        uri: "/api/pair", method: .post, headers: H.headers(json: true),
        body: H.body(#"{"code": "\#(harness.code)", "device": "Late", "reporter": "Anna"}"#))
      #expect(response.status == .unauthorized)
      #expect(H.text(response).contains("expired"))
      #expect(try harness.journal.devices().isEmpty)
    }
  }

  @Test func fiveWrongCodesLockPairingUntilANewCode() async throws {
    let harness = try H()
    try await harness.test { client in
      for attempt in 1...5 {
        let response = try await client.execute(
          uri: "/api/pair", method: .post, headers: H.headers(json: true),
          body: H.body(#"{"code": "AAAA-AAAA", "device": "Guess", "reporter": "Eve"}"#))
        #expect(response.status == (attempt < 5 ? .unauthorized : .tooManyRequests))
      }
      let right = try await client.execute(
        uri: "/api/pair", method: .post, headers: H.headers(json: true),
        body: H.body(#"{"code": "\#(harness.code)", "device": "Anna's phone", "reporter": "Anna"}"#))
      #expect(right.status == .tooManyRequests, "the right code is refused while locked")
      let fresh = harness.state.pairing.newCode()
      let unlocked = try await client.execute(
        uri: "/api/pair", method: .post, headers: H.headers(json: true),
        body: H.body(#"{"code": "\#(fresh)", "device": "Anna's phone", "reporter": "Anna"}"#))
      #expect(unlocked.status == .created)
    }
  }

  @Test func missingFieldsAreRefusedWithoutUsingTheCode() async throws {
    let harness = try H()
    try await harness.test { client in
      let response = try await client.execute(
        uri: "/api/pair", method: .post, headers: H.headers(json: true), body: H.body(#"{"code": "\#(harness.code)"}"#))
      #expect(response.status == .badRequest)
      #expect((try H.json(response) as? [String: Any])?["error"] as? String == "Give this device a name, for example Anna's phone.")
      _ = try await harness.pair(client)  // the code still works
    }
  }

  @Test func aDeviceNameInUseIsRefusedWithoutUsingTheCode() async throws {
    let harness = try H()
    try await harness.test { client in
      _ = try await harness.pair(client)
      let fresh = harness.state.pairing.newCode()
      let taken = try await client.execute(
        uri: "/api/pair", method: .post, headers: H.headers(json: true),
        body: H.body(#"{"code": "\#(fresh)", "device": "ANNA'S PHONE", "reporter": "Anna"}"#))
      #expect(taken.status == .badRequest)
      let other = try await client.execute(
        uri: "/api/pair", method: .post, headers: H.headers(json: true),
        body: H.body(#"{"code": "\#(fresh)", "device": "Marco's phone", "reporter": "Marco"}"#))
      #expect(other.status == .created)
    }
  }

  @Test func thePairingPageWorksWithoutATokenAndPairsTheBrowser() async throws {
    let harness = try H()
    try await harness.test { client in
      let page = try await client.execute(uri: "/pair?code=\(harness.code)", method: .get, headers: H.headers())
      #expect(page.status == .ok)
      #expect(H.text(page).contains("value=\"\(harness.code)\""))
      var headers = H.headers()
      headers[.contentType] = "application/x-www-form-urlencoded"
      let posted = try await client.execute(
        uri: "/pair", method: .post, headers: headers,
        body: H.body("code=\(harness.code)&device=Anna%27s+laptop&reporter=Anna&role=caregiver"))
      #expect(posted.status == .seeOther)
      #expect(posted.headers[.setCookie]?.hasPrefix("carelog_device=") == true)
      #expect(try harness.journal.devices().map(\.name) == ["Anna's laptop"])
    }
  }

  @Test func eachDevicesLastUseIsNoted() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      #expect(try harness.journal.devices().first?.lastUsedAt == nil)
      _ = try await client.execute(uri: "/api/profiles", method: .get, headers: H.headers(token: token))
      #expect(try harness.journal.devices().first?.lastUsedAt == H.clock.now)
    }
  }

  @Test func revokingADeviceEndsItAtOnce() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let before = try await client.execute(uri: "/api/profiles", method: .get, headers: H.headers(token: token))
      #expect(before.status == .ok)
      _ = try harness.journal.revokeDevice(named: "anna's PHONE")
      let after = try await client.execute(uri: "/api/profiles", method: .get, headers: H.headers(token: token))
      #expect(after.status == .unauthorized)
    }
  }
}
