import Foundation
import Testing

/// Medicines on a schedule and doses, through the built binary (today is pinned to Thursday 2026-11-26).
@Suite struct MedicineTests {
  static func doses(_ runner: CarelogRunner, since: String = "2026-11-01") throws -> [String: [String: Any]] {
    let json = try runner.ok(["doses", "--since", since, "--json"])
    let list = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    // Two courses of one medicine are two objects; keep the later one.
    return Dictionary(list.map { ($0["name"] as? String ?? "?", $0) }, uniquingKeysWith: { _, later in later })
  }

  @Test func aScheduleCountsDueTakenMissedHeldAndNotRecorded() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02", "--reporter", "Anna", "--caregiver"])
    try runner.ok(["medicine", "add", "6-MP", "--dose", "50 mg", "--every", "day", "--at", "20:00", "--from", "2026-11-01"])
    try runner.ok(["medicine", "add", "methotrexate", "--dose", "20 mg", "--every", "week", "--on", "friday", "--from", "2026-11-06"])
    try runner.ok(["medicine", "add", "dexamethasone", "--dose", "6 mg twice a day", "--every", "28d", "--for", "5", "--from", "2026-11-02"])
    for day in ["2026-11-20", "2026-11-21", "2026-11-22"] { try runner.ok(["took", "purinethol", "--on", day]) }
    try runner.ok(["missed", "mercaptopurine", "--on", "2026-11-23", "--reason", "vomited it"])
    try runner.ok(["missed", "mercaptopurine", "--on", "2026-11-24", "--held"])
    try runner.ok(["took", "mtx", "--on", "2026-11-13"])

    let doses = try Self.doses(runner)
    // Hand-counted: 26 days of 6-MP from 11-01 to 11-26; Fridays 6, 13, 20; the steroid pulse 11-02 to 11-06.
    let mp = try #require(doses["mercaptopurine"])
    #expect(mp["dose"] as? String == "50 mg")
    #expect(mp["schedule"] as? String == "every day at 20:00")
    #expect(mp["due"] as? Int == 26)
    #expect(mp["taken"] as? Int == 3)
    #expect(mp["missed"] as? Int == 1)
    #expect(mp["held"] as? Int == 1)
    #expect(mp["not_recorded"] as? Int == 21)
    #expect(mp["adherence"] as? Double == 0.12)  // 3 ÷ (26 − 1)
    let mtx = try #require(doses["methotrexate"])
    #expect(mtx["schedule"] as? String == "every week on Friday")
    #expect(mtx["due"] as? Int == 3)
    #expect(mtx["taken"] as? Int == 1)
    #expect(mtx["not_recorded"] as? Int == 2)
    let steroid = try #require(doses["steroid"])
    #expect(steroid["due"] as? Int == 5)
    #expect(steroid["schedule"] as? String == "every 28 days, for 5 days")
    #expect(Set(mp.keys) == ["name", "dose", "schedule", "due", "taken", "missed", "held", "not_recorded", "adherence"])
  }

  @Test func missedDosesRaiseTheFlagAtTheirThresholds() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02", "--reporter", "Anna", "--caregiver"])
    try runner.ok(["medicine", "add", "6-mp", "--dose", "50 mg", "--every", "day", "--from", "2026-11-01"])
    try runner.ok(["missed", "6-mp", "--on", "2026-11-24", "--held"])
    // 26 due in the last 30 days, 1 held: 25 counted. 1 missed = 4 %: no flag.
    let first = try runner.ok(["missed", "6-mp", "--on", "2026-11-23"])
    #expect(!first.contains("Doses missed"))
    #expect(try Self.flagLevel(runner) == nil)
    // 2 of 25 = 8 %: next visit, shown at once, with what it means for maintenance and what to ask.
    let second = try runner.ok(["missed", "6-mp", "--on", "2026-11-22", "--reason", "ran out"])
    #expect(second.contains("NEXT-VISIT  Doses missed"))
    #expect(second.contains("higher chance of the leukemia"))
    #expect(second.contains("Ask the care team what to do about a missed dose"))
    #expect(second.contains("does not replace medical advice"))
    #expect(try Self.flagLevel(runner) == "next-visit")
    // 3 of 25 = 12 %: soon.
    try runner.ok(["missed", "6-mp", "--on", "2026-11-21"])
    #expect(try Self.flagLevel(runner) == "soon")
    // Not recorded never counts: 22 days are not recorded and the flag rests on the 3 missed ones.
    let flags = try runner.ok(["flags", "--json"])
    #expect(flags.contains("3 of the 25 Mercaptopurine (6-MP) doses due in the last 30 days were recorded as missed"))
  }

  static func flagLevel(_ runner: CarelogRunner) throws -> String? {
    let json = try runner.ok(["flags", "--json"])
    let flags = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    return flags.first { $0["rule"] as? String == "doses-missed" }?["level"] as? String
  }

  @Test func stoppingAndEditingAMedicineKeepTheRecordedDoses() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02"])
    try runner.ok(["medicine", "add", "6-mp", "--dose", "50 mg", "--every", "day", "--from", "2026-11-01"])
    try runner.ok(["took", "6-mp", "--on", "2026-11-10"])
    let refused = try runner.run(["medicine", "edit", "6-mp", "--from", "2026-11-15"])
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("2026-11-10 would no longer be due"))
    #expect(refused.stderr.contains("carelog medicine stop mercaptopurine --on 2026-11-26, then carelog medicine add "
      + "mercaptopurine --dose \"50 mg\" --every day --from 2026-11-27"))
    let edited = try runner.ok(["medicine", "edit", "6-mp", "--dose", "75 mg"])
    #expect(edited.contains("75 mg, every day, from 2026-11-01"))
    try runner.ok(["medicine", "stop", "6-mp", "--on", "2026-11-20"])
    // A new course may start after the old one ends.
    try runner.ok(["medicine", "add", "6-mp", "--dose", "25 mg", "--every", "day", "--from", "2026-11-21"])
    let list = try runner.ok(["medicine", "list"])
    #expect(list.contains("Mercaptopurine (6-MP): 75 mg, every day, from 2026-11-01 to 2026-11-20"))
    #expect(list.contains("Mercaptopurine (6-MP): 25 mg, every day, from 2026-11-21"))
    let json = try runner.ok(["doses", "--since", "2026-11-01", "--json"])
    let courses = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(courses.map { $0["dose"] as? String } == ["75 mg", "25 mg"])
    #expect(courses.map { $0["due"] as? Int } == [20, 6])
    #expect(courses.map { $0["taken"] as? Int } == [1, 0])
  }
}

/// The check-in asks about the doses due and not recorded, in a real terminal.
@Suite struct CheckinDoseTests {
  @Test(.enabled(if: CheckinTerminalTests.haveScript, "needs /usr/bin/script for a pseudo-terminal"))
  func checkinAsksAboutEachDueDoseOnce() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02", "--reporter", "Anna", "--caregiver"])
    try runner.ok(["medicine", "add", "6-mp", "--dose", "50 mg", "--every", "day", "--at", "20:00", "--from", "2026-11-25"])
    let command = "\(CarelogRunner.binary) checkin --journal \(runner.journal)"
    // Yesterday's dose: yes. Today's: no, forgot. Then skip the temperature, other symptoms and the note.
    let answers = ["yes", "no", "forgot", "", "", ""]
    let first = try runner.run(
      ["-qec", command, "/dev/null"], journalFlag: false, stdin: answers.joined(separator: "\n") + "\n",
      executable: "/usr/bin/script")
    #expect(first.status == 0, "\(first.stdout)")
    #expect(first.stdout.contains("Did Leo take the mercaptopurine due yesterday at 20:00?"))
    #expect(first.stdout.contains("Did Leo take the mercaptopurine due today at 20:00?"))
    let mp = try #require(try MedicineTests.doses(runner, since: "2026-11-25")["mercaptopurine"])
    #expect(mp["taken"] as? Int == 1)
    #expect(mp["missed"] as? Int == 1)
    #expect(mp["not_recorded"] as? Int == 0)
    // Every due dose is recorded now: the next check-in does not ask again.
    let second = try runner.run(
      ["-qec", command, "/dev/null"], journalFlag: false, stdin: "\n\n\n", executable: "/usr/bin/script")
    #expect(second.status == 0, "\(second.stdout)")
    #expect(!second.stdout.contains("Did Leo take"))
  }
}
