import CarelogCore

/// Everything the rules look at for one profile, as of one day. Entries count as they now stand
/// (edits applied, deleted ones left out) whoever recorded them.
public struct RuleInput: Sendable {
  public let profile: Profile
  /// The profile's entries on or before `asOf`, oldest first.
  public let entries: [Entry]
  public let treatments: [Treatment]
  public let baseline: Set<String>
  public let visits: [Visit]
  public let asOf: LocalDate
  /// Medicines on a schedule, and the doses recorded of them (at least those of the rules' windows).
  public let medicines: [Medicine]
  public let doses: [Dose]
  /// For each symptom term, the profile's treatments the sources list it as a side effect of.
  let sideEffectTreatments: [String: [Treatment]]

  public init(
    profile: Profile, entries: [Entry], treatments: [Treatment], baseline: Set<String>, visits: [Visit],
    asOf: LocalDate, medicines: [Medicine] = [], doses: [Dose] = []
  ) {
    self.profile = profile
    // Journals come back from the store sorted and bounded already; then the array is shared, not copied.
    let isReady = entries.last.map { $0.occurredOn <= asOf } ?? true
      && zip(entries, entries.dropFirst()).allSatisfy { $0.occurredOn <= $1.occurredOn }
    self.entries = isReady ? entries : entries.filter { $0.occurredOn <= asOf }.sorted { $0.occurredOn < $1.occurredOn }
    self.treatments = treatments
    self.baseline = baseline
    self.visits = visits
    self.asOf = asOf
    self.medicines = medicines
    self.doses = doses
    sideEffectTreatments = SideEffects.byTerm(treatments)
    presentSymptoms = EntrySelection(self.entries) {
      $0.kind == .symptom && $0.severity != Severity.none && $0.term != nil
    }
  }

  /// Symptom reports that say the symptom was there (severity not "none"), oldest first. Computed once: most
  /// rules read it, and on a long journal a copy per rule would multiply the memory used. Held by position in
  /// `entries`, not as copies of the entries (10 MiB for a whole history of 125,000 entries).
  let presentSymptoms: EntrySelection

  /// The treatments given on the entry's day that the sources list the entry's symptom as a side effect of.
  func treatmentsCausing(_ entry: Entry) -> [Treatment] {
    guard let term = entry.term, let candidates = sideEffectTreatments[term] else { return [] }
    return candidates.filter { $0.isActive(on: entry.occurredOn) }
  }

  func isKnownSideEffect(_ entry: Entry) -> Bool { !treatmentsCausing(entry).isEmpty }

  /// Whether the profile was on treatment on `day` (from its end-of-treatment date as it stands).
  func isOnTreatment(_ day: LocalDate) -> Bool { profile.isOnTreatment(on: day) }

  /// Days from the last day of treatment to `day`: 0 while on treatment (by the profile's dates or a course given
  /// that day), nil when no treatment had ended by then.
  func daysSinceTreatment(on day: LocalDate) -> Int? {
    if isOnTreatment(day) || treatments.contains(where: { $0.isActive(on: day) }) { return 0 }
    let ends = ([profile.treatmentEnded] + treatments.map(\.to)).compactMap { $0 }.filter { $0 <= day }
    return ends.max().map { day.days(since: $0) }
  }

  /// Whether `day` is during treatment or at most `days` days after its last day.
  func isOnOrSoonAfterTreatment(_ day: LocalDate, within days: Int) -> Bool {
    guard let since = daysSinceTreatment(on: day) else { return false }
    return since <= days
  }

  /// "during treatment" or "12 days after the last day of treatment", for what was seen on `day`.
  func treatmentTiming(on day: LocalDate) -> String {
    guard let since = daysSinceTreatment(on: day), since > 0 else { return "during treatment" }
    return "\(since) day\(since == 1 ? "" : "s") after the last day of treatment"
  }

  /// Whether `rule` applies on `day` (phase and age group).
  func applies(_ rule: RuleDefinition, on day: LocalDate) -> Bool {
    switch rule.phase {
    case .any: break
    case .onTreatment: guard isOnTreatment(day) else { return false }
    case .onOrSoonAfterTreatment:
      guard isOnOrSoonAfterTreatment(day, within: Int(rule.parameter("afterTreatmentDays"))) else { return false }
    case .followUp: guard !isOnTreatment(day) else { return false }
    }
    guard rule.ageGroup != .any, let born = profile.born else { return true }
    let isChild = day.years(since: born) < 18
    return rule.ageGroup == .child ? isChild : !isChild
  }
}

/// Some of an array's entries, in order, read like an array of them but held as positions in it: the entries are
/// not copied.
struct EntrySelection: RandomAccessCollection, Sendable {
  private let entries: [Entry]
  /// 4 bytes a position: no profile has 2³¹ entries.
  private let positions: [Int32]

  init(_ entries: [Entry], where isIncluded: (Entry) -> Bool) {
    self.entries = entries
    var positions: [Int32] = []
    for index in entries.indices where isIncluded(entries[index]) { positions.append(Int32(index)) }
    self.positions = positions
  }

  private init(_ entries: [Entry], positions: [Int32]) {
    self.entries = entries
    self.positions = positions
  }

  /// The entries of this selection that `isIncluded` keeps, still held by position.
  func selecting(where isIncluded: (Entry) -> Bool) -> EntrySelection {
    EntrySelection(entries, positions: positions.filter { isIncluded(entries[Int($0)]) })
  }

  var startIndex: Int { 0 }
  var endIndex: Int { positions.count }
  subscript(position: Int) -> Entry { entries[Int(positions[position])] }
}
