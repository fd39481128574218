import Foundation
import Testing

/// Bad input, end to end: one clear message on stderr, a sysexits status, and the journal left
/// byte-for-byte as it was (or never created).
@Suite struct BadInputTests {
  /// What the journal folder holds before the bad command runs.
  enum Setup: Sendable {
    case standard, twoProfiles, noJournal, foreignSQLite, textFile, newerJournal, folderAsJournal, twinIDs, medicines
  }

  struct Case: Sendable, CustomStringConvertible {
    let name: String
    let setup: Setup
    let arguments: [String]
    let status: Int32
    let message: String
    var journalFlag = true
    var environment: [String: String] = [:]
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(name: "unknown symptom", setup: .standard, arguments: ["log", "fatige"], status: 64, message: "Did you mean fatigue"),
    Case(name: "unknown symptom, no close match", setup: .standard, arguments: ["log", "zzzqqq"], status: 64, message: "carelog symptoms"),
    Case(name: "bad severity", setup: .standard, arguments: ["log", "fatigue", "--severity", "awful"], status: 64, message: "moderate"),
    Case(name: "severity out of range", setup: .standard, arguments: ["log", "fatigue", "--severity", "7"], status: 64, message: "very-severe"),
    Case(name: "unparseable date", setup: .standard, arguments: ["log", "fatigue", "--on", "someday"], status: 64, message: "yesterday"),
    Case(name: "date with a time glued on", setup: .standard, arguments: ["log", "fatigue", "--on", "2013-11-30 15:42:"], status: 64, message: "Cannot read the date"),
    Case(name: "ambiguous slashed date", setup: .standard, arguments: ["log", "fatigue", "--on", "03/04"], status: 64, message: "year-month-day"),
    Case(name: "impossible date", setup: .standard, arguments: ["log", "fatigue", "--on", "2026-02-30"], status: 64, message: "Cannot read the date"),
    Case(name: "future date", setup: .standard, arguments: ["log", "fatigue", "--on", "tomorrow"], status: 65, message: "in the future"),
    Case(name: "date before birth", setup: .standard, arguments: ["log", "fatigue", "--on", "2015-01-01"], status: 65, message: "before Leo was born"),
    Case(name: "bad time", setup: .standard, arguments: ["log", "fatigue", "--at", "25:00"], status: 64, message: "21:30"),
    Case(name: "unknown profile", setup: .standard, arguments: ["log", "fatigue", "--profile", "Zed"], status: 65, message: "no profile named Zed"),
    Case(name: "ambiguous profile", setup: .twoProfiles, arguments: ["log", "fatigue"], status: 64, message: "--profile NAME"),
    Case(name: "bare temperature out of both ranges", setup: .standard, arguments: ["log", "temperature", "60"], status: 65, message: "38.6C"),
    Case(name: "temperature too high", setup: .standard, arguments: ["log", "temperature", "46C"], status: 65, message: "30–45"),
    Case(name: "temperature not a number", setup: .standard, arguments: ["log", "temperature", "hot"], status: 64, message: "Type a number"),
    Case(name: "temperature missing", setup: .standard, arguments: ["log", "temperature"], status: 64, message: "log temperature 38.2"),
    Case(name: "temperature bad unit", setup: .standard, arguments: ["log", "temperature", "38K"], status: 64, message: "Use C or F"),
    Case(name: "weight out of range", setup: .standard, arguments: ["log", "weight", "900kg"], status: 65, message: "1–400 kg"),
    Case(name: "weight bad unit", setup: .standard, arguments: ["log", "weight", "12stone"], status: 64, message: "kg or lb"),
    Case(name: "value on a symptom", setup: .standard, arguments: ["log", "fatigue", "7"], status: 64, message: "--note \"7\""),
    Case(name: "severity on a temperature", setup: .standard, arguments: ["log", "temperature", "37", "--severity", "mild"], status: 64, message: "for symptoms"),
    Case(name: "empty note", setup: .standard, arguments: ["log", "infection", "--note", "  "], status: 64, message: "empty"),
    Case(name: "over-long note", setup: .standard, arguments: ["note", String(repeating: "a", count: 10_001)], status: 65, message: "limit is 10000"),
    Case(name: "control characters", setup: .standard, arguments: ["note", "bad\u{1B}[31m colour"], status: 65, message: "control characters"),
    Case(name: "unknown id", setup: .standard, arguments: ["edit", "ffffff", "--severity", "mild"], status: 65, message: "No entry has an id"),
    Case(name: "id too short", setup: .standard, arguments: ["delete", "abc"], status: 64, message: "at least the first 6"),
    Case(name: "ambiguous id", setup: .twinIDs, arguments: ["delete", "abcdef"], status: 65, message: "More than one entry"),
    Case(name: "edit with nothing to change", setup: .standard, arguments: ["edit", "abcdef"], status: 64, message: "Say what to change"),
    Case(name: "missing journal for list", setup: .noJournal, arguments: ["list"], status: 66, message: "no journal at"),
    Case(name: "missing journal for history", setup: .noJournal, arguments: ["history", "abcdef"], status: 66, message: "profile add"),
    Case(name: "foreign SQLite file", setup: .foreignSQLite, arguments: ["log", "fatigue"], status: 65, message: "not a carelog journal"),
    Case(name: "foreign SQLite file, reading", setup: .foreignSQLite, arguments: ["list"], status: 65, message: "left it untouched"),
    Case(name: "text file as journal", setup: .textFile, arguments: ["log", "fatigue"], status: 65, message: "not a carelog journal"),
    Case(name: "journal from a newer carelog", setup: .newerJournal, arguments: ["log", "fatigue"], status: 65, message: "newer version"),
    Case(name: "journal from a newer carelog, reading", setup: .newerJournal, arguments: ["list"], status: 65, message: "newer version"),
    Case(name: "folder as journal", setup: .folderAsJournal, arguments: ["log", "fatigue"], status: 74, message: "is a folder"),
    Case(name: "unknown treatment", setup: .standard, arguments: ["treatment", "add", "vincristin"], status: 64, message: "vincristine"),
    Case(name: "treatment ends before it starts", setup: .standard, arguments: ["treatment", "add", "steroid", "--from", "2025-05-01", "--to", "2025-04-01"], status: 65, message: "before the start"),
    Case(name: "duplicate profile", setup: .standard, arguments: ["profile", "add", "leo"], status: 65, message: "already a profile"),
    Case(name: "profile born in the future", setup: .standard, arguments: ["profile", "add", "Mia", "--born", "2027-01-01"], status: 65, message: "in the future"),
    Case(name: "unknown baseline symptom", setup: .standard, arguments: ["baseline", "fatige"], status: 64, message: "Did you mean fatigue"),
    Case(name: "bad visit date", setup: .standard, arguments: ["visit", "add", "next tuesday-ish"], status: 64, message: "Cannot read the date"),
    Case(name: "unknown flag", setup: .standard, arguments: ["log", "fatigue", "--sevrity", "mild"], status: 64, message: "--sevrity"),
    Case(name: "unknown command", setup: .standard, arguments: ["lgo", "fatigue"], status: 64, message: "lgo", journalFlag: false),
    Case(name: "checkin without a terminal", setup: .standard, arguments: ["checkin"], status: 64, message: "carelog log"),
    Case(name: "demo over an existing journal", setup: .standard, arguments: ["demo"], status: 73, message: "never overwrites"),
    // Issue 16: refuse, don't guess; and no refused command creates a journal.
    Case(name: "last weekday", setup: .standard, arguments: ["log", "fatigue", "--on", "last tuesday"], status: 64, message: "2026-11-24 or 2026-11-17"),
    Case(name: "time later than now today", setup: .standard, arguments: ["log", "fatigue", "--at", "13:00"], status: 65, message: "later than now", environment: ["CARELOG_TIME": "12:00"]),
    Case(name: "patient as own caregiver", setup: .standard, arguments: ["log", "fatigue", "--by", "Leo", "--caregiver"], status: 65, message: "own caregiver"),
    Case(name: "patient as own caregiver, edit", setup: .twinIDs, arguments: ["edit", "abcdef01", "--by", "leo", "--caregiver"], status: 65, message: "own caregiver"),
    Case(name: "words after a symptom", setup: .standard, arguments: ["log", "vomiting", "twice"], status: 64, message: "--note \"twice\""),
    Case(name: "digits split by a space", setup: .standard, arguments: ["log", "temperature", "38", "5"], status: 64, message: "Type a number"),
    Case(name: "temperature no unit would save", setup: .standard, arguments: ["log", "temperature", "25"], status: 65, message: "probably a typo"),
    Case(name: "purge without a terminal or --yes", setup: .twinIDs, arguments: ["delete", "abcdef01", "--purge"], status: 64, message: "--purge --yes"),
    Case(name: "log on a new journal path", setup: .noJournal, arguments: ["log", "fatigue"], status: 66, message: "profile add"),
    Case(name: "typo on a new journal path", setup: .noJournal, arguments: ["log", "fatige"], status: 64, message: "Did you mean fatigue"),
    Case(name: "treatment on a new journal path", setup: .noJournal, arguments: ["treatment", "add", "vincristine"], status: 66, message: "profile add"),
    // Issue 15: medicines and doses.
    Case(name: "unknown medicine", setup: .medicines, arguments: ["medicine", "add", "aspirinx", "--dose", "1", "--every", "day", "--from", "2026-11-01"], status: 65, message: "not a medicine carelog knows"),
    Case(name: "same medicine twice", setup: .medicines, arguments: ["medicine", "add", "purinethol", "--dose", "50 mg", "--every", "day", "--from", "2026-11-10"], status: 65, message: "already scheduled"),
    Case(name: "radiation as a medicine", setup: .medicines, arguments: ["medicine", "add", "radiation", "--dose", "x", "--every", "day", "--from", "2026-11-01"], status: 65, message: "carelog treatment add radiation"),
    Case(name: "medicine ending before it starts", setup: .medicines, arguments: ["medicine", "add", "steroid", "--dose", "6 mg", "--every", "28d", "--from", "2026-11-10", "--to", "2026-11-01"], status: 65, message: "before the start date"),
    Case(name: "--for without a cycle", setup: .medicines, arguments: ["medicine", "add", "steroid", "--dose", "6 mg", "--every", "day", "--for", "5", "--from", "2026-11-01"], status: 64, message: "--every 28d --for 5"),
    Case(name: "pulse as long as its cycle", setup: .medicines, arguments: ["medicine", "add", "steroid", "--dose", "6 mg", "--every", "28d", "--for", "28", "--from", "2026-11-01"], status: 65, message: "from 1 to 27"),
    Case(name: "unknown schedule", setup: .medicines, arguments: ["medicine", "add", "steroid", "--dose", "6 mg", "--every", "fortnightly", "--from", "2026-11-01"], status: 64, message: "--every 28d"),
    Case(name: "unknown weekday", setup: .medicines, arguments: ["medicine", "add", "steroid", "--dose", "6 mg", "--every", "week", "--on", "fryday", "--from", "2026-11-01"], status: 64, message: "--on friday"),
    Case(name: "empty dose text", setup: .medicines, arguments: ["medicine", "add", "steroid", "--dose", " ", "--every", "day", "--from", "2026-11-01"], status: 64, message: "dose"),
    Case(name: "stop before the start", setup: .medicines, arguments: ["medicine", "stop", "6mp", "--on", "2026-10-01"], status: 65, message: "before the start"),
    Case(name: "dose of a medicine not scheduled", setup: .medicines, arguments: ["took", "vincristine"], status: 65, message: "not on the schedule"),
    Case(name: "dose on a day none was due", setup: .medicines, arguments: ["took", "methotrexate", "--on", "2026-11-26"], status: 65, message: "--on 2026-11-20"),
    Case(name: "dose before the medicine started", setup: .medicines, arguments: ["missed", "6-mp", "--on", "2026-10-30"], status: 65, message: "scheduled from 2026-11-01"),
    Case(name: "future dose", setup: .medicines, arguments: ["took", "6-mp", "--on", "tomorrow"], status: 65, message: "in the future"),
    Case(name: "dose recorded twice", setup: .medicines, arguments: ["missed", "6-mp", "--on", "2026-11-20"], status: 65, message: "already recorded as taken"),
    Case(name: "dose reason with control characters", setup: .medicines, arguments: ["missed", "6-mp", "--reason", "bad\u{1B}[31m"], status: 65, message: "control characters"),
    Case(name: "bad --visit-every", setup: .standard, arguments: ["profile", "set", "Leo", "--visit-every", "2"], status: 65, message: "between 7 and 730"),
  ]

  @Test(arguments: cases)
  func refusesAndWritesNothing(_ badCase: Case) throws {
    // Given
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try Self.prepare(badCase.setup, runner)
    let before = try runner.snapshot()
    // When
    let result = try runner.run(badCase.arguments, journalFlag: badCase.journalFlag, environment: badCase.environment)
    // Then
    #expect(result.status == badCase.status, "\(badCase.name): \(result.stderr)")
    #expect(result.stderr.contains(badCase.message), "\(badCase.name): stderr was \(result.stderr)")
    #expect(result.stdout.isEmpty || badCase.status == 64, "\(badCase.name): stdout was \(result.stdout)")
    #expect(try runner.snapshot() == before, "\(badCase.name): the journal folder changed")
  }

  static func prepare(_ setup: Setup, _ runner: CarelogRunner) throws {
    switch setup {
    case .noJournal:
      return
    case .medicines:
      try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02", "--reporter", "Anna"])
      try runner.ok(["medicine", "add", "6-mp", "--dose", "50 mg", "--every", "day", "--at", "20:00", "--from", "2026-11-01"])
      try runner.ok(["medicine", "add", "methotrexate", "--dose", "20 mg", "--every", "week", "--on", "friday", "--from", "2026-11-06"])
      try runner.ok(["took", "mercaptopurine", "--on", "2026-11-20"])
    case .standard, .twoProfiles, .twinIDs, .newerJournal:
      try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02", "--reporter", "Anna"])
      try runner.ok(["log", "fatigue", "--severity", "mild"])
      if setup == .twoProfiles { try runner.ok(["profile", "add", "Mia"]) }
      if setup == .twinIDs {
        try sqlite(runner.journal, """
          INSERT INTO entry(id, profileId, kind, term, occurredOn, recordedAt, reporter, reporterRole)
          VALUES ('abcdef01-0000-4000-8000-000000000001', 1, 'symptom', 'fatigue', '2026-11-20', '2026-11-20T10:00:00Z', 'Anna', 'caregiver'),
                 ('abcdef02-0000-4000-8000-000000000002', 1, 'symptom', 'fatigue', '2026-11-21', '2026-11-21T10:00:00Z', 'Anna', 'caregiver');
          """)
      }
      if setup == .newerJournal {
        try sqlite(runner.journal, "INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future');")
      }
    case .foreignSQLite:
      try sqlite(runner.journal, "CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES ('soup');")
    case .textFile:
      try "2026-11-20 09:00 Felt tired.\n".write(toFile: runner.journal, atomically: false, encoding: .utf8)
    case .folderAsJournal:
      try FileManager.default.createDirectory(atPath: runner.journal, withIntermediateDirectories: false)
    }
  }

  /// Runs SQL through the sqlite3 shell, the way another program would touch the file.
  static func sqlite(_ path: String, _ sql: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [path, sql]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "sqlite3 failed on \(sql)")
  }
}
