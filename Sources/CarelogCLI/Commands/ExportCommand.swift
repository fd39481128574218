import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog export`: the whole journal as JSON (complete, re-importable) or CSV (one row per entry and per dose).
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the whole journal: JSON (complete, for backup or a new computer) or CSV (for spreadsheets).",
    discussion: """
      JSON keeps everything: every profile, treatment, visit, medicine with its doses, entry with its earlier \
      versions, deleted entries and acknowledged flags; carelog import reads it back. CSV has one row per current \
      entry, then one per recorded dose. Exports are plain text, readable by you only (mode 0600); keep them safe. \
      Examples:
        carelog export --output journal-backup.json
        carelog export --format csv --output entries.csv
        carelog export | gpg -c > journal.json.gpg
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }

  @OptionGroup var global: GlobalOptions

  @Option(help: "json (complete) or csv (one row per entry and per dose).")
  var format: Format = .json

  @Option(help: ArgumentHelp("Write to this file instead of the screen.", valueName: "file"))
  var output: String?

  @ArgumentParser.Flag(help: "Replace the --output file if it exists.")
  var force = false

  func run() throws {
    let journal = try global.open(.read)
    let stream = try OutputStream(path: output, force: force)
    do {
      switch format {
      case .json: try journal.exportJSON { try stream.write(bytes: $0) }
      case .csv: try EntryCSV.write(journal, stream.write)
      }
      try stream.finish()
    } catch {
      stream.abandon()
      throw error
    }
    if let output { Terminal.standardError.write("Exported the journal to \(output).\n") }
  }
}

/// One row per current entry, with the same columns as `list --json` (`EntryFields`), then one row per recorded dose
/// (kind `dose`, the medicine as term and label, the day due as occurred_on, the reason as note), and a last column,
/// `dose_status` (taken, missed or held), empty on entry rows.
enum EntryCSV {
  static let columns = EntryFields.all.map(\.key) + ["dose_status"]

  static func write(_ journal: Journal, _ write: (String) throws -> Void) throws {
    try write(columns.joined(separator: ",") + "\r\n")
    try journal.forEachEntryAndDose { profile, entry in
      let cells = EntryFields.listed(entry, profile: profile.name).map { cell($0.1) } + [""]
      try write(cells.map(quoted).joined(separator: ",") + "\r\n")
    } dose: { profile, medicine, dose in
      try write(doseCells(dose, of: medicine, profile: profile.name).map(quoted).joined(separator: ",") + "\r\n")
    }
  }

  /// A dose in the entry columns, by name, and its status last.
  static func doseCells(_ dose: Dose, of medicine: Medicine, profile: String) -> [String] {
    let values: [String: JSONText] = [
      "id": .string(dose.id.rawValue), "profile": .string(profile), "kind": .string("dose"),
      "term": .string(medicine.name), "label": .string(medicine.label), "occurred_on": .string(dose.on.description),
      "occurred_at": dose.at.map { .string($0.description) } ?? .null, "recorded_at": .string(dose.recordedAt.description),
      "reporter": .string(dose.reporter.name), "reporter_role": .string(dose.reporter.role.rawValue),
      "note": dose.reason.map(JSONText.string) ?? .null,
    ]
    return EntryFields.all.map { cell(values[$0.key] ?? .null) } + [dose.status.rawValue]
  }

  /// A field as a spreadsheet cell: text as is, numbers with up to 6 decimals, null as empty.
  static func cell(_ value: JSONText) -> String {
    switch value {
    case .string(let text): text
    case .number(let number): Decimal.format(number, places: 6)
    case .bool(let flag): flag ? "true" : "false"
    case .null, .array, .object: ""
    }
  }

  /// RFC 4180 quoting; cells starting with = + - @ are prefixed with ' so spreadsheets do not run them.
  static func quoted(_ cell: String) -> String {
    var text = cell
    if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
