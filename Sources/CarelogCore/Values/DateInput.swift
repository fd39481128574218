/// Turns what people type for a day ("yesterday", "3 days ago", "monday", "2026-11-02") into a date.
/// It never guesses: anything else is an error that lists the accepted forms.
public enum DateInput {
  /// The forms accepted for a day, shown in every date error.
  public static let acceptedForms =
    "a date like 2026-11-02, today, yesterday, \"3 days ago\", or a weekday such as monday (the most recent one)"

  /// "N days ago" beyond a lifetime is a typo, not a date.
  static let maxDaysAgo = 36_600

  private static let weekdays = [
    ["sunday", "sun"], ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"],
    ["thursday", "thu", "thur", "thurs"], ["friday", "fri"], ["saturday", "sat"],
  ]

  /// The day `text` names, counted from `today`. Dates ahead are allowed only when `allowFuture` is set
  /// (a planned visit), in which case `tomorrow` and "in 3 days" are accepted too.
  public static func parse(_ text: String, today: LocalDate, allowFuture: Bool = false) throws -> LocalDate {
    let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    if words.count == 2, words[0] == "last", let weekday = weekdayIndex(words[1]) {
      throw lastWeekdayRefusal(text, mostRecent(weekday, before: today))
    }
    guard let date = resolve(words, today: today) else {
      if text.contains("/") {
        throw CarelogError.usage(
          "\"\(text)\" could mean two different days. Write the date as year-month-day, for example "
            + "\(today.description); carelog accepts \(acceptedForms).")
      }
      throw CarelogError.usage("Cannot read the date \"\(text)\". Use \(acceptedForms).")
    }
    try SupportedDates.check(date, "date")
    if !allowFuture && date > today {
      throw CarelogError.badData(
        "\(date) is in the future. Entries are for things that have happened; use today or an earlier date.")
    }
    return date
  }

  private static func resolve(_ words: [String], today: LocalDate) -> LocalDate? {
    switch words.count {
    case 1:
      let word = words[0]
      if word == "today" || word == "now" { return today }
      if word == "yesterday" { return today.adding(days: -1) }
      if word == "tomorrow" { return today.adding(days: 1) }
      if let weekday = weekdayIndex(word) { return mostRecent(weekday, before: today) }
      return LocalDate(iso: word)
    case 3 where words[2] == "ago" && (words[1] == "days" || words[1] == "day"):
      return count(words[0]).map { today.adding(days: -$0) }
    case 3 where words[0] == "in" && (words[2] == "days" || words[2] == "day"):
      return count(words[1]).map { today.adding(days: $0) }
    default:
      return nil
    }
  }

  /// "last tuesday" on a Wednesday: yesterday to some, a week earlier to others. carelog never picks one.
  private static func lastWeekdayRefusal(_ text: String, _ recent: LocalDate) -> CarelogError {
    let earlier = recent.adding(days: -7)
    return CarelogError.usage(
      "\"\(text)\" could mean \(recent) or \(earlier), a week earlier. Type the date you mean: "
        + "\(recent) or \(earlier).")
  }

  private static func count(_ word: String) -> Int? {
    guard word.count <= 5, word.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(word),
      count <= maxDaysAgo
    else { return nil }
    return count
  }

  private static func weekdayIndex(_ word: String) -> Int? {
    weekdays.firstIndex { $0.contains(word) }
  }

  /// The most recent `weekday` strictly before `today` (so "monday" on a Monday means a week ago).
  private static func mostRecent(_ weekday: Int, before today: LocalDate) -> LocalDate {
    let back = (today.weekday - weekday + 7) % 7
    return today.adding(days: back == 0 ? -7 : -back)
  }
}
