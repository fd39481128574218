import CarelogCore
import CarelogStore
import Foundation

/// Which journal and which profile a command works on, from `--journal`/`--profile` and the environment.
public struct JournalChoice: Sendable {
  public var journal: String?
  public var profile: String?

  public init(journal: String?, profile: String?) {
    self.journal = journal
    self.profile = profile
  }

  /// The journal file this choice names: `--journal`, else `$CARELOG_JOURNAL`, else the default place.
  public var location: JournalLocation {
    JournalLocation.resolve(flag: journal, environment: ProcessInfo.processInfo.environment)
  }

  /// The profile named with `--profile`, else by `$CARELOG_PROFILE`, if any.
  var namedProfile: String? {
    profile ?? ProcessInfo.processInfo.environment["CARELOG_PROFILE"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// The entry whose id starts with `prefix`. When a profile was named, an entry of another profile is
  /// refused (`delete 0059f2e6 --profile Leo` never touches Noah's entry); `action` says what was not done.
  func entry(matching prefix: String, includingDeleted: Bool, in session: JournalSession, action: String) throws -> Entry {
    let entry = try session.entry(matching: prefix, includingDeleted: includingDeleted)
    try checkOwner(profileID: entry.profileID, id: entry.id.rawValue, in: session, action: action)
    return entry
  }

  /// Refuses an entry of another profile when a profile was named (see `entry(matching:)`).
  func checkOwner(profileID: Int64, id: String, in session: JournalSession, action: String) throws {
    guard namedProfile != nil else { return }
    let profile = try chosenProfile(in: session)
    guard profileID == profile.id else {
      let owner = try session.profile(id: profileID)?.name ?? "another profile"
      throw CarelogError.badData(
        "Entry \(id.prefix(8)) is \(owner)'s, not \(profile.name)'s, so nothing was \(action). "
          + "See \(profile.name)'s entries with: carelog list --profile \(profile.name)")
    }
  }

  /// The profile this command is about: the one named, else the only one, else the default one.
  func chosenProfile(in session: JournalSession) throws -> Profile {
    let name = namedProfile
    let all = try session.profiles()
    if let name {
      if let match = try session.profile(named: name) { return match }
      let names = all.map(\.name).joined(separator: ", ")
      throw CarelogError.badData(
        all.isEmpty
          ? "There is no profile named \(name) yet. Add it with: carelog profile add \(name)"
          : "There is no profile named \(name). The profiles are: \(names). Use --profile with one of them.")
    }
    if all.count == 1 { return all[0] }
    if all.isEmpty {
      throw CarelogError(.missingInput, "This journal has no profile yet. Add one first, for example: carelog profile add Leo")
    }
    if let chosen = try session.defaultProfileName(), let match = try session.profile(named: chosen) { return match }
    let names = all.map(\.name).joined(separator: ", ")
    throw CarelogError.usage(
      "This journal has several profiles (\(names)). Say whose it is with --profile NAME, "
        + "or set one with: carelog profile default NAME")
  }
}
