import CarelogCore
import CarelogReports
import CarelogRules
import CarelogStore

extension Journal {
  /// The visit summary of the chosen profile from `since` (default: the current period's start) to `until`,
  /// as of `asOf`: the flags are computed once here and handed to the summary.
  public func summary(since: LocalDate?, until: LocalDate, asOf: LocalDate) throws -> Summary {
    try database.read { session in
      let profile = try choice.chosenProfile(in: session)
      let visits = try session.visits(of: profile)
      let start = since ?? ReportingPeriod.defaultStart(visits: visits, asOf: asOf)
      guard start <= until else {
        throw CarelogError.usage("The period starts (\(start)) after it ends (\(until)). Check --since and --until.")
      }
      let evaluatedAsOf = max(asOf, until)
      let entries = try session.entries(
        profileID: profile.id!, until: evaluatedAsOf, since: RuleEngine.lookBack().mapValues { start.adding(days: -$0) })
      let treatments = try session.treatments(of: profile)
      let baseline = try session.baseline(of: profile)
      let medicines = try session.medicines(of: profile)
      let doses = try session.doses(
        of: medicines, from: min(start, evaluatedAsOf.adding(days: -RuleEngine.doseDays)), through: evaluatedAsOf)
      let input = RuleInput(
        profile: profile, entries: entries, treatments: DoseLoading.courses(treatments, medicines: medicines),
        baseline: Set(baseline), visits: visits, asOf: evaluatedAsOf, medicines: medicines, doses: doses)
      let flags = RuleEngine.flags(input, acknowledgements: try FlagLoading.acknowledgements(session, profile: profile))
      return SummaryBuilder.build(
        profile: profile, entries: input.entries, treatments: input.treatments, baseline: baseline, flags: flags,
        period: start...until, asOf: evaluatedAsOf,
        doses: try DoseLoading.tallies(session, profile: profile, from: start, through: until))
    }
  }
}
