import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog history`: every version of an entry.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Show every version of an entry, what changed in each, and its deletion (in local time).",
    discussion: """
      Example:
        carelog history 1a2b3c
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The entry's id, or its first 6 or more characters.")
  var id: String

  func run() throws {
    let (versions, deletedAt) = try global.open(.read).history(id)
    for (index, version) in versions.enumerated() {
      let status = version.change.map { "\($0) \(version.supersededAt.map(LocalTime.text) ?? "")" } ?? "current"
      say("version \(version.revision) (\(status)), recorded \(LocalTime.text(version.entry.recordedAt))")
      say("  " + EntryTable.row(version.entry))
      if index > 0 {
        let changes = EntryChanges.between(versions[index - 1].entry, version.entry)
        if !changes.isEmpty { sayWrapped("  what changed: " + changes.joined(separator: "; ")) }
      }
    }
    if let deletedAt { say("deleted \(LocalTime.text(deletedAt))") }
  }
}
