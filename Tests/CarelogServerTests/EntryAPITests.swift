import CarelogCore
import CarelogJournal
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CarelogServer

/// `/api/entries`: the `list --json` shape, the flags an entry raised, the CLI's own messages, retries.
struct EntryAPITests {
  typealias H = ServerHarness

  @Test func aFeverOnTreatmentIsRecordedAndRaisesTheUrgentFlag() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let response = try await client.execute(
        uri: "/api/entries", method: .post, headers: H.headers(token: token, json: true),
        body: H.body(#"{"term": "temperature", "value": 38.6, "at": "09:30", "note": "after school"}"#))
      #expect(response.status == .created)
      let object = try #require(try H.json(response) as? [String: Any])
      let entry = try #require(try harness.entries().first)
      // The same keys, in the same order, as list --json, then the flags.
      let expected = JSONText.object(EntryFields.listed(entry, profile: "Leo")).rendered()
      let withoutFlags = try JSONSerialization.jsonObject(with: Data(expected.utf8)) as? [String: Any]
      #expect(Set(object.keys) == Set((withoutFlags ?? [:]).keys).union(["flags"]))
      #expect(object["id"] as? String == entry.id.rawValue)
      #expect(object["reporter"] as? String == "Anna" && object["reporter_role"] as? String == "caregiver")
      let flags = try #require(object["flags"] as? [[String: Any]])
      #expect(flags.contains { $0["rule"] as? String == "fever-on-treatment" && $0["level"] as? String == "urgent" })
    }
  }

  @Test func badInputGetsTheCommandLinesMessageAndWritesNothing() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let cases: [(String, String)] = [
        (#"{"term": "tired", "severity": "awful"}"#, "\"awful\" is not a severity."),
        (#"{"term": "temperature", "value": "55"}"#, "30"),
        (#"{"term": "tierd"}"#, "tierd"),
        (#"{"term": "tired", "on": "2030-01-01"}"#, "future"),
        (#"{"term": "tired", "role": "boss"}"#, "role is self or caregiver."),
        (#"{"severity": "mild"}"#, "Say what to record"),
        (#"["tired"]"#, "JSON object"),
        (#"{"term": ["tired"]}"#, "term must be text"),
      ]
      for (body, words) in cases {
        let response = try await client.execute(
          uri: "/api/entries", method: .post, headers: H.headers(token: token, json: true), body: H.body(body))
        #expect(response.status == .badRequest, "\(body)")
        let message = (try? H.json(response) as? [String: Any])?["error"] as? String ?? ""
        #expect(message.contains(words), "\(body): \(message)")
      }
      #expect(try harness.entries().isEmpty)
    }
  }

  @Test func theMessageIsTheCommandLinesOwn() async throws {
    let harness = try H()
    let cli = try #require(throws: LogFieldError.self) {
      try CheckedLog(LogInput(term: "tired", severity: "awful"), choice: harness.journal.choice)
    }
    try await harness.test { client in
      let token = try await harness.pair(client)
      let response = try await client.execute(
        uri: "/api/entries", method: .post, headers: H.headers(token: token, json: true),
        body: H.body(#"{"term": "tired", "severity": "awful"}"#))
      #expect((try H.json(response) as? [String: Any])?["error"] as? String == cli.error.message)
    }
  }

  @Test func aRetryWithTheSameIdempotencyKeyCreatesOneEntry() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      var headers = H.headers(token: token, json: true)
      headers[HTTPField.Name("Idempotency-Key")!] = "retry-1"
      let first = try await client.execute(uri: "/api/entries", method: .post, headers: headers, body: H.body(#"{"term": "tired"}"#))
      let second = try await client.execute(uri: "/api/entries", method: .post, headers: headers, body: H.body(#"{"term": "tired"}"#))
      #expect(first.status == .created)
      #expect(second.status == .ok)
      let ids = try [first, second].map { try #require((try H.json($0) as? [String: Any])?["id"] as? String) }
      #expect(ids[0] == ids[1])
      #expect(try harness.entries().count == 1)
      headers[HTTPField.Name("Idempotency-Key")!] = "retry-2"
      let other = try await client.execute(uri: "/api/entries", method: .post, headers: headers, body: H.body(#"{"term": "tired"}"#))
      #expect(other.status == .created)
      #expect(try harness.entries().count == 2)
    }
  }

  @Test func listingFiltersByProfileAndDays() async throws {
    let harness = try H(profiles: ["Leo", "Noah"])
    try await harness.test { client in
      let token = try await harness.pair(client)
      for (profile, on) in [("Leo", "2026-11-20"), ("Leo", "2026-11-25"), ("Noah", "2026-11-25")] {
        let response = try await client.execute(
          uri: "/api/entries", method: .post, headers: H.headers(token: token, json: true),
          body: H.body(#"{"profile": "\#(profile)", "term": "tired", "on": "\#(on)"}"#))
        #expect(response.status == .created)
      }
      let leo = try await client.execute(uri: "/api/entries?profile=Leo&since=2026-11-24", method: .get, headers: H.headers(token: token))
      let list = try #require(try H.json(leo) as? [[String: Any]])
      #expect(list.map { $0["occurred_on"] as? String } == ["2026-11-25"])
      #expect(list.map { $0["profile"] as? String } == ["Leo"])
      let noah = try await client.execute(uri: "/api/entries?profile=Noah&until=2026-11-30", method: .get, headers: H.headers(token: token))
      #expect((try H.json(noah) as? [[String: Any]])?.count == 1)
      let bad = try await client.execute(uri: "/api/entries?profile=Zed", method: .get, headers: H.headers(token: token))
      #expect(bad.status == .badRequest)
      let badDay = try await client.execute(uri: "/api/entries?since=soonish", method: .get, headers: H.headers(token: token))
      #expect(badDay.status == .badRequest)
    }
  }

  @Test func patchChangesAnEntryAndKeepsItsHistory() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let created = try await client.execute(
        uri: "/api/entries", method: .post, headers: H.headers(token: token, json: true), body: H.body(#"{"term": "tired", "severity": 1}"#))
      let id = try #require((try H.json(created) as? [String: Any])?["id"] as? String)
      let patched = try await client.execute(
        uri: "/api/entries/\(id)", method: .patch, headers: H.headers(token: token, json: true), body: H.body(#"{"severity": "severe"}"#))
      #expect(patched.status == .ok)
      #expect((try H.json(patched) as? [String: Any])?["severity_label"] as? String == "severe")
      #expect(try harness.journal.history(id).versions.count == 2)
      let empty = try await client.execute(
        uri: "/api/entries/\(id)", method: .patch, headers: H.headers(token: token, json: true), body: H.body("{}"))
      #expect(empty.status == .badRequest)
      let bad = try await client.execute(
        uri: "/api/entries/\(id)", method: .patch, headers: H.headers(token: token, json: true), body: H.body(#"{"severity": "awful"}"#))
      #expect(bad.status == .badRequest)
      let missing = try await client.execute(
        uri: "/api/entries/00000000-0000-4000-8000-000000000000", method: .patch, headers: H.headers(token: token, json: true),
        body: H.body(#"{"severity": "mild"}"#))
      #expect(missing.status == .notFound)
    }
  }

  @Test func deleteRemovesAnEntryOnce() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let created = try await client.execute(
        uri: "/api/entries", method: .post, headers: H.headers(token: token, json: true), body: H.body(#"{"term": "tired"}"#))
      let id = try #require((try H.json(created) as? [String: Any])?["id"] as? String)
      let deleted = try await client.execute(uri: "/api/entries/\(id)", method: .delete, headers: H.headers(token: token))
      #expect(deleted.status == .noContent)
      #expect(try harness.entries().isEmpty)
      let again = try await client.execute(uri: "/api/entries/\(id)", method: .delete, headers: H.headers(token: token))
      #expect(again.status == .notFound)
      let notAnID = try await client.execute(uri: "/api/entries/abc", method: .delete, headers: H.headers(token: token))
      #expect(notAnID.status == .notFound)
    }
  }
}
