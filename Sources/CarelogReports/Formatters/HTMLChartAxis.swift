import CarelogCore

/// The day axis shared by the charts: the period laid over a fixed width, so a long period gets thinner days,
/// never a wider chart.
struct DayAxis {
  let start: LocalDate
  let days: Int
  /// Left edge and width of the plot area, in SVG units.
  let left: Double
  let width: Double

  init(_ period: ClosedRange<LocalDate>, left: Double, width: Double) {
    start = period.lowerBound
    days = period.upperBound.days(since: period.lowerBound) + 1
    self.left = left
    self.width = width
  }

  var dayWidth: Double { width / Double(days) }

  /// Left edge of a day's cell.
  func x(_ day: LocalDate) -> Double { left + Double(day.days(since: start)) * dayWidth }

  /// The point in time on the axis: the day plus its time of day (noon when not recorded).
  func x(_ day: LocalDate, at time: TimeOfDay?) -> Double { x(day) + dayWidth * Double(time?.minutes ?? 720) / 1440 }

  /// Days to label: every day, every other day, Mondays, every other Monday, or month starts, whichever first
  /// leaves `gap` units between labels.
  func ticks(gap: Double) -> [LocalDate] {
    let all = (0..<days).map { start.adding(days: $0) }
    for step in [1, 2, 7, 14] where Double(step) * dayWidth >= gap {
      if step < 7 { return stride(from: 0, to: days, by: step).map { start.adding(days: $0) } }
      let mondays = all.filter { $0.weekday == 1 }
      return mondays.enumerated().filter { $0.offset % (step / 7) == 0 }.map(\.element)
    }
    let monthStarts = all.filter { $0.components.day == 1 }
    let every = max(1, Int((gap / (30.4 * dayWidth)).rounded(.up)))
    return monthStarts.enumerated().filter { $0.offset % every == 0 }.map(\.element)
  }

  /// Tick marks and "MM-DD" labels under the plot area, from `top` down to `bottom`, with light grid lines above.
  func svgTicks(top: Double, bottom: Double, gap: Double = 34) -> [String] {
    var out: [String] = []
    for day in ticks(gap: gap) {
      let x = SVG.n(self.x(day) + dayWidth / 2)
      out.append("<line x1=\"\(x)\" y1=\"\(SVG.n(top))\" x2=\"\(x)\" y2=\"\(SVG.n(bottom + 3))\" class=\"grid\"/>")
      out.append(
        "<text x=\"\(x)\" y=\"\(SVG.n(bottom + 12))\" text-anchor=\"middle\" class=\"tick\">"
          + "\(day.description.dropFirst(5))</text>")
    }
    return out
  }
}

/// A value axis: a range padded around the data and a few round ticks.
struct ValueAxis {
  let low: Double
  let high: Double
  let step: Double
  /// Top and height of the plot area.
  let top: Double
  let height: Double

  /// `floor`: no tick below it (counts are never negative).
  init(values: [Double], include: [Double] = [], minimumSpan: Double, top: Double, height: Double, floor: Double? = nil) {
    let all = values + include
    var low = all.min() ?? 0
    var high = all.max() ?? 1
    let pad = max(minimumSpan - (high - low), 0) / 2 + (high - low) * 0.08
    low -= pad
    high += pad
    let step = [0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 20, 50].first { (high - low) / $0 <= 5 } ?? 100
    self.low = max((low / step).rounded(.down) * step, floor ?? -.infinity)
    self.high = (high / step).rounded(.up) * step
    self.step = step
    self.top = top
    self.height = height
  }

  func y(_ value: Double) -> Double { top + (high - value) / (high - low) * height }

  var ticks: [Double] {
    let count = Int(((high - low) / step).rounded())
    return (0...count).map { low + Double($0) * step }
  }

  /// Grid lines across `left…right` and labels left of it.
  func svgTicks(left: Double, right: Double, places: Int) -> [String] {
    ticks.flatMap { value -> [String] in
      let y = SVG.n(self.y(value))
      return [
        "<line x1=\"\(SVG.n(left))\" y1=\"\(y)\" x2=\"\(SVG.n(right))\" y2=\"\(y)\" class=\"grid\"/>",
        "<text x=\"\(SVG.n(left - 3))\" y=\"\(SVG.n(self.y(value) + 3))\" text-anchor=\"end\" class=\"tick\">"
          + "\(Decimal.format(value, places: places, keepZeros: true))</text>",
      ]
    }
  }
}

/// Small helpers for writing SVG by hand.
enum SVG {
  /// A coordinate with at most one decimal, so the output stays short and the same on every machine.
  static func n(_ value: Double) -> String { Decimal.format(value, places: 1) }

  /// Rough width of `text` at `size`, for laying out legends without measuring fonts.
  static func width(_ text: String, size: Double) -> Double { Double(text.count) * size * 0.56 }

  /// The opening tag: fixed width in SVG units, scaled to the column by CSS.
  static func open(width: Double, height: Double, label: String) -> String {
    "<svg viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" "
      + "aria-label=\"\(label.html)\"><title>\(label.html)</title>"
  }

}
