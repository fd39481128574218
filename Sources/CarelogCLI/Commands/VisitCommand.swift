import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog visit`: clinic visits, past or planned.
struct VisitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "visit",
    abstract: "Record clinic visits, past or planned (they mark \"since the last visit\").",
    discussion: """
      Examples:
        carelog visit add today --with "Dr. Okafor" --note "counts fine"
        carelog visit add 2026-12-03 --with "oncology clinic"
        carelog visit list
      """,
    subcommands: [Add.self, List.self])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a visit (a future date means a planned one).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The day of the visit: a date, today, tomorrow, \"in 7 days\", ...") var date: String
    @Option(help: ArgumentHelp("Who it is with.", valueName: "name")) var with: String?
    @Option(help: ArgumentHelp("A note.", valueName: "text")) var note: String?

    func run() throws {
      let clock = try JournalClock.system()
      let day = try DateInput.parse(date, today: clock.today, allowFuture: true)
      let visit = try RecordCheck.visit(Visit(profileID: 0, date: day, with: with, note: note))
      let who = visit.with
      let profile = try global.open(.write).addVisit(visit)
      let kind = day > clock.today ? "Planned visit" : "Visit"
      say("\(kind) on \(day.withWeekday) for \(profile.name)" + (who.map { " with \($0)" } ?? "") + ".")
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the visits.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
      let clock = try JournalClock.system()
      let (visits, profile) = try global.open(.read).visits()
      if visits.isEmpty { say("No visits recorded for \(profile.name). Add one with: carelog visit add DATE") }
      for visit in visits {
        let planned = visit.date > clock.today ? "  (planned)" : ""
        say("\(visit.date.withWeekday)  \(visit.with ?? "")\(planned)" + (visit.note.map { "  \($0)" } ?? ""))
      }
    }
  }
}
