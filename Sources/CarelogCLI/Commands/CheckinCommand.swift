import ArgumentParser
import CarelogCore
import CarelogJournal
import Foundation

/// `carelog checkin`: a short daily check-in in the terminal, saved in one go at the end.
struct CheckinCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checkin",
    abstract: "Answer a few questions about today; everything is saved together at the end.",
    discussion: """
      Asks about the doses due since the last check-in that are not recorded yet, the symptoms of the last \
      two weeks and those from before diagnosis, then the temperature and its time, any other symptom, and a note. Press Enter to skip a question, type back \
      to answer the previous one again. Ctrl-C (or Ctrl-D) stops without saving anything.
      Examples:
        carelog checkin
        carelog checkin --by Leo --self
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("Who is answering (default: the profile's usual reporter).", valueName: "name"))
  var by: String?

  @Flag(help: "Whether the person answering is a caregiver or the patient themself.")
  var role: ReporterRole?

  func run() throws {
    guard isatty(STDIN_FILENO) == 1 else {
      throw CarelogError.usage(
        "checkin asks questions in a terminal. To record without one, use carelog log, "
          + "for example: carelog log fatigue --severity mild")
    }
    let clock = try JournalClock.system()
    let byName = try by.map { try TextInput.name($0, field: "reporter's name") }
    let journal = try global.open(.write)
    let (profile, terms) = try journal.checkinTerms(today: clock.today)
    let reporter = try ReporterCheck.reporter(for: profile, named: byName, role: role)
    try EntryCheck.day(clock.today, profile: profile, today: clock.today)  // before any question, so no answer is lost
    sayWrapped("Check-in for \(profile.name), \(clock.today.withWeekday), by \(reporter.description). Enter skips a question.")
    CheckinQuestions.stopCleanlyOnInterrupt()
    let now = clock.timeOfDay  // CARELOG_TIME pins it, as for log --at
    let doses = try journal.dosesToAsk(today: clock.today, now: clock.timeOfDay)
    let questions = CheckinQuestions(
      terms: terms, now: now, doses: doses, today: clock.today, patient: reporter.role == .self ? nil : profile.name)
    guard let answers = questions.ask() else {
      say("\n" + CheckinQuestions.stopped)
      return
    }
    signal(SIGINT, SIG_DFL)
    let doseAnswers = answers.compactMap(\.dose)
    let entries = try answers.compactMap { answer -> Entry? in
      guard let content = answer.content else { return nil }
      return try EntryCheck.checked(
        Entry(
          id: EntryID.random(using: &generator), profileID: profile.id!, kind: content.kind,
          term: content.term, severity: content.severity, value: content.value,
          unit: content.unit, occurredOn: clock.today, occurredAt: answer.at, recordedAt: clock.now,
          reporter: reporter, note: answer.note),
        profile: profile, today: clock.today, now: clock.now)
    }
    let saved = try journal.saveCheckin(
      entries: entries, doses: doseAnswers, reporter: reporter, today: clock.today, now: clock.now)
    if entries.isEmpty && saved.isEmpty {
      say("Nothing to save.")
      return
    }
    let count = entries.count + saved.count
    say("Saved \(count) answer\(count == 1 ? "" : "s") for \(profile.name):")
    entries.forEach { say("  " + EntryLine.what($0)) }
    doseAnswers.forEach { say("  " + CheckinQuestions.doseLine($0)) }
    FlagPrompts.check(entries, journal, profile: profile, today: clock.today)
    do {
      FlagPrompts.show(try journal.flagsRaised(byDoses: saved, profile: profile, today: clock.today))
    } catch {
      Terminal.standardError.write("carelog: the answers are saved, but checking the doses for warning signs failed: \(error)\n")
    }
  }
}

/// The check-in's questions, asked on the terminal, one step at a time so that `back` can redo the previous one.
/// Returns nil when the user stops (end of input).
struct CheckinQuestions {
  let terms: [String]
  /// The local time now, the default time of a temperature.
  let now: TimeOfDay
  /// Doses due and not recorded yet, asked about first.
  var doses: [DueDose] = []
  var today = LocalDate(dayNumber: 0)
  /// The patient's name when someone else answers ("Did Leo take …"); nil when the patient does ("Did you take …").
  var patient: String? = nil

  /// An answer: an entry's content, or a dose's status.
  struct Answer {
    var content: EntryContent?
    var at: TimeOfDay? = nil
    var note: String? = nil
    var dose: DoseAnswer? = nil
  }

  /// What a step did: answered (possibly with nothing), asked to go back, or stopped.
  enum Outcome {
    case answered([Answer])
    case back
    case stopped
  }

  static let stopped = "Stopped: nothing was saved."

  func ask() -> [Answer]? {
    let steps: [() -> Outcome] = doses.map { due in { askDose(due) } } + terms.map { term in { askSymptom(term) } }
      + [askTemperature, askOtherSymptoms, askNote]
    var answers: [[Answer]] = []
    while answers.count < steps.count {
      switch steps[answers.count]() {
      case .answered(let given): answers.append(given)
      case .back:
        if answers.isEmpty { say("  This is the first question.") } else { answers.removeLast() }
      case .stopped: return nil
      }
    }
    return answers.flatMap { $0 }
  }

  /// "Did Leo take the mercaptopurine due yesterday at 20:00?"; yes, no (then why) or held.
  private func askDose(_ due: DueDose) -> Outcome {
    let when = due.on == today ? "today" : due.on == today.adding(days: -1) ? "yesterday" : "on \(due.on)"
    let at = due.medicine.schedule.at.map { " at \($0)" } ?? ""
    let who = patient ?? "you"
    while true {
      guard let line = prompt("Did \(who) take the \(due.medicine.name) due \(when)\(at)? (yes, no, held, Enter to skip)") else {
        return .stopped
      }
      switch line.lowercased() {
      case "": return .answered([])
      case "back": return .back
      case "y", "yes": return .answered([Answer(dose: DoseAnswer(due: due, status: .taken, reason: nil))])
      case "held", "h":
        return .answered([Answer(dose: DoseAnswer(due: due, status: .held, reason: "care team said to skip it"))])
      case "n", "no":
        guard let why = prompt("  Why not? (e.g. vomited it, ran out, forgot; Enter to skip)") else { return .stopped }
        let reason = why.isEmpty ? nil : (try? TextInput.note(why, field: "reason"))
        return .answered([Answer(dose: DoseAnswer(due: due, status: .missed, reason: reason))])
      default:
        say("  Type yes, no, or held (the care team said to skip it), back for the previous question, or Enter to skip.")
      }
    }
  }

  /// "Mercaptopurine (6-MP) due 2026-12-01: taken".
  static func doseLine(_ answer: DoseAnswer) -> String {
    let status = answer.status == .held ? "held on the care team's advice" : answer.status.rawValue
    return "\(answer.due.medicine.label) due \(answer.due.on): \(status)" + (answer.reason.map { " (\($0))" } ?? "")
  }

  private func askSymptom(_ term: String) -> Outcome {
    let label = SymptomCatalog.symptom(term: term)?.label ?? term
    switch askSeverity("\(label) today?") {
    case .stopped: return .stopped
    case .back: return .back
    case .answered(let severity):
      return .answered(severity.map { [Answer(content: EntryContent(kind: .symptom, term: term, severity: $0))] } ?? [])
    }
  }

  private func askTemperature() -> Outcome {
    while true {
      guard let line = prompt("Temperature? (e.g. 37.2 or 99.1F)") else { return .stopped }
      if line.isEmpty { return .answered([]) }
      if line == "back" { return .back }
      do {
        let reading = try Temperature(parsing: line)
        guard let at = askTime() else { return .stopped }
        return .answered([Answer(content: EntryContent(kind: .temperature, value: reading.celsius, unit: "C"), at: at)])
      } catch let error as CarelogError { say("  \(error.message)") } catch { return .answered([]) }
    }
  }

  /// The time of a temperature: Enter means now. Nil when stopped.
  private func askTime() -> TimeOfDay? {
    while true {
      guard let line = prompt("At what time? (e.g. 02:10 or 2am; Enter for now, \(now))") else { return nil }
      if line.isEmpty { return now }
      if let time = TimeOfDay(parsing: line) {
        if time > now { say("  That time is later than now (\(now)). Type the time it was taken.") } else { return time }
      } else {
        say("  Type a time such as 02:10, 21:30 or 9pm, or press Enter for now.")
      }
    }
  }

  private func askOtherSymptoms() -> Outcome {
    var added: [Answer] = []
    while true {
      guard let line = prompt("Any other symptom? (a name such as headache, Enter to go on)") else { return .stopped }
      if line.isEmpty { return .answered(added) }
      if line == "back" {
        if added.isEmpty { return .back }
        let removed = added.removeLast().content
        say("  Took back: \(SymptomCatalog.name(of: removed?.term ?? "")).")
        continue
      }
      guard let term = symptomTerm(for: line) else { continue }
      switch askSeverity("\(SymptomCatalog.symptom(term: term)?.label ?? line): how bad?") {
      case .stopped: return .stopped
      case .back: continue
      case .answered(let severity): added.append(Answer(content: EntryContent(kind: .symptom, term: term, severity: severity)))
      }
    }
  }

  /// The catalog term for `line`, or a new symptom once the user says so; nil to ask again.
  private func symptomTerm(for line: String) -> String? {
    if let symptom = SymptomCatalog.symptom(for: line) { return symptom.term }
    let ideas = SymptomCatalog.suggestions(for: line).map(\.term).joined(separator: ", ")
    say("  Not in the list\(ideas.isEmpty ? "" : "; did you mean \(ideas)?"). (carelog symptoms shows them all.)")
    guard let answer = prompt("  Record “\(line)” as a new symptom? (yes/no)"), answer.lowercased().hasPrefix("y") else {
      return nil
    }
    do { return try EntryContent(term: line, value: nil, severity: nil, allowNew: true).term } catch let error as CarelogError {
      say("  \(error.message)")
      return nil
    } catch { return nil }
  }

  private func askNote() -> Outcome {
    while true {
      guard let line = prompt("A note for today? (Enter to skip)") else { return .stopped }
      if line.isEmpty { return .answered([]) }
      if line == "back" { return .back }
      do { return .answered([Answer(content: EntryContent(kind: .note), note: try TextInput.note(line))]) } catch let error as CarelogError {
        say("  \(error.message)")
      } catch { return .answered([]) }
    }
  }

  private enum SeverityOutcome {
    case answered(Severity?)
    case back
    case stopped
  }

  private func askSeverity(_ question: String) -> SeverityOutcome {
    while true {
      guard let line = prompt("\(question) (none, mild, moderate, severe, very-severe)") else { return .stopped }
      if line.isEmpty { return .answered(nil) }
      if line == "back" { return .back }
      if let severity = Severity(parsing: line) { return .answered(severity) }
      say("  Type none, mild, moderate, severe or very-severe (or 0–4), back for the previous question, or Enter to skip.")
    }
  }

  private func prompt(_ text: String) -> String? {
    Terminal.standardOutput.write("\(text) ")
    return readLine(strippingNewline: true)?.trimmingWhitespace()
  }

  /// Ctrl-C while questions are asked says that nothing was saved (nothing is, until the end), as Ctrl-D does.
  /// The handler only writes a fixed text and exits, as a signal handler must.
  static func stopCleanlyOnInterrupt() {
    signal(SIGINT) { _ in
      let message: StaticString = "\nStopped: nothing was saved.\n"
      _ = write(STDOUT_FILENO, message.utf8Start, message.utf8CodeUnitCount)
      _exit(130)
    }
  }
}
