import ArgumentParser
import CarelogCore
import CarelogStore

/// `carelog delete`: removes an entry from lists and summaries, keeping its history.
struct DeleteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete",
    abstract: "Delete an entry. Its history is kept (see carelog history ID), unless --purge.",
    discussion: """
      --purge erases the entry and all its earlier versions from the journal for good. It cannot reach \
      copies made before (backups, exports). Examples:
        carelog delete 1a2b3c
        carelog delete 1a2b3c --purge
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The entry's id, or its first 6 or more characters.")
  var id: String

  @Flag(help: "Erase the entry and its history for good.")
  var purge = false

  func run() throws {
    let clock = try Clock.system()
    let database = try global.open(.write)
    let (entry, profile) = try database.write { session in
      let entry = try global.entry(matching: id, includingDeleted: purge, in: session, action: purge ? "erased" : "deleted")
      if purge { try session.purge(entry) } else { try session.delete(entry, at: clock.now) }
      return (entry, try session.profile(id: entry.profileID))
    }
    let name = profile?.name ?? "?"
    if purge {
      let emptied = try database.checkpoint()
      say("Erased \(EntryLine.what(entry)) on \(entry.occurredOn.withWeekday) for \(name) and its history, for good.")
      if !emptied { say("Another carelog was reading; the erased text leaves the journal's -wal file at its next write.") }
      return
    }
    say("Deleted \(EntryLine.what(entry)) on \(entry.occurredOn.withWeekday) for \(name). id \(entry.id.short)")
    say("Its history is kept: carelog history \(entry.id.short)")
  }
}
