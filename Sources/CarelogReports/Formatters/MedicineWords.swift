import CarelogCore

/// The summary's Medicines section in words every format shares: what each medicine is, its counts, and its doses
/// day by day as one mark per day. carelog shows the dose as the user typed it and never computes one.
enum MedicineWords {
  static let title = "Medicines"

  /// What a day of the strip shows.
  enum Mark: CaseIterable {
    case taken, missed, held, notRecorded, notDue

    /// The character of the text and Markdown strips.
    var character: Character {
      switch self {
      case .taken: "+"
      case .missed: "x"
      case .held: "h"
      case .notRecorded: "?"
      case .notDue: "."
      }
    }

    var word: String {
      switch self {
      case .taken: "taken"
      case .missed: "missed"
      case .held: "held (the care team said to skip it)"
      case .notRecorded: "due but not recorded"
      case .notDue: "no dose due"
      }
    }
  }

  /// "Mercaptopurine (6-MP): 50 mg, every day at 20:00, from 2026-11-01 to 2026-11-20".
  static func line(_ tally: DoseTally) -> String {
    "\(tally.medicine.label): \(tally.medicine.dose), \(schedule(tally))"
  }

  /// "every day at 20:00, from 2026-11-01 to 2026-11-20".
  static func schedule(_ tally: DoseTally) -> String {
    let medicine = tally.medicine
    return "\(medicine.schedule.description), from \(medicine.from)" + (medicine.to.map { " to \($0)" } ?? "")
  }

  /// "26 doses due: 23 taken, 1 missed, 1 held, 1 not recorded".
  static func counts(_ tally: DoseTally) -> String {
    "\(tally.due) dose\(tally.due == 1 ? "" : "s") due: \(tally.taken) taken, \(tally.missed) missed, \(tally.held) held, "
      + "\(tally.notRecorded) not recorded"
  }

  /// "92 % of the doses due taken (held ones left out)", or why there is no share.
  static func adherence(_ tally: DoseTally) -> String {
    guard let adherence = tally.adherence else {
      return tally.due == 0 ? "no dose was due in this period" : "every dose due was held"
    }
    return "\(Decimal.format(adherence * 100, places: 0)) % of the doses due taken" + (tally.held > 0 ? " (held ones left out)" : "")
  }

  /// What the strip shows on `day`.
  static func mark(_ tally: DoseTally, on day: LocalDate) -> Mark {
    switch tally.statusByDay[day] {
    case .taken?: .taken
    case .missed?: .missed
    case .held?: .held
    case nil: tally.medicine.isDue(on: day) ? .notRecorded : .notDue
    }
  }

  /// The strip as lines of whole weeks from the period's first day, each starting with its first day ("11-01"):
  /// `11-01 +++++++ ++x++++ +h+++?+`. As many weeks on a line as fit in `width` columns after `indent`.
  static func strip(_ tally: DoseTally, period: ClosedRange<LocalDate>, width: Int, indent: String = "") -> [String] {
    let days = period.upperBound.days(since: period.lowerBound) + 1
    let weeksPerLine = max(1, (width - indent.count - 6 + 1) / 8)
    var lines: [String] = []
    var start = 0
    while start < days {
      let end = min(days, start + weeksPerLine * 7)
      let first = period.lowerBound.adding(days: start)
      let weeks = stride(from: start, to: end, by: 7).map { weekStart in
        String((weekStart..<min(end, weekStart + 7)).map { mark(tally, on: period.lowerBound.adding(days: $0)).character })
      }
      lines.append(indent + TextFormatter.short(first) + " " + weeks.joined(separator: " "))
      start = end
    }
    return lines
  }

  /// "One mark a day, in weeks from the period's first day: + taken · x missed · ...".
  static let legend =
    "One mark a day, in weeks from the period's first day: "
    + Mark.allCases.map { "\($0.character) \($0.word)" }.joined(separator: " · ") + "."
}
