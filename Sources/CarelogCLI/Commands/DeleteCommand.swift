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
      copies made before (backups, exports). carelog asks before erasing; in a script, add --yes. Examples:
        carelog delete 1a2b3c
        carelog delete 1a2b3c --purge
        carelog delete 1a2b3c --purge --yes
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The entry's id, or its first 6 or more characters.")
  var id: String

  @Flag(help: "Erase the entry and its history for good.")
  var purge = false

  @Flag(help: "With --purge: erase without asking (for scripts).")
  var yes = false

  func run() throws {
    let clock = try Clock.system()
    if purge {
      let retry = ["carelog", "delete", id, "--purge", "--yes"] + (global.journal.map { ["--journal", $0] } ?? [])
      try Confirmation.requireYes(yes, what: "Erasing an entry for good", retry: retry.map { ShellWords.quoted($0) }.joined(separator: " "))
    }
    let database = try global.open(.write)
    if purge { return try erase(database) }
    let (entry, profile) = try database.write { session in
      let entry = try global.entry(matching: id, in: session, action: "deleted")
      try session.delete(entry, at: clock.now)
      return (entry, try session.profile(id: entry.profileID))
    }
    say("Deleted \(EntryLine.what(entry)) on \(entry.occurredOn.withWeekday) for \(profile?.name ?? "?"). id \(entry.id.short)")
    say("Its history is kept: carelog history \(entry.id.short)")
  }

  /// Erases the entry for good, even one carelog cannot read back (a row written by an older carelog or by
  /// another program), which `carelog check` names.
  private func erase(_ database: AppDatabase) throws {
    if !yes {
      let shown = try database.read { session in
        let key = try session.entryKey(matching: id, includingDeleted: true)
        try global.checkOwner(profileID: key.profileID, id: key.id, in: session, action: "erased")
        return (try? session.entry(matching: key.id, includingDeleted: true)).map { "\(EntryLine.what($0)) on \($0.occurredOn.withWeekday)" }
          ?? "entry \(key.id.prefix(8))"
      }
      guard Confirmation.ask("Erase \(shown) and all its history for good? This cannot be undone.") else {
        return say("Nothing was erased.")
      }
    }
    let (key, entry, profile) = try database.write { session in
      let key = try session.entryKey(matching: id, includingDeleted: true)
      try global.checkOwner(profileID: key.profileID, id: key.id, in: session, action: "erased")
      let entry = try? session.entry(matching: key.id, includingDeleted: true)
      try session.purge(id: key.id)
      return (key, entry, try session.profile(id: key.profileID))
    }
    let what = entry.map { "\(EntryLine.what($0)) on \($0.occurredOn.withWeekday)" } ?? "entry \(key.id.prefix(8))"
    let emptied = try database.checkpoint()
    say("Erased \(what) for \(profile?.name ?? "?") and its history, for good.")
    if !emptied { say("Another carelog was reading; the erased text leaves the journal's -wal file at its next write.") }
  }
}
