import CarelogCore
import Testing

struct TimeOfDayTests {
  @Test(arguments: [
    ("21:30", "21:30"), ("9pm", "21:00"), ("9 PM", "21:00"), ("12am", "00:00"), ("12pm", "12:00"),
    ("9:15am", "09:15"), ("12:30am", "00:30"), ("11:59pm", "23:59"), ("1am", "01:00"), ("00:00", "00:00"),
    ("23:59", "23:59"), ("7:05", "07:05"), ("07:05", "07:05"),
  ])
  func acceptedTimes(text: String, expected: String) throws {
    // Given a time of day as typed
    // When it is parsed
    let time = try #require(TimeOfDay(parsing: text))
    // Then it is stored as that HH:MM
    #expect(time.description == expected)
  }

  @Test func minutesSinceMidnight() throws {
    // Given times on either side of noon
    // When they are parsed
    // Then their minutes since midnight are exact
    #expect(try #require(TimeOfDay(parsing: "21:30")).minutes == 21 * 60 + 30)
    #expect(try #require(TimeOfDay(parsing: "12am")).minutes == 0)
    #expect(try #require(TimeOfDay(parsing: "12pm")).minutes == 12 * 60)
    #expect(try #require(TimeOfDay(parsing: "9:15am")).minutes == 9 * 60 + 15)
  }

  @Test(arguments: [
    "25:00", "24:00", "9:5", "13pm", "0am", "0pm", "", "abc", "12:60", "9", "21", ":30", "21:", "21:30:00",
    "9:15xm", "-1:00", "9.30", "123:00", "noon", "pm",
  ])
  func rejectedTimes(text: String) {
    // Given text that is not a time of day
    // When it is parsed
    // Then there is no time
    #expect(TimeOfDay(parsing: text) == nil)
  }

  @Test func everyMinuteOfTheDayRoundTrips() throws {
    // Given every minute of a day
    for minutes in 0..<(24 * 60) {
      let time = try #require(TimeOfDay(hour: minutes / 60, minute: minutes % 60))
      // When it is printed and parsed back
      // Then it is the same minute
      #expect(TimeOfDay(parsing: time.description) == time)
    }
  }
}
