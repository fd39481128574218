import CarelogCore
import CarelogRules
import CarelogStore

/// Profiles, treatments, symptoms from before diagnosis, and visits.
extension Journal {
  // MARK: - Profiles

  /// Adds `profile`; returns how many profiles the journal holds now.
  public func addProfile(_ profile: Profile) throws -> Int {
    try database.write { session in
      try session.add(profile)
      return try session.profiles().count
    }
  }

  /// Every profile, and the name of the default one.
  public func profiles() throws -> (profiles: [Profile], defaultName: String?) {
    try database.read { session in (try session.profiles(), try session.defaultProfileName()) }
  }

  /// A profile (the named one, else the chosen one) with its treatments and symptoms from before diagnosis.
  public func profileDetails(named name: String?) throws -> (profile: Profile, treatments: [Treatment], baseline: [String]) {
    try database.read { session in
      var choice = self.choice
      if let name { choice.profile = name }
      let profile = try choice.chosenProfile(in: session)
      return (profile, try session.treatments(of: profile), try session.baseline(of: profile))
    }
  }

  /// Changes the profile named `name` with `change`. No entry may come before a new birth date, or the journal's
  /// own export would not import.
  public func updateProfile(named name: String, _ change: (Profile) throws -> Profile) throws -> Profile {
    try database.write { session in
      guard let current = try session.profile(named: name) else {
        throw CarelogError.badData("There is no profile named \(name). See them with: carelog profile list")
      }
      let updated = try change(current)
      if let born = updated.born, let first = try session.earliestEntryDay(profileID: current.id!), first < born {
        throw CarelogError.badData(
          "\(current.name) has an entry on \(first), before \(born). Check the birth date, or change that entry "
            + "first (carelog list --until \(first)).")
      }
      try session.update(updated)
      return updated
    }
  }

  /// Makes the profile named `name` the one used when none is named.
  public func setDefaultProfile(named name: String) throws -> Profile {
    try database.write { session in
      guard let profile = try session.profile(named: name) else {
        let names = try session.profiles().map(\.name).joined(separator: ", ")
        throw CarelogError.badData("There is no profile named \(name). The profiles are: \(names).")
      }
      try session.setDefaultProfile(profile)
      return profile
    }
  }

  // MARK: - Treatments

  /// Adds a treatment course to the chosen profile (its profile id is set here); a course of the same treatment
  /// that overlaps one already there is refused, naming it.
  public func addTreatment(_ treatment: Treatment, today: LocalDate) throws -> (treatment: Treatment, profile: Profile) {
    try database.write { session in
      let profile = try choice.chosenProfile(in: session)
      var course = treatment
      course.profileID = profile.id!
      try TreatmentOverlap.check(course, against: try session.treatments(of: profile), today: today)
      return (try session.add(course), profile)
    }
  }

  /// The chosen profile's treatment courses.
  public func treatments() throws -> (treatments: [Treatment], profile: Profile) {
    try database.read { session in
      let profile = try choice.chosenProfile(in: session)
      return (try session.treatments(of: profile), profile)
    }
  }

  // MARK: - Before diagnosis

  /// Records `terms` as present before diagnosis (none: only reads); returns those newly added and all of them.
  public func baseline(adding terms: [String]) throws -> (profile: Profile, added: [String], all: [String]) {
    let action: (JournalSession) throws -> (Profile, [String], [String]) = { session in
      let profile = try choice.chosenProfile(in: session)
      let added = terms.isEmpty ? [] : try session.addBaseline(terms, to: profile)
      return (profile, added, try session.baseline(of: profile))
    }
    return try terms.isEmpty ? database.read(action) : database.write(action)
  }

  // MARK: - Visits

  /// Adds a visit (past or planned) to the chosen profile.
  public func addVisit(_ visit: Visit) throws -> Profile {
    try database.write { session in
      let profile = try choice.chosenProfile(in: session)
      try session.add(Visit(profileID: profile.id!, date: visit.date, with: visit.with, note: visit.note))
      return profile
    }
  }

  /// The chosen profile's visits, oldest first.
  public func visits() throws -> (visits: [Visit], profile: Profile) {
    try database.read { session in
      let profile = try choice.chosenProfile(in: session)
      return (try session.visits(of: profile), profile)
    }
  }
}

/// A profile as `profile list --json` and the export show it.
public enum ProfileJSON {
  public static func fields(_ profile: Profile, isDefault: Bool) -> [(String, JSONText)] {
    ExportFormat.profileFields(profile, isDefault: isDefault)
  }
}

/// Everything a new journal starts with, as the demo and the rule fixtures build it.
public struct JournalContents: Sendable {
  public var profiles: [Profile] = []
  public var treatments: [Treatment] = []
  /// Symptoms from before diagnosis, by profile id.
  public var baseline: [(Int64, String)] = []
  public var visits: [Visit] = []
  public var entries: [Entry] = []
  /// Medicines on a schedule (with their ids) and the doses recorded of them.
  public var medicines: [Medicine] = []
  public var doses: [Dose] = []

  public init() {}

  /// What the rules see of `profile` as of `asOf`, put together as `flags` puts it together from a journal (its
  /// medicines count as treatment courses).
  public func ruleInput(for profile: Profile, asOf: LocalDate) -> RuleInput {
    let medicines = self.medicines.filter { $0.profileID == profile.id }
    let ids = Set(medicines.compactMap(\.id))
    return RuleInput(
      profile: profile, entries: entries.filter { $0.profileID == profile.id }.sorted { $0.occurredOn < $1.occurredOn },
      treatments: DoseLoading.courses(treatments.filter { $0.profileID == profile.id }, medicines: medicines),
      baseline: Set(baseline.filter { $0.0 == profile.id }.map(\.1)),
      visits: visits.filter { $0.profileID == profile.id }.sorted { $0.date < $1.date }, asOf: asOf,
      medicines: medicines, doses: doses.filter { ids.contains($0.medicineID) })
  }
}

extension Journal {
  /// Writes `contents` into this journal in one transaction (profiles keep their ids).
  public func fill(with contents: JournalContents) throws {
    try database.write { session in
      for profile in contents.profiles { try session.add(profile) }
      for treatment in contents.treatments { try session.add(treatment) }
      for (id, term) in contents.baseline {
        guard let profile = contents.profiles.first(where: { $0.id == id }) else { continue }
        _ = try session.addBaseline([term], to: profile)
      }
      for visit in contents.visits { try session.add(visit) }
      for entry in contents.entries { try session.add(entry) }
      for medicine in contents.medicines { try session.add(medicine) }
      for dose in contents.doses { try session.add(dose) }
    }
  }
}
