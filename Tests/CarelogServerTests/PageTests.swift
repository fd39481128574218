import CarelogCore
import CarelogJournal
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CarelogServer

/// The pages: plain forms that work without JavaScript, errors beside the field, escaping by default.
struct PageTests {
  typealias H = ServerHarness

  static func form(_ token: String) -> HTTPFields {
    var headers = H.headers(cookie: token)
    headers[.contentType] = "application/x-www-form-urlencoded"
    return headers
  }

  @Test func todayHasLabelledInputsAndTheCSRFField() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let page = try await client.execute(uri: "/", method: .get, headers: H.headers(cookie: token))
      #expect(page.status == .ok)
      let html = H.text(page)
      #expect(html.contains("name=\"csrf\" value=\"\(harness.csrf(token))\""))
      for id in ["other", "value", "unit", "on", "at", "by", "note"] {
        #expect(html.contains("<label for=\"\(id)\""), "a label for \(id)")
      }
      #expect(html.contains("value=\"2026-11-26\"") && html.contains("value=\"12:00\""), "day and time default to now")
      #expect(html.contains("name=\"viewport\""))
    }
  }

  @Test func loggingAFeverFromTodayShowsTheUrgentPromptAtOnce() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let response = try await client.execute(
        uri: "/log", method: .post, headers: Self.form(token),
        body: H.body("csrf=\(harness.csrf(token))&term=temperature&value=38.6&unit=C&on=2026-11-26&at=11%3A30&by=Anna&note="))
      #expect(response.status == .created)
      let html = H.text(response)
      #expect(html.contains("class=\"flag urgent\""))
      #expect(html.contains("Call now:"))
      #expect(try harness.entries().map(\.value) == [38.6])
    }
  }

  @Test func searchOffersWhatCarelogSymptomsFindsAndANewSymptomNeedsItsBox() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let found = H.text(try await client.execute(uri: "/?search=bruis", method: .get, headers: H.headers(cookie: token)))
      let matches = try harness.journal.searchSymptoms("bruis").catalog
      #expect(matches.contains { $0.term == "easy-bruising" })
      for symptom in matches {
        #expect(found.contains("name=\"term\" value=\"\(symptom.term)\""), "\(symptom.term)")
      }
      let none = H.text(try await client.execute(uri: "/?search=zzzqq", method: .get, headers: H.headers(cookie: token)))
      #expect(none.contains("No symptom matches &quot;zzzqq&quot;"))
      let refused = try await client.execute(
        uri: "/log", method: .post, headers: Self.form(token), body: H.body("csrf=\(harness.csrf(token))&other=eye+twitch"))
      #expect(refused.status == .badRequest)
      #expect(try harness.entries().isEmpty)
      let recorded = try await client.execute(
        uri: "/log", method: .post, headers: Self.form(token), body: H.body("csrf=\(harness.csrf(token))&other=eye+twitch&new=yes"))
      #expect(recorded.status == .created)
      #expect(try harness.entries().map(\.term) == ["eye-twitch"])
      let own = H.text(try await client.execute(uri: "/?search=twitch", method: .get, headers: H.headers(cookie: token)))
      #expect(own.contains("value=\"eye-twitch\""), "the journal's own symptom is found too")
    }
  }

  @Test func sendingTheFormTwiceRecordsOneEntry() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let page = H.text(try await client.execute(uri: "/", method: .get, headers: H.headers(cookie: token)))
      let start = try #require(page.range(of: "name=\"request\" value=\""))
      let request = String(page[start.upperBound...].prefix { $0 != "\"" })
      #expect(request.count == 36)
      let body = "csrf=\(harness.csrf(token))&request=\(request)&term=tired&severity=2"
      let first = try await client.execute(uri: "/log", method: .post, headers: Self.form(token), body: H.body(body))
      let again = try await client.execute(uri: "/log", method: .post, headers: Self.form(token), body: H.body(body))
      #expect(first.status == .created)
      #expect(again.status == .ok)
      #expect(H.text(again).contains("Already saved"))
      #expect(try harness.entries().count == 1)
    }
  }

  @Test func badInputIsShownBesideItsFieldAndWritesNothing() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let response = try await client.execute(
        uri: "/log", method: .post, headers: Self.form(token),
        body: H.body("csrf=\(harness.csrf(token))&term=tired&severity=1&at=23%3A30&note=%3Cscript%3Ex%3C%2Fscript%3E"))
      #expect(response.status == .badRequest)
      let html = H.text(response)
      #expect(html.contains("later than now"))
      let error = try #require(html.range(of: "later than now"))
      let time = try #require(html.range(of: "id=\"at\""))
      #expect(time.upperBound < error.lowerBound, "the message follows the time field")
      #expect(html.contains("&lt;script&gt;x&lt;/script&gt;") && !html.contains("<script>x"), "what was typed is escaped")
      #expect(try harness.entries().isEmpty)
    }
  }

  @Test func entriesCanBeEditedDeletedAndTheirHistoryShown() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      _ = try await client.execute(
        uri: "/log", method: .post, headers: Self.form(token), body: H.body("csrf=\(harness.csrf(token))&term=tired&severity=1"))
      let id = try #require(try harness.entries().first?.id.rawValue)
      let list = try await client.execute(uri: "/entries", method: .get, headers: H.headers(cookie: token))
      #expect(H.text(list).contains("/entries/\(id)/edit"))
      let edited = try await client.execute(
        uri: "/entries/\(id)/edit", method: .post, headers: Self.form(token),
        body: H.body("csrf=\(harness.csrf(token))&severity=severe&value=&on=2026-11-26&at=&note="))
      #expect(edited.status == .seeOther)
      #expect(try harness.entries().first?.severity == .severe)
      let history = try await client.execute(uri: "/entries/\(id)/history", method: .get, headers: H.headers(cookie: token))
      #expect(H.text(history).contains("edited"))
      #expect(H.text(history).contains("What changed: severity: mild → severe"))
      let deleted = try await client.execute(
        uri: "/entries/\(id)/delete", method: .post, headers: Self.form(token), body: H.body("csrf=\(harness.csrf(token))"))
      #expect(deleted.status == .seeOther)
      #expect(try harness.entries().isEmpty)
    }
  }

  @Test func flagsCanBeAcknowledgedFromThePage() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      _ = try await client.execute(
        uri: "/log", method: .post, headers: Self.form(token), body: H.body("csrf=\(harness.csrf(token))&term=fever&value=38.9"))
      let page = try await client.execute(uri: "/flags", method: .get, headers: H.headers(cookie: token))
      #expect(H.text(page).contains("Mark as seen"))
      let id = try #require(try harness.journal.flags(asOf: H.today).flags.first?.id)
      let acked = try await client.execute(
        uri: "/flags/ack", method: .post, headers: Self.form(token),
        body: H.body("csrf=\(harness.csrf(token))&id=\(id.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"))
      #expect(acked.status == .seeOther)
      #expect(try harness.journal.flags(asOf: H.today).flags.first { $0.id == id }?.acknowledged == true)
    }
  }

  @Test func theCheckinSavesItsAnswersTogether() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      _ = try await client.execute(
        uri: "/log", method: .post, headers: Self.form(token), body: H.body("csrf=\(harness.csrf(token))&term=tired&severity=1"))
      let page = try await client.execute(uri: "/checkin", method: .get, headers: H.headers(cookie: token))
      #expect(H.text(page).contains("name=\"q-fatigue\""))
      let refused = try await client.execute(
        uri: "/checkin", method: .post, headers: Self.form(token),
        body: H.body("csrf=\(harness.csrf(token))&q-fatigue=2&temperature=55&at=08%3A00"))
      #expect(refused.status == .badRequest)
      #expect(try harness.entries().count == 1, "a refused check-in saves none of its answers")
      let saved = try await client.execute(
        uri: "/checkin", method: .post, headers: Self.form(token),
        body: H.body("csrf=\(harness.csrf(token))&q-fatigue=2&temperature=37.1&at=08%3A00&other=headache&other-severity=1&note=ok+day"))
      #expect(saved.status == .created)
      let entries = try harness.entries()
      #expect(entries.count == 5)
      #expect(entries.contains { $0.term == "headache" && $0.severity == .mild })
      #expect(entries.contains { $0.term == "fatigue" && $0.severity == .moderate })
    }
  }

  @Test func theSummaryPageAndTheProfileSwitcher() async throws {
    let harness = try H(profiles: ["Leo", "Noah"])
    try await harness.test { client in
      let token = try await harness.pair(client)
      let today = try await client.execute(uri: "/?profile=Noah", method: .get, headers: H.headers(cookie: token))
      let html = H.text(today)
      #expect(html.contains("<option value=\"Noah\" selected>"))
      #expect(html.contains("action=\"/log?profile=Noah\""))
      let summary = try await client.execute(uri: "/summary?profile=Noah", method: .get, headers: H.headers(cookie: token))
      #expect(summary.status == .ok)
      #expect(H.text(summary).contains("Noah"))
    }
  }
}
