import CarelogCore
import Testing

/// Schedules, due days and the adherence arithmetic of doses (issue 15).
struct MedicineScheduleTests {
  static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

  static func medicine(
    _ every: String, on weekday: String? = nil, for days: Int? = nil, from: String, to: String? = nil
  ) throws -> Medicine {
    let start = day(from)
    let schedule = try MedicineCheck.schedule(every: every, on: weekday, forDays: days, at: nil, from: start)
    var medicine = Medicine(profileID: 1, name: "mercaptopurine", dose: "50 mg", schedule: schedule, from: start, to: to.map(day))
    medicine.id = 1
    return medicine
  }

  static func padded(_ number: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: 12 - digits.count) + digits
  }

  @Test func aDailyMedicineIsDueEveryDayFromItsStartToItsStop() throws {
    let medicine = try Self.medicine("day", from: "2026-11-10", to: "2026-11-20")
    let due = medicine.dueDays(from: Self.day("2026-11-01"), through: Self.day("2026-11-30"))
    #expect(due.count == 11)
    #expect(due.first == Self.day("2026-11-10"))
    #expect(due.last == Self.day("2026-11-20"))
    #expect(!medicine.isDue(on: Self.day("2026-11-09")))
    #expect(!medicine.isDue(on: Self.day("2026-11-21")))
  }

  @Test func aWeeklyMedicineFallsOnItsWeekdayOrOnItsFirstDaysWeekday() throws {
    let friday = try Self.medicine("week", on: "fri", from: "2026-11-01")
    let due = friday.dueDays(from: Self.day("2026-11-01"), through: Self.day("2026-11-30"))
    #expect(due.map(\.description) == ["2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27"])
    let sameWeekday = try Self.medicine("weekly", from: "2026-11-03")  // a Tuesday
    #expect(sameWeekday.dueDays(from: Self.day("2026-11-01"), through: Self.day("2026-11-17")).map(\.description)
      == ["2026-11-03", "2026-11-10", "2026-11-17"])
  }

  @Test func aPulseLastsItsDaysInEachCycle() throws {
    let pulse = try Self.medicine("28d", for: 5, from: "2026-01-30")
    let due = pulse.dueDays(from: Self.day("2026-01-01"), through: Self.day("2026-03-31"))
    // Across the end of January and of February (28 days in 2026), and the EU and US clock changes in March:
    // dates are local days, so a cycle is always 28 days.
    #expect(due.map(\.description) == [
      "2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02", "2026-02-03",
      "2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02", "2026-03-03",
      "2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30", "2026-03-31",
    ])
    let everyThird = try Self.medicine("3d", from: "2028-02-27")  // 2028 is a leap year
    #expect(everyThird.dueDays(from: Self.day("2028-02-27"), through: Self.day("2028-03-05")).map(\.description)
      == ["2028-02-27", "2028-03-01", "2028-03-04"])
  }

  @Test func adherenceLeavesHeldDosesOutAndNeverCountsUnrecordedOnes() throws {
    let medicine = try Self.medicine("day", from: "2026-11-01")
    func dose(_ on: String, _ status: Dose.Status) -> Dose {
      Dose(
        id: EntryID("00000000-0000-4000-8000-\(Self.padded(Self.day(on).dayNumber))")!, medicineID: 1,
        on: Self.day(on), status: status, reporter: Reporter(name: "Anna", role: .caregiver),
        recordedAt: Timestamp(iso: "2026-11-26T10:00:00Z")!)
    }
    let doses = [
      dose("2026-11-01", .taken), dose("2026-11-02", .taken), dose("2026-11-03", .missed), dose("2026-11-04", .held),
      dose("2026-10-31", .taken),  // before the period: not counted
    ]
    let tally = DoseTally(medicine, doses: doses, from: Self.day("2026-11-01"), through: Self.day("2026-11-10"))
    #expect(tally.due == 10)
    #expect(tally.taken == 2)
    #expect(tally.missed == 1)
    #expect(tally.held == 1)
    #expect(tally.notRecorded == 6)
    #expect(tally.adherence == 2.0 / 9.0)
    #expect(tally.missedShare == 1.0 / 9.0)
    let allHeld = DoseTally(medicine, doses: [dose("2026-11-04", .held)], from: Self.day("2026-11-04"), through: Self.day("2026-11-04"))
    #expect(allHeld.adherence == nil)
  }

  @Test(arguments: [
    ("fortnightly", nil as String?, nil as Int?, "--every 28d"),
    ("1000d", nil, nil, "366d"),
    ("day", "friday", nil, "--on goes with --every week"),
    ("day", nil, 5, "--for goes with --every Nd"),
    ("28d", nil, 28, "from 1 to 27"),
    ("week", "fryday", nil, "--on friday"),
  ])
  func badSchedulesSayWhatToType(every: String, weekday: String?, days: Int?, advice: String) {
    #expect {
      _ = try MedicineCheck.schedule(every: every, on: weekday, forDays: days, at: nil, from: Self.day("2026-11-01"))
    } throws: { error in
      (error as? CarelogError)?.message.contains(advice) == true
    }
  }

  @Test func namesGoThroughTheTreatmentCatalog() throws {
    #expect(try MedicineCheck.name("6-MP") == "mercaptopurine")
    #expect(try MedicineCheck.name("Purinethol") == "mercaptopurine")
    #expect(try MedicineCheck.name("oral methotrexate") == "methotrexate")
    #expect(try MedicineCheck.name("dexamethasone") == "steroid")
    #expect(throws: CarelogError.self) { try MedicineCheck.name("radiation") }
  }

  @Test func aSecondCourseOnTheSameDaysIsRefusedNamingTheFirst() throws {
    let first = try Self.medicine("day", from: "2026-11-01", to: "2026-11-20")
    var second = try Self.medicine("day", from: "2026-11-15")
    second.id = nil
    #expect {
      try MedicineCheck.checkOverlap(second, against: [first])
    } throws: { error in
      (error as? CarelogError)?.message.contains("already scheduled from 2026-11-01 to 2026-11-20") == true
    }
    second.from = Self.day("2026-11-21")
    try MedicineCheck.checkOverlap(second, against: [first])
  }
}
