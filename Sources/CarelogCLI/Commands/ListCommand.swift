import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog list`: shows entries, oldest first.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Show the entries of a profile, oldest first.",
    discussion: """
      Examples:
        carelog list --since "14 days ago"
        carelog list --symptom fatigue
        carelog list --by Anna --json
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("Only entries on or after this day.", valueName: "date"))
  var since: String?

  @Option(help: ArgumentHelp("Only entries on or before this day.", valueName: "date"))
  var until: String?

  @Option(help: ArgumentHelp("Only this symptom (or temperature, weight, infection, note).", valueName: "term"))
  var symptom: String?

  @Option(help: ArgumentHelp("Only entries recorded by this person.", valueName: "name"))
  var by: String?

  @Flag(help: "Print JSON (keys are listed in the README).")
  var json = false

  func run() throws {
    let clock = try JournalClock.system()
    var query = EntryFilter(reporter: by)
    query.since = try since.map { try DateInput.parse($0, today: clock.today) }
    query.until = try until.map { try DateInput.parse($0, today: clock.today, allowFuture: true) }
    if let symptom {
      switch LogTerm(symptom) {
      case .symptom(let match): query.term = match.term
      case .kind(let kind): query.kind = kind
      case nil: query.term = SymptomCatalog.normalized(symptom)  // a custom symptom, checked below
      }
    }
    let (profile, entries, others) = try global.open(.read).entries(query)
    if entries.isEmpty, let term = query.term, SymptomCatalog.symptom(term: term) == nil {
      _ = try EntryContent(term: symptom ?? term, value: nil, severity: nil, allowNew: false)  // explains the typo
    }
    if json {
      say(EntryJSON.array(entries, profile: profile))
    } else if entries.isEmpty {
      say("No entries for \(profile.name) match.")
    } else {
      if let header = ProfileText.listHeader(profile, others: others) { say(header) }
      entries.forEach { say(EntryTable.row($0)) }
    }
  }
}
