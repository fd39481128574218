import Testing

@testable import CarelogCore

struct LocalDateTests {
  /// Leap years by the Gregorian rule, written here independently of `LocalDate`.
  private func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  private func daysIn(_ month: Int, _ year: Int) -> Int {
    [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  }

  private func isoText(_ year: Int, _ month: Int, _ day: Int) -> String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: width - digits.count) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  @Test func everyDayFrom1600To2400MatchesAnIndependentCalendarAndRoundTrips() {
    // Given a day counter started at 1600-01-01, counted back from 1970-01-01 (day 0) by whole years
    var dayNumber = 0
    for year in 1600..<1970 { dayNumber -= isLeap(year) ? 366 : 365 }
    var failures = 0
    // When every calendar day up to 2400-12-31 is built, printed and parsed back
    for year in 1600...2400 {
      for month in 1...12 {
        for day in 1...daysIn(month, year) {
          let text = isoText(year, month, day)
          let built = LocalDate(year: year, month: month, day: day)
          let parsed = LocalDate(iso: text)
          let fromNumber = LocalDate(dayNumber: dayNumber)
          // Then each form agrees with the independent count and with each other
          if built?.dayNumber != dayNumber || parsed != built || fromNumber.description != text
            || fromNumber.components != (year, month, day)
          {
            failures += 1
            if failures <= 5 {
              Issue.record("\(text): built \(String(describing: built?.dayNumber)), expected day \(dayNumber), printed \(fromNumber)")
            }
          }
          dayNumber += 1
        }
      }
    }
    #expect(failures == 0)
  }

  @Test func dayNumbersAcrossTheWholeSupportedRangeRoundTripThroughText() {
    // Given day numbers from 0001-01-01 to 9999-12-31, sampled every 97 days, plus both ends
    let first = LocalDate(year: 1, month: 1, day: 1)!.dayNumber
    let last = LocalDate(year: 9999, month: 12, day: 31)!.dayNumber
    var failures: [Int] = []
    for number in Array(stride(from: first, through: last, by: 97)) + [first, last] {
      // When the date is printed and parsed back
      let date = LocalDate(dayNumber: number)
      let again = LocalDate(iso: date.description)
      // Then it is the same day, and the next day is one more
      if again != date || date.adding(days: 1).days(since: date) != 1 { failures.append(number) }
    }
    #expect(failures.isEmpty, "day numbers that did not round trip: \(failures.prefix(5))")
    #expect(LocalDate(dayNumber: first).description == "0001-01-01")
    #expect(LocalDate(dayNumber: last).description == "9999-12-31")
  }

  @Test(arguments: [
    ("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29), ("1970-01-01", 1970, 1, 1),
    ("2026-11-26", 2026, 11, 26), ("1969-12-31", 1969, 12, 31), ("2026-12-31", 2026, 12, 31),
  ])
  func validISODatesParse(text: String, year: Int, month: Int, day: Int) throws {
    // Given a real calendar day written YYYY-MM-DD
    // When it is parsed
    let date = try #require(LocalDate(iso: text))
    // Then its parts and its text are the same day
    #expect(date.components == (year, month, day))
    #expect(date.description == text)
  }

  @Test(arguments: [
    "2023-02-29", "1900-02-29", "2100-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10",
    "2026-01-00", "2026-01-32", "2026-1-5", "26-01-05", "20260105", "2026/01/05", "2026-01-05 ", " 2026-01-05",
    "2026-01-05T10:00", "0000-01-01", "+026-01-05", "2026--1-05", "２０２６-01-05", "", "today",
  ])
  func invalidISODatesAreRejected(text: String) {
    // Given text that is not an existing YYYY-MM-DD day
    // When it is parsed
    // Then there is no date
    #expect(LocalDate(iso: text) == nil)
  }

  @Test func impossibleDayPartsAreRejected() {
    // Given year, month and day parts naming no day
    // When a date is built from them
    // Then there is none
    #expect(LocalDate(year: 2023, month: 2, day: 29) == nil)
    #expect(LocalDate(year: 2026, month: 13, day: 1) == nil)
    #expect(LocalDate(year: 2026, month: 0, day: 10) == nil)
    #expect(LocalDate(year: 2026, month: 6, day: 31) == nil)
    #expect(LocalDate(year: 0, month: 1, day: 1) == nil)
    #expect(LocalDate(year: 10000, month: 1, day: 1) == nil)
    #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
  }

  @Test(arguments: [
    ("2026-11-26", 4), ("1970-01-01", 4), ("1969-12-31", 3), ("2000-01-01", 6), ("2024-02-29", 4),
    ("1900-01-01", 1), ("2026-11-22", 0), ("2026-11-23", 1), ("2026-11-28", 6), ("1600-03-01", 3),
  ])
  func weekdayOfKnownDates(text: String, weekday: Int) throws {
    // Given a day whose weekday is known (0 = Sunday … 6 = Saturday)
    let date = try #require(LocalDate(iso: text))
    // When its weekday is asked
    // Then it is the known one
    #expect(date.weekday == weekday)
  }

  @Test func weekdaysFollowEachOtherForManyDays() {
    // Given 2026-11-26, a Thursday
    let thursday = LocalDate(year: 2026, month: 11, day: 26)!
    // When stepping a day at a time back and forward across many years
    // Then the weekday advances by one each day, modulo 7
    for offset in -100_000...100_000 where offset % 13 == 0 {
      let day = thursday.adding(days: offset)
      #expect(day.weekday == ((4 + offset) % 7 + 7) % 7, "\(day)")
    }
  }

  @Test func ageAroundABirthday() throws {
    // Given a child born on 2010-05-15
    let born = try #require(LocalDate(iso: "2010-05-15"))
    // When the age is counted on the days around the 16th birthday
    // Then it changes on the birthday itself, not before
    #expect(LocalDate(iso: "2026-05-14")!.years(since: born) == 15)
    #expect(LocalDate(iso: "2026-05-15")!.years(since: born) == 16)
    #expect(LocalDate(iso: "2026-05-16")!.years(since: born) == 16)
    #expect(LocalDate(iso: "2026-04-30")!.years(since: born) == 15)
    #expect(LocalDate(iso: "2026-12-31")!.years(since: born) == 16)
    #expect(born.years(since: born) == 0)
    #expect(LocalDate(iso: "2011-05-14")!.years(since: born) == 0)
    #expect(LocalDate(iso: "2011-05-15")!.years(since: born) == 1)
  }

  @Test func ageOfSomeoneBornOnALeapDay() throws {
    // Given someone born on 2016-02-29
    let born = try #require(LocalDate(iso: "2016-02-29"))
    // When the age is counted around 1 March in a non-leap year and on a leap day
    // Then the birthday counts from 1 March in common years and from 29 February in leap years
    #expect(LocalDate(iso: "2026-02-28")!.years(since: born) == 9)
    #expect(LocalDate(iso: "2026-03-01")!.years(since: born) == 10)
    #expect(LocalDate(iso: "2028-02-28")!.years(since: born) == 11)
    #expect(LocalDate(iso: "2028-02-29")!.years(since: born) == 12)
  }

  @Test func dayArithmeticAndOrdering() throws {
    // Given two days across a leap day
    let before = try #require(LocalDate(iso: "2024-02-28"))
    let after = try #require(LocalDate(iso: "2024-03-01"))
    // When they are compared and counted
    // Then the leap day lies between them
    #expect(after.days(since: before) == 2)
    #expect(before.adding(days: 1).description == "2024-02-29")
    #expect(after.adding(days: -366).description == "2023-03-01")
    #expect(before < after)
    #expect(!(after < before))
  }
}
