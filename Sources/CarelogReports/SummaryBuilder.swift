import CarelogCore
import CarelogRules

/// Builds the summary from a profile's journal: the period's entries, the flags, and the questions to ask.
public enum SummaryBuilder {
  public static let maxQuestions = 8

  /// - Parameters:
  ///   - entries: the profile's entries (those of the period are shown; others are ignored).
  ///   - flags: the profile's flags as of `asOf` (those that touch the period are shown).
  ///   - doses: each medicine's doses counted over `period` (medicines not scheduled in it are left out).
  public static func build(
    profile: Profile, entries: [Entry], treatments: [Treatment], baseline: [String], flags: [WarningFlag],
    period: ClosedRange<LocalDate>, asOf: LocalDate, doses: [DoseTally] = []
  ) -> Summary {
    // Over a whole history every flag touches the period: then the array is shared, not copied.
    let touches = { (flag: WarningFlag) in flag.to >= period.lowerBound && flag.from <= period.upperBound }
    let flags = flags.allSatisfy(touches) ? flags : flags.filter(touches)
    // Over a whole history every entry is in the period: then the array is shared, not copied.
    let inPeriod = entries.allSatisfy { period.contains($0.occurredOn) } ? entries : entries.filter { period.contains($0.occurredOn) }
    return Summary(
      header: header(profile, inPeriod, period: period, asOf: asOf),
      flags: flags,
      symptoms: SymptomRows.make(inPeriod, baseline: Set(baseline), treatments: treatments, flags: flags, asOf: asOf),
      measurements: measurements(inPeriod),
      counts: counts(inPeriod),
      countThresholds: LowCounts.thresholds,
      infectionsAndNotes: Array(inPeriod.lazy.filter { $0.kind == .infection || $0.kind == .note }.map {
        Summary.DatedText(on: $0.occurredOn, kind: $0.kind, text: $0.note ?? "", by: $0.reporter)
      }),
      treatments: treatmentLines(treatments),
      treatmentEnded: profile.treatmentEnded,
      baseline: baseline.map(SymptomCatalog.name(of:)),
      questions: questions(flags: flags, onTreatment: profile.isOnTreatment(on: asOf)),
      medicines: medicines(doses, period: period))
  }

  /// The medicines whose dates meet the period, by name, then start.
  static func medicines(_ tallies: [DoseTally], period: ClosedRange<LocalDate>) -> [DoseTally] {
    tallies.filter { tally in
      tally.medicine.from <= period.upperBound && (tally.medicine.to.map { $0 >= period.lowerBound } ?? true)
    }.sorted { ($0.medicine.label, $0.medicine.from) < ($1.medicine.label, $1.medicine.from) }
  }

  static func header(_ profile: Profile, _ entries: [Entry], period: ClosedRange<LocalDate>, asOf: LocalDate) -> Summary.Header {
    var counts: [String: Int] = [:]
    for entry in entries { counts[entry.reporter.description, default: 0] += 1 }
    let onTreatment = profile.isOnTreatment(on: asOf)
    var phase = "On treatment"
    if let ended = profile.treatmentEnded, !onTreatment {
      let months = monthsBetween(ended, asOf)
      phase = "\(months) month\(months == 1 ? "" : "s") since treatment ended (\(ended))"
    }
    return Summary.Header(
      name: profile.name, age: profile.born.map { asOf.years(since: $0) }, diagnosed: profile.diagnosed,
      subtype: profile.subtype, remission: profile.remission, centralLine: profile.centralLine, phase: phase, isOnTreatment: onTreatment,
      period: period, asOf: asOf,
      recordedBy: counts.map { (reporter: $0.key, count: $0.value) }.sorted { ($1.count, $0.reporter) < ($0.count, $1.reporter) },
      entryCount: entries.count)
  }

  /// One line per agent, in order of first use; ongoing when any course has no end.
  static func treatmentLines(_ treatments: [Treatment]) -> [Summary.TreatmentLine] {
    var order: [String] = []
    var courses: [String: [Treatment]] = [:]
    for treatment in treatments.sorted(by: { ($0.from ?? LocalDate(dayNumber: .min)) < ($1.from ?? LocalDate(dayNumber: .min)) }) {
      if courses[treatment.agent] == nil { order.append(treatment.agent) }
      courses[treatment.agent, default: []].append(treatment)
    }
    return order.map { agent in
      let list = courses[agent]!
      let ongoing = list.contains { $0.to == nil }
      return Summary.TreatmentLine(
        label: list[0].shortLabel, from: list.compactMap(\.from).min(), to: ongoing ? nil : list.compactMap(\.to).max(),
        courses: list.count, notes: list.compactMap(\.note))
    }
  }

  static func monthsBetween(_ start: LocalDate, _ end: LocalDate) -> Int {
    let (y1, m1, d1) = start.components
    let (y2, m2, d2) = end.components
    return max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0))
  }

  static func measurements(_ entries: [Entry]) -> Summary.Measurements {
    // Lazily: filtering first copied each reading's whole entry (16 MiB over a whole history).
    let readings = { (kind: Entry.Kind) in
      Array(entries.lazy.filter { $0.kind == kind && $0.value != nil }.map {
        Summary.Reading(on: $0.occurredOn, at: $0.occurredAt, value: $0.value!)
      })
    }
    let temperatures = readings(.temperature)
    let weights = readings(.weight)
    let heights = readings(.height)
    let feverDays = Set(entries.lazy.filter { Fever.isFever($0) }.map(\.occurredOn))
    let highest = temperatures.max { ($0.value, $1.on) < ($1.value, $0.on) }
    var change: Double?
    if let start = weights.first, let end = weights.last, weights.count > 1 {
      change = (end.value - start.value) / start.value * 100
    }
    return Summary.Measurements(
      feverDays: feverDays.sorted(), highestTemperature: highest, temperatures: temperatures,
      weightStart: weights.count > 1 ? weights.first : nil, weightEnd: weights.last, weightChangePercent: change,
      weights: weights, feverThreshold: Fever.thresholdCelsius,
      heightStart: heights.count > 1 ? heights.first : nil, heightEnd: heights.last, heights: heights)
  }

  /// The blood count results of the period, by day, then in the summary's order of counts.
  static func counts(_ entries: [Entry]) -> [Summary.CountResult] {
    let order = Entry.Kind.bloodCounts
    return entries.lazy.filter { $0.kind.isBloodCount && $0.value != nil }
      .map { Summary.CountResult(kind: $0.kind, on: $0.occurredOn, value: $0.value!, unit: $0.unit ?? "") }
      .enumerated()
      .sorted {
        ($0.element.on, order.firstIndex(of: $0.element.kind)!, $0.offset)
          < ($1.element.on, order.firstIndex(of: $1.element.kind)!, $1.offset)
      }
      .map(\.element)
  }

  /// Questions raised by the flags first (in flag order), then those for the current phase, then general ones.
  static func questions(flags: [WarningFlag], onTreatment: Bool) -> [Summary.AskedQuestion] {
    let phase: RulePhase = onTreatment ? .onTreatment : .followUp
    var chosen: [Summary.AskedQuestion] = []
    var seen = Set<String>()
    func add(_ question: Question, because rule: String?) {
      guard chosen.count < maxQuestions, question.phase == .any || question.phase == phase,
        seen.insert(question.text).inserted
      else { return }
      chosen.append(Summary.AskedQuestion(text: question.text, source: question.source, becauseOf: rule))
    }
    for rule in flags.map(\.rule) {
      for question in QuestionCatalog.questions where question.afterRules.contains(rule) { add(question, because: rule) }
    }
    for question in QuestionCatalog.questions where question.afterRules.isEmpty && question.phase == phase {
      add(question, because: nil)
    }
    for question in QuestionCatalog.questions where question.phase == .any { add(question, because: nil) }
    return chosen
  }
}

/// The symptom table: one row per symptom, what matters first.
enum SymptomRows {
  static func make(
    _ entries: [Entry], baseline: Set<String>, treatments: [Treatment], flags: [WarningFlag], asOf: LocalDate
  ) -> [Summary.SymptomRow] {
    let flaggedTerms = Set(flags.filter { $0.level != .info }.flatMap(\.symptoms))
    // Only the day and severity of each report are kept (a whole history has a hundred thousand reports).
    var groups: [String: [Report]] = [:]
    for entry in entries where entry.kind == .symptom && entry.term != nil {
      groups[entry.term!, default: []].append(Report(occurredOn: entry.occurredOn, severity: entry.severity))
    }
    let rows = groups.compactMap { term, reports -> Summary.SymptomRow? in
      let present = reports.filter { $0.severity != Severity.none }
      guard let first = present.first, let last = present.last else { return nil }
      let rated = reports.compactMap(\.severity)
      // Every day with a report, "none" included, so the strip shows days it was reported gone.
      let byDay = Dictionary(grouping: reports, by: \.occurredOn).mapValues { $0.compactMap(\.severity).max() }
      let causes = SideEffects.treatments(listing: term, among: treatments, on: asOf)
      return Summary.SymptomRow(
        term: term, label: SymptomCatalog.symptom(term: term)?.shortLabel ?? SymptomCatalog.name(of: term),
        days: Set(present.map(\.occurredOn)).count, first: first.occurredOn, last: last.occurredOn,
        worst: present.compactMap(\.severity).max(), latest: reports.last { $0.severity != nil }?.severity, trend: trend(rated),
        beforeDiagnosis: baseline.contains(term), sideEffectOf: Set(causes.map(\.shortLabel)).sorted(),
        flagged: flaggedTerms.contains(term), byDay: byDay)
    }
    return rows.sorted { a, b in
      (a.flagged ? 0 : 1, -(a.worst?.rawValue ?? 0), -a.days, a.label) < (b.flagged ? 0 : 1, -(b.worst?.rawValue ?? 0), -b.days, b.label)
    }
  }

  /// What the table needs of one symptom report.
  struct Report {
    let occurredOn: LocalDate
    let severity: Severity?
  }

  /// The latest rated report against the first one of the period.
  static func trend(_ rated: [Severity]) -> Summary.Trend {
    guard rated.count > 1, let first = rated.first, let last = rated.last else { return .single }
    return last < first ? .better : last > first ? .worse : .same
  }
}
