import ArgumentParser
import CarelogCore
import CarelogStore

/// `carelog delete`: removes an entry from lists and summaries, keeping its history.
struct DeleteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete",
    abstract: "Delete an entry. Its history is kept (see carelog history ID).",
    discussion: """
      Example:
        carelog delete 1a2b3c
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The entry's id, or its first 6 or more characters.")
  var id: String

  func run() throws {
    let clock = Clock.system()
    let database = try global.open(.write)
    let (entry, profile) = try database.write { session in
      let entry = try session.entry(matching: id)
      try session.delete(entry, at: clock.now)
      return (entry, try session.profile(id: entry.profileID))
    }
    let name = profile?.name ?? "?"
    say("Deleted \(EntryLine.what(entry)) on \(entry.occurredOn.withWeekday) for \(name). id \(entry.id.short)")
    say("Its history is kept: carelog history \(entry.id.short)")
  }
}
