import CarelogCore

/// What counts as a fever, for the rules and for the summary alike.
public enum Fever {
  /// The fever threshold of the catalog (°C).
  public static var thresholdCelsius: Double { RuleCatalog.rule(FeverOnTreatment.id)!.parameter("feverCelsius") }

  /// Whether `entry` is a fever: a temperature at or above `threshold`, or fever reported as present.
  public static func isFever(_ entry: Entry, threshold: Double = thresholdCelsius) -> Bool {
    switch entry.kind {
    case .temperature: return (entry.value ?? 0) >= threshold - 1e-9
    case .symptom: return entry.term == "fever" && entry.severity != Severity.none
    default: return false
    }
  }
}

/// Fever readings and reports: a temperature at or above the rule's threshold, or fever reported as a symptom.
enum FeverEvents {
  /// Temperatures and fever reports over `days` days.
  static func reads(days: Int) -> [EntryRead] {
    [EntryRead(.temperature, days: days), EntryRead(.symptom, .only(["fever"]), days: days)]
  }

  static func of(_ input: RuleInput, threshold: Double) -> [Entry] {
    input.entries.filter { Fever.isFever($0, threshold: threshold) }
  }

  /// "Fever on 2026-11-20; {name's} highest temperature was 38.4 °C on 2026-11-20", or "Fever reported …".
  static func describe(_ events: [Entry]) -> String {
    let readings = events.filter { $0.kind == .temperature }
    guard let highest = readings.max(by: { ($0.value ?? 0) < ($1.value ?? 0) }), let value = highest.value else {
      return "Fever reported \(Seen.days(events))."
    }
    return "Fever \(Seen.days(events)); {name's} highest temperature was \(Seen.celsius(value)) on \(highest.occurredOn)."
  }
}

/// `fever-on-treatment`: any fever during treatment or up to `afterTreatmentDays` after its last day, or in any
/// phase while the profile has a central line. One flag per run of fever days.
enum FeverOnTreatment: RuleLogic {
  static let id = "fever-on-treatment"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] { FeverEvents.reads(days: Int(rule.parameter("lookBackDays"))) }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    let centralLine = input.profile.centralLine
    let events = FeverEvents.of(input, threshold: rule.parameter("feverCelsius"))
      .filter { centralLine || input.applies(rule, on: $0.occurredOn) }
    return Episodes.group(events, maxGap: 1, day: \.occurredOn).map { run in
      WarningFlag(rule, entries: run, seen: FeverEvents.describe(run) + " " + context(rule, input, day: run[0].occurredOn))
    }
  }

  /// "This was during treatment." / "This was 12 days after the last day of treatment." / "A central line is in
  /// place."
  static func context(_ rule: RuleDefinition, _ input: RuleInput, day: LocalDate) -> String {
    var sentences: [String] = []
    if input.applies(rule, on: day) { sentences.append("This was \(input.treatmentTiming(on: day)).") }
    if input.profile.centralLine {
      sentences.append("A central line is in place, and a line can let an infection into the blood.")
    }
    return sentences.joined(separator: " ")
  }
}

/// `fever-persists`: fever on `minDays` or more separate days within `windowDays` days, in any phase.
enum FeverPersists: RuleLogic {
  static let id = "fever-persists"

  static func reads(_ rule: RuleDefinition) -> [EntryRead] { FeverEvents.reads(days: 2 * Int(rule.parameter("windowDays"))) }

  static func evaluate(_ rule: RuleDefinition, _ input: RuleInput) -> [WarningFlag] {
    let window = Int(rule.parameter("windowDays"))
    let minDays = Int(rule.parameter("minDays"))
    let events = FeverEvents.of(input, threshold: rule.parameter("feverCelsius"))
      .filter { input.applies(rule, on: $0.occurredOn) }
    return Episodes.group(events, maxGap: window - 1, day: \.occurredOn).compactMap { run in
      let days = Array(Set(run.map(\.occurredOn))).sorted()
      guard days.count >= minDays,
        days.indices.contains(where: { $0 + minDays - 1 < days.count && days[$0 + minDays - 1].days(since: days[$0]) < window })
      else { return nil }
      return WarningFlag(rule, entries: run, seen: FeverEvents.describe(run))
    }
  }
}
