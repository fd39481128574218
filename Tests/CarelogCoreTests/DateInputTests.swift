import CarelogCore
import Testing

struct DateInputTests {
  /// Thursday 26 November 2026.
  let today = LocalDate(year: 2026, month: 11, day: 26)!

  @Test func todayIsAThursday() {
    // Given the fixed "today" the other tests count from
    // When its weekday is asked
    // Then it is Thursday, so the weekday expectations below hold
    #expect(today.weekday == 4)
  }

  @Test(arguments: [
    ("today", "2026-11-26"), ("Today", "2026-11-26"), ("yesterday", "2026-11-25"),
    ("3 days ago", "2026-11-23"), ("1 day ago", "2026-11-25"), ("0 days ago", "2026-11-26"),
    ("  3   days   ago ", "2026-11-23"), ("30 days ago", "2026-10-27"),
    ("monday", "2026-11-23"), ("Mon", "2026-11-23"), ("wednesday", "2026-11-25"),
    ("thursday", "2026-11-19"), ("friday", "2026-11-20"), ("sunday", "2026-11-22"), ("saturday", "2026-11-21"),
    ("2026-11-02", "2026-11-02"), ("2026-11-26", "2026-11-26"), ("2024-02-29", "2024-02-29"),
  ])
  func pastDaysResolveFromToday(text: String, expected: String) throws {
    // Given what someone types for a day on Thursday 2026-11-26
    // When it is parsed
    let day = try DateInput.parse(text, today: today)
    // Then it is the day they meant
    #expect(day.description == expected)
  }

  @Test(arguments: [("last tuesday", "2026-11-24", "2026-11-17"), ("Last Thu", "2026-11-19", "2026-11-12")])
  func lastWeekdayIsRefusedWithBothDays(text: String, recent: String, earlier: String) throws {
    // Given "last WEEKDAY" on Thursday 2026-11-26, which people read two ways
    // When it is parsed
    let error = expectCarelogError(.usage, text) { try DateInput.parse(text, today: today) }
    // Then carelog does not pick one: it names both dates
    #expect(error?.message.contains(recent) == true)
    #expect(error?.message.contains(earlier) == true)
  }

  @Test func aWeekdayNameIsAlwaysStrictlyBeforeToday() throws {
    // Given each day of one week as "today" and each weekday name
    let names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    for offset in 0..<7 {
      let day = today.adding(days: offset)
      for (index, name) in names.enumerated() {
        // When the weekday name is parsed
        let resolved = try DateInput.parse(name, today: day)
        // Then it is that weekday, within the 7 days before today
        #expect(resolved.weekday == index, "\(name) on \(day)")
        #expect(resolved < day && day.days(since: resolved) <= 7, "\(name) on \(day) gave \(resolved)")
      }
    }
  }

  @Test(arguments: ["tomorrow", "in 7 days", "in 1 day", "2026-12-03", "2026-11-27", "2027-01-01"])
  func futureDaysAreRejectedForEntries(text: String) {
    // Given a day after today
    // When it is parsed for an entry (no allowFuture)
    // Then it is refused rather than stored
    let error = expectCarelogError(.badData, text) { try DateInput.parse(text, today: today) }
    #expect(error?.message.contains("future") == true)
  }

  @Test(arguments: [
    ("tomorrow", "2026-11-27"), ("in 7 days", "2026-12-03"), ("in 1 day", "2026-11-27"),
    ("2026-12-03", "2026-12-03"), ("today", "2026-11-26"), ("yesterday", "2026-11-25"),
  ])
  func futureDaysAreAllowedForPlannedVisits(text: String, expected: String) throws {
    // Given a planned day
    // When it is parsed with allowFuture
    let day = try DateInput.parse(text, today: today, allowFuture: true)
    // Then it is accepted as that day
    #expect(day.description == expected)
  }

  @Test(arguments: [
    "2013-11-30 15:42:", "May 16", "", "   ", "now-ish", "2026-11-26 10:00", "2026-11-26T10:00",
    "3 weeks ago", "a few days ago", "three days ago", "-3 days ago", "3 days", "days ago", "last",
    "last week", "next monday", "2026-02-30", "2026-1-5", "100000 days ago", "in 100000 days", "1e3 days ago",
  ])
  func unreadableDaysAreUsageErrorsListingTheAcceptedForms(text: String) {
    // Given text that names no day unambiguously
    // When it is parsed
    // Then it is a usage error that lists the accepted forms, never a silent fallback to today
    let error = expectCarelogError(.usage, "\"\(text)\"") { try DateInput.parse(text, today: today, allowFuture: true) }
    #expect(error?.message.contains(DateInput.acceptedForms) == true, "\(error?.message ?? "")")
  }

  @Test(arguments: ["26/06/2015", "03/04", "11/26", "2026/11/26"])
  func slashedDatesAreUsageErrorsListingTheAcceptedForms(text: String) {
    // Given a day written with slashes, which could mean two different days
    // When it is parsed
    // Then it is a usage error that lists the accepted forms (DateInput.acceptedForms promises to be
    // "shown in every date error")
    let error = expectCarelogError(.usage, "\"\(text)\"") { try DateInput.parse(text, today: today) }
    #expect(error?.message.contains(DateInput.acceptedForms) == true, "\(error?.message ?? "")")
  }

  @Test func anAbsurdlyLargeCountOfDaysAgoIsRejected() {
    // Given "99999 days ago" (a typo, 274 years back, long before anyone's birth)
    // When it is parsed
    // Then it is a usage error listing the accepted forms, not a day in 1753
    let error = expectCarelogError(.usage, "\"99999 days ago\"") { try DateInput.parse("99999 days ago", today: today) }
    #expect(error?.message.contains(DateInput.acceptedForms) == true)
  }

  @Test func noUnreadableInputSilentlyBecomesToday() {
    // Given the jrnl trap inputs, which jrnl once stored as "now"
    let traps = ["2013-11-30 15:42:", "26/06/2015", "03/04", "May 16", "", "now-ish", "99999 days ago"]
    for text in traps {
      // When each is parsed, with and without allowFuture
      for allowFuture in [false, true] {
        // Then none comes back as today
        let result = try? DateInput.parse(text, today: today, allowFuture: allowFuture)
        #expect(result != today, "\"\(text)\" became today")
      }
    }
  }
}
