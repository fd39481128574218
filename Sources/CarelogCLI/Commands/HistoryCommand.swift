import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog history`: every version of an entry.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Show every version of an entry, including edits and deletion.",
    discussion: """
      Example:
        carelog history 1a2b3c
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The entry's id, or its first 6 or more characters.")
  var id: String

  func run() throws {
    let (versions, deletedAt) = try global.open(.read).history(id)
    for version in versions {
      let status = version.change.map { "\($0) \(version.supersededAt?.description ?? "")" } ?? "current"
      say("version \(version.revision) (\(status)), recorded \(version.entry.recordedAt)")
      say("  " + EntryTable.row(version.entry))
    }
    if let deletedAt { say("deleted \(deletedAt)") }
  }
}
