import ArgumentParser
import CarelogCore
import CarelogStore

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
    let clock = try Clock.system()
    var query = EntryQuery(reporter: by)
    query.since = try since.map { try DateInput.parse($0, today: clock.today) }
    query.until = try until.map { try DateInput.parse($0, today: clock.today, allowFuture: true) }
    var kindFilter: Entry.Kind?
    if let symptom {
      switch LogTerm(symptom) {
      case .symptom(let match): query.term = match.term
      case .kind(let kind): kindFilter = kind
      case nil: query.term = SymptomCatalog.normalized(symptom)  // a custom symptom, checked below
      }
    }
    let database = try global.open(.read)
    let (profile, entries, others) = try database.read { session in
      let profile = try global.chosenProfile(in: session)
      query.profileID = profile.id
      let others = try session.profiles().map(\.name).filter { $0 != profile.name }
      return (profile, try session.entries(query).filter { kindFilter == nil || $0.kind == kindFilter }, others)
    }
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
