/// Checks on who recorded an entry and when, for entries typed now (imports keep what was recorded).
public enum ReporterCheck {
  /// The reporter for `--by NAME` and `--caregiver`/`--self`, refusing the patient as their own caregiver.
  public static func reporter(for profile: Profile, named name: String?, role: ReporterRole?) throws -> Reporter {
    let reporter = profile.reporter(named: name, role: role)
    if reporter.role == .caregiver, profile.isNamed(reporter.name) {
      var message = "\(profile.name) is the patient on this profile, so \(profile.name) cannot be their own caregiver. "
      message += "If \(profile.name) is recording, use --self instead of --caregiver; if someone else is, "
      message += "give their name, for example: --by Anna --caregiver"
      throw CarelogError.badData(message)
    }
    return reporter
  }

  /// Refuses a time later than now on today's date: entries are for things that have happened.
  public static func time(_ time: TimeOfDay?, on day: LocalDate, today: LocalDate, now: TimeOfDay) throws {
    guard let time, day == today, time > now else { return }
    throw CarelogError.badData(
      "\(time) today is later than now (\(now)). Entries are for things that have happened: use the time it "
        + "happened, or --on yesterday if it was last night.")
  }
}
