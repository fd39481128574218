import CarelogCore
import CarelogJournal
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CarelogServer

/// Doses and blood counts on the Today page: the same use cases as `carelog took`/`missed` and `carelog log anc`.
struct DosePageTests {
  typealias H = ServerHarness

  static func scheduled() throws -> H {
    let harness = try H()
    let schedule = DoseSchedule(every: .day, at: TimeOfDay(hour: 8, minute: 0))
    _ = try harness.journal.addMedicine(
      Medicine(profileID: 0, name: "mercaptopurine", dose: "50 mg", schedule: schedule, from: H.today.adding(days: -1)),
      today: H.today)
    return harness
  }

  static func doses(_ harness: H) throws -> DoseTally {
    try #require(try harness.journal.doseTallies(since: H.today.adding(days: -1), asOf: H.today).tallies.first)
  }

  @Test func todayListsTheDosesDueAndATapRecordsOne() async throws {
    let harness = try Self.scheduled()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let page = H.text(try await client.execute(uri: "/", method: .get, headers: H.headers(cookie: token)))
      #expect(page.contains("Mercaptopurine (6-MP), 50 mg, due yesterday at 08:00"))
      #expect(page.contains("Mercaptopurine (6-MP), 50 mg, due today at 08:00"))
      let taken = try await client.execute(
        uri: "/dose", method: .post, headers: PageTests.form(token),
        body: H.body("csrf=\(harness.csrf(token))&medicine=mercaptopurine&on=2026-11-25&status=taken"))
      #expect(taken.status == .created)
      #expect(H.text(taken).contains("dose due on 2026-11-25 was taken"))
      #expect(!H.text(taken).contains("due yesterday at 08:00"), "a recorded dose is no longer asked about")
      let held = try await client.execute(
        uri: "/dose", method: .post, headers: PageTests.form(token),
        body: H.body("csrf=\(harness.csrf(token))&medicine=6-mp&on=2026-11-26&status=held"))
      #expect(held.status == .created)
      let tally = try Self.doses(harness)
      #expect((tally.taken, tally.held, tally.notRecorded) == (1, 1, 0))
    }
  }

  @Test func aDoseThatWasNotDueOrIsRecordedTwiceIsRefusedAndNothingIsWritten() async throws {
    let harness = try Self.scheduled()
    try await harness.test { client in
      let token = try await harness.pair(client)
      for body in [
        "medicine=mercaptopurine&on=2026-11-20&status=taken",  // before the schedule began
        "medicine=mercaptopurine&on=2026-11-27&status=taken",  // tomorrow
        "medicine=vincristine&on=2026-11-26&status=taken",  // not on the schedule
        "medicine=mercaptopurine&on=2026-11-26&status=maybe",
      ] {
        let refused = try await client.execute(
          uri: "/dose", method: .post, headers: PageTests.form(token), body: H.body("csrf=\(harness.csrf(token))&\(body)"))
        #expect(refused.status == .badRequest, "\(body)")
        #expect(H.text(refused).contains("class=\"error\""), "\(body)")
      }
      #expect(try Self.doses(harness).notRecorded == 2)
      let withoutCSRF = try await client.execute(
        uri: "/dose", method: .post, headers: PageTests.form(token), body: H.body("medicine=mercaptopurine&on=2026-11-26&status=taken"))
      #expect(withoutCSRF.status == .forbidden)
      #expect(try Self.doses(harness).notRecorded == 2)
    }
  }

  @Test func aBloodCountFromTheClinicIsLoggedFromToday() async throws {
    let harness = try H()
    try await harness.test { client in
      let token = try await harness.pair(client)
      let logged = try await client.execute(
        uri: "/log", method: .post, headers: PageTests.form(token),
        body: H.body("csrf=\(harness.csrf(token))&term=anc&value=0.4&unit=x10%5E9%2FL&on=2026-11-26&at=11%3A00"))
      #expect(logged.status == .created)
      #expect(H.text(logged).contains("Low blood count"))
      let refused = try await client.execute(
        uri: "/log", method: .post, headers: PageTests.form(token),
        body: H.body("csrf=\(harness.csrf(token))&term=platelets&value=90000&unit=x10%5E9%2FL"))
      #expect(refused.status == .badRequest)
      #expect(try harness.entries().map(\.kind) == [.anc])
    }
  }
}
