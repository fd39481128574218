import ArgumentParser
import CarelogCore
import CarelogStore
import Foundation

/// `carelog checkin`: a short daily check-in in the terminal, saved in one go at the end.
struct CheckinCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checkin",
    abstract: "Answer a few questions about today; everything is saved together at the end.",
    discussion: """
      Asks about the symptoms of the last two weeks and those from before diagnosis, then the \
      temperature, any other symptom, and a note. Press Enter to skip a question. Ctrl-C (or Ctrl-D) \
      stops without saving anything.
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
    let clock = try Clock.system()
    let byName = try by.map { try TextInput.name($0, field: "reporter's name") }
    let database = try global.open(.write)
    let (profile, terms) = try database.read { session in
      let profile = try global.chosenProfile(in: session)
      let recent = try session.entries(EntryQuery(profileID: profile.id, since: clock.today.adding(days: -14)))
      return (profile, Self.uniqueTerms(recent.compactMap(\.term) + (try session.baseline(of: profile))))
    }
    let reporter = profile.reporter(named: byName, role: role)
    try EntryCheck.day(clock.today, profile: profile, today: clock.today)  // before any question, so no answer is lost
    say("Check-in for \(profile.name), \(clock.today.withWeekday), by \(reporter.description). Enter skips a question.")
    guard let answers = CheckinQuestions(terms: terms).ask() else {
      say("\nStopped: nothing was saved.")
      return
    }
    let entries = try answers.map { content, note in
      try EntryCheck.checked(Entry(
        id: EntryID.random(using: &generator), profileID: profile.id!, kind: content.kind, term: content.term,
        severity: content.severity, value: content.value, unit: content.unit, occurredOn: clock.today,
        recordedAt: clock.now, reporter: reporter, note: note), profile: profile, today: clock.today, now: clock.now)
    }
    if entries.isEmpty {
      say("Nothing to save.")
      return
    }
    try database.write { session in try entries.forEach(session.add) }
    say("Saved \(entries.count) entr\(entries.count == 1 ? "y" : "ies") for \(profile.name):")
    entries.forEach { say("  " + EntryLine.what($0)) }
    FlagPrompts.check(entries, database, profile: profile, today: clock.today)
  }

  private static func uniqueTerms(_ terms: [String]) -> [String] {
    var seen = Set<String>()
    return terms.filter { seen.insert($0).inserted }
  }
}

/// The check-in's questions, asked on the terminal. Returns nil when the user stops (end of input).
struct CheckinQuestions {
  let terms: [String]

  func ask() -> [(EntryContent, String?)]? {
    var answers: [(EntryContent, String?)] = []
    for term in terms {
      let label = SymptomCatalog.symptom(term: term)?.label ?? term
      guard let answer = askSeverity("\(label) today?") else { return nil }
      if let severity = answer { answers.append((EntryContent(kind: .symptom, term: term, severity: severity), nil)) }
    }
    guard let temperature = askTemperature() else { return nil }
    if let temperature { answers.append((EntryContent(kind: .temperature, value: temperature.celsius, unit: "C"), nil)) }
    while true {
      guard let line = prompt("Any other symptom? (a name such as headache, Enter to go on)") else { return nil }
      if line.isEmpty { break }
      guard let symptom = SymptomCatalog.symptom(for: line) else {
        let ideas = SymptomCatalog.suggestions(for: line).map(\.term).joined(separator: ", ")
        say("  Not in the list\(ideas.isEmpty ? "" : "; did you mean \(ideas)?"). (carelog symptoms shows them all.)")
        continue
      }
      guard let answer = askSeverity("\(symptom.label): how bad?") else { return nil }
      answers.append((EntryContent(kind: .symptom, term: symptom.term, severity: answer ?? nil), nil))
    }
    while true {
      guard let line = prompt("A note for today? (Enter to skip)") else { return nil }
      if line.isEmpty { break }
      do {
        answers.append((EntryContent(kind: .note), try TextInput.note(line)))
        break
      } catch let error as CarelogError { say("  \(error.message)") } catch { break }
    }
    return answers
  }

  /// nil = stopped; .some(nil) = skipped.
  private func askSeverity(_ question: String) -> Severity??{
    while true {
      guard let line = prompt("\(question) (none, mild, moderate, severe, very-severe)") else { return nil }
      if line.isEmpty { return .some(nil) }
      if let severity = Severity(parsing: line) { return .some(severity) }
      say("  Type none, mild, moderate, severe or very-severe (or 0–4), or press Enter to skip.")
    }
  }

  private func askTemperature() -> Temperature?? {
    while true {
      guard let line = prompt("Temperature? (e.g. 37.2 or 99.1F)") else { return nil }
      if line.isEmpty { return .some(nil) }
      do { return .some(try Temperature(parsing: line)) } catch let error as CarelogError {
        say("  \(error.message)")
      } catch { return .some(nil) }
    }
  }

  private func prompt(_ text: String) -> String? {
    Terminal.standardOutput.write("\(text) ")
    return readLine(strippingNewline: true)?.trimmingWhitespace()
  }
}
