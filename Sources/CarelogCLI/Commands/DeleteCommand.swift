import ArgumentParser
import CarelogCore
import CarelogJournal

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
    let clock = try JournalClock.system()
    if purge {
      let retry = ["carelog", "delete", id, "--purge", "--yes"] + (global.journal.map { ["--journal", $0] } ?? [])
      try Confirmation.requireYes(yes, what: "Erasing an entry for good", retry: retry.map { ShellWords.quoted($0) }.joined(separator: " "))
    }
    let journal = try global.open(.write)
    if purge { return try erase(journal) }
    let (entry, profile) = try journal.delete(id, at: clock.now)
    say("Deleted \(EntryLine.what(entry)) on \(entry.occurredOn.withWeekday) for \(profile?.name ?? "?"). id \(entry.id.short)")
    say("Its history is kept: carelog history \(entry.id.short)")
  }

  /// Erases the entry for good, even one carelog cannot read back (a row written by an older carelog or by
  /// another program), which `carelog check` names.
  private func erase(_ journal: Journal) throws {
    if !yes {
      let target = try journal.entryToErase(id)
      let shown = target.entry.map { "\(EntryLine.what($0)) on \($0.occurredOn.withWeekday)" } ?? "entry \(target.id.prefix(8))"
      guard Confirmation.ask("Erase \(shown) and all its history for good? This cannot be undone.") else {
        return say("Nothing was erased.")
      }
    }
    let erased = try journal.erase(id)
    let what = erased.entry.map { "\(EntryLine.what($0)) on \($0.occurredOn.withWeekday)" } ?? "entry \(erased.id.prefix(8))"
    say("Erased \(what) for \(erased.profile?.name ?? "?") and its history, for good.")
    if !erased.walEmptied { say("Another carelog was reading; the erased text leaves the journal's -wal file at its next write.") }
  }
}
