import CarelogCore
import Foundation

/// The demo journal's contents, read from TSV files whose dates are day offsets from "today".
public enum DemoJournal {
  /// The demo built into the binary (`DemoData`), or the TSV files of `folder` (rule fixtures).
  public static func load(from folder: String?, today: LocalDate) throws -> JournalContents {
    let source = folder.map(TSV.Source.folder) ?? .builtIn
    var demo = JournalContents()
    var ids: [String: Int64] = [:]
    let day = { (text: String) -> LocalDate? in Int(text).map { today.adding(days: $0) } }
    for (index, row) in try TSV.rows(source, "profiles.tsv").enumerated() {
      var profile = Profile(name: row["name"]!)
      profile.id = Int64(index + 1)
      (profile.born, profile.diagnosed) = (day(row["born"]!), day(row["diagnosed"]!))
      (profile.remission, profile.treatmentEnded) = (day(row["remission"]!), day(row["treatment_ended"]!))
      profile.subtype = Profile.Subtype(rawValue: row["subtype"]!)
      profile.reporter = row["reporter"]!.nilIfEmpty
      profile.reporterRole = ReporterRole(rawValue: row["reporter_role"]!)
      profile.notes = row["notes"]!.nilIfEmpty
      profile.centralLine = row["central_line"] == "yes"  // an optional column
      ids[profile.name] = profile.id
      demo.profiles.append(profile)
    }
    let profileID = { (row: [String: String]) throws -> Int64 in
      guard let id = ids[row["profile"]!] else { throw TSV.failure("unknown profile \(row["profile"]!)") }
      return id
    }
    for row in try TSV.rows(source, "treatments.tsv", optional: true) {
      demo.treatments.append(
        Treatment(profileID: try profileID(row), agent: row["agent"]!, from: day(row["from"]!), to: day(row["to"]!),
                  note: row["note"]!.nilIfEmpty))
    }
    demo.baseline = try TSV.rows(source, "baseline.tsv", optional: true).map { (try profileID($0), $0["symptom"]!) }
    for row in try TSV.rows(source, "visits.tsv", optional: true) {
      guard let date = day(row["day"]!) else { throw TSV.failure("bad visit day \(row["day"]!)") }
      demo.visits.append(Visit(profileID: try profileID(row), date: date, with: row["with"]!.nilIfEmpty, note: row["note"]!.nilIfEmpty))
    }
    var random = SplitMix64(seed: 2026)
    for row in try TSV.rows(source, "entries.tsv") {
      demo.entries.append(try entry(row, profileID: try profileID(row), today: today, random: &random))
    }
    for (index, row) in try TSV.rows(source, "medicines.tsv", optional: true).enumerated() {
      var medicine = try medicine(row, profileID: try profileID(row), today: today)
      medicine.id = Int64(index + 1)
      demo.medicines.append(medicine)
    }
    for row in try TSV.rows(source, "doses.tsv", optional: true) {
      demo.doses.append(try dose(row, profileID: try profileID(row), in: demo, today: today, random: &random))
    }
    return demo
  }

  private static func medicine(_ row: [String: String], profileID: Int64, today: LocalDate) throws -> Medicine {
    guard let from = Int(row["from"]!).map({ today.adding(days: $0) }) else { throw TSV.failure("bad from in medicines.tsv: \(row)") }
    let schedule = try MedicineCheck.schedule(
      every: row["every"]!, on: row["on"]!.nilIfEmpty, forDays: Int(row["for"]!), at: row["at"]!.nilIfEmpty, from: from)
    let medicine = Medicine(
      profileID: profileID, name: row["name"]!, dose: row["dose"]!, schedule: schedule, from: from,
      to: Int(row["to"]!).map { today.adding(days: $0) })
    return try MedicineCheck.medicine(medicine, today: today)
  }

  /// A dose of the profile's medicine named in the row, checked against its schedule as `took` checks it.
  private static func dose(
    _ row: [String: String], profileID: Int64, in demo: JournalContents, today: LocalDate, random: inout SplitMix64
  ) throws -> Dose {
    let key = try MedicineCheck.name(row["medicine"]!)
    guard let offset = Int(row["day"]!), let status = Dose.Status(rawValue: row["status"]!),
      let role = ReporterRole(rawValue: row["role"]!)
    else { throw TSV.failure("bad day, status or role in doses.tsv: \(row)") }
    let day = today.adding(days: offset)
    guard let medicine = demo.medicines.first(where: { $0.profileID == profileID && $0.name == key && $0.isDue(on: day) }) else {
      throw TSV.failure("no \(key) dose due on day \(offset) in doses.tsv")
    }
    let time = TimeOfDay(parsing: row["time"]!)
    let recorded = day.dayNumber * 86400 + (time?.minutes ?? 20 * 60) * 60 + 300
    let dose = Dose(
      id: EntryID.random(using: &random), medicineID: medicine.id!, on: day, status: status, at: time,
      reason: row["reason"]!.nilIfEmpty, reporter: Reporter(name: row["by"]!, role: role),
      recordedAt: Timestamp(secondsSince1970: min(recorded, today.dayNumber * 86400 + 86399)))
    return try MedicineCheck.dose(
      dose, of: medicine, recorded: demo.doses, today: today, now: Timestamp(secondsSince1970: today.dayNumber * 86400 + 86399))
  }

  private static func entry(_ row: [String: String], profileID: Int64, today: LocalDate, random: inout SplitMix64) throws -> Entry {
    let severity = row["severity"]!.isEmpty ? nil : Severity(parsing: row["severity"]!)
    let word = row["term"]!.isEmpty ? row["kind"]! : row["term"]!
    let content = try EntryContent(term: word, value: row["value"]!.nilIfEmpty, severity: severity, allowNew: false)
    guard let offset = Int(row["day"]!), let role = ReporterRole(rawValue: row["role"]!) else {
      throw TSV.failure("bad day or role in entries.tsv: \(row)")
    }
    let day = today.adding(days: offset)
    let time = TimeOfDay(parsing: row["time"]!)
    // The demo pretends each entry was written down a few minutes after it happened.
    let recorded = day.dayNumber * 86400 + (time?.minutes ?? 20 * 60) * 60 + 300
    return Entry(
      id: EntryID.random(using: &random), profileID: profileID, kind: content.kind, term: content.term,
      severity: content.severity, value: content.value, unit: content.unit, occurredOn: day, occurredAt: time,
      recordedAt: Timestamp(secondsSince1970: recorded), reporter: Reporter(name: row["by"]!, role: role),
      note: row["note"]!.nilIfEmpty)
  }

  public static func describe(_ demo: JournalContents, today: LocalDate) -> String {
    let profile = demo.profiles[0]
    let age = profile.born.map { ", \(today.years(since: $0))" } ?? ""
    var counts: [String: Int] = [:]
    for entry in demo.entries { counts[entry.reporter.description, default: 0] += 1 }
    let byWhom = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) by \($0.key)" }
    return "\(profile.name)\(age), on maintenance therapy; \(demo.entries.count) entries over 90 days "
      + "(\(byWhom.joined(separator: ", "))), \(demo.treatments.count) treatments, \(demo.visits.count) visits, "
      + "\(demo.medicines.count) medicines on a schedule with \(demo.doses.count) doses recorded."
  }
}


/// Reads a tab-separated file with a header line into rows keyed by column name.
enum TSV {
  /// Where the TSV files come from.
  enum Source {
    /// The demo built into the binary.
    case builtIn
    /// A folder of TSV files (the rule fixtures).
    case folder(String)

    func text(_ name: String) -> String? {
      switch self {
      case .builtIn: return DemoData.files[name]
      case .folder(let folder):
        let path = folder + "/" + name
        return access(path, F_OK) == 0 ? try? String(contentsOfFile: path, encoding: .utf8) : nil
      }
    }
  }

  /// The rows of `name`; a missing file is an error unless `optional`, when it has no rows.
  static func rows(_ source: Source, _ name: String, optional: Bool = false) throws -> [[String: String]] {
    guard let text = source.text(name) else {
      if optional { return [] }
      throw CarelogError(.missingInput, "The demo file \(name) is missing from the folder given with --fixtures.")
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { String($0) }
    guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else { return [] }
    return try lines.dropFirst().map { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == header.count else { throw failure("\(name): a row has \(fields.count) fields, not \(header.count)") }
      return Dictionary(uniqueKeysWithValues: zip(header, fields))
    }
  }

  static func failure(_ message: String) -> CarelogError { CarelogError.badData("Demo data problem: \(message)") }
}

extension String {
  var nilIfEmpty: String? { isEmpty ? nil : self }
}
