import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog treatment`: the profile's treatment history.
struct TreatmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "treatment",
    abstract: "Record and list treatments (for a doctor new to the patient, and to spot side effects).",
    discussion: """
      Examples:
        carelog treatment add vincristine --from 2024-11-12 --note "every 4 weeks"
        carelog treatment add anthracycline --from 2024-11-12 --to 2024-12-10
        carelog treatment add 6-mp --from 2025-06-01
        carelog treatment list
      """,
    subcommands: [Add.self, List.self])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a treatment to the history.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The drug or kind of treatment, e.g. vincristine, methotrexate, radiation.") var agent: String
    @Option(help: ArgumentHelp("First day given.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Last day given (leave out while ongoing).", valueName: "date")) var to: String?
    @Option(help: ArgumentHelp("A note, e.g. the dose schedule or drug name.", valueName: "text")) var note: String?

    func run() throws {
      let clock = try JournalClock.system()
      guard let match = TreatmentCatalog.agent(for: agent) else {
        let names = TreatmentCatalog.suggestions(for: agent).map(\.key)
        let hint = names.isEmpty ? "" : " Did you mean \(names.joined(separator: ", "))?"
        let all = TreatmentCatalog.all.map(\.key).joined(separator: ", ")
        throw CarelogError.usage("\"\(agent)\" is not a treatment carelog knows.\(hint) Known treatments: \(all).")
      }
      let start = try pastDay(from, clock: clock)
      let end = try to.map { try DateInput.parse($0, today: clock.today, allowFuture: true) }
      if let start, let end, end < start {
        throw CarelogError.badData("The end date \(end) is before the start date \(start). Check both dates.")
      }
      let checked = try RecordCheck.treatment(
        Treatment(profileID: 0, agent: match.key, from: start, to: end, note: note), today: clock.today)
      let (treatment, profile) = try global.open(.write).addTreatment(checked, today: clock.today)
      say("Added to \(profile.name)'s treatments: \(TreatmentText.line(treatment))")
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the treatment history.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
      let (treatments, profile) = try global.open(.read).treatments()
      if treatments.isEmpty { say("No treatments recorded for \(profile.name). Add one with: carelog treatment add AGENT") }
      treatments.forEach { say(TreatmentText.line($0)) }
    }
  }
}
