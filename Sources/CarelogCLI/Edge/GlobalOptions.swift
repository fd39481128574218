import ArgumentParser
import CarelogCore
import CarelogStore
import Foundation

/// The options every journal command takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp("The journal file to use (default: $CARELOG_JOURNAL, else ~/.local/share/carelog/journal.sqlite).", valueName: "path"))
  var journal: String?

  @Option(name: .long, help: ArgumentHelp("Whose journal to use, when it holds several profiles (default: $CARELOG_PROFILE).", valueName: "name"))
  var profile: String?

  /// The journal and profile these options choose.
  var choice: JournalChoice { JournalChoice(journal: journal, profile: profile) }

  var location: JournalLocation { choice.location }

  /// Opens the journal for reading (never creates it) or writing.
  func open(_ access: AppDatabase.Access) throws -> AppDatabase { try choice.open(access) }

  /// The profile this command is about: the one named, else the only one, else the default one.
  func chosenProfile(in session: JournalSession) throws -> Profile { try choice.chosenProfile(in: session) }

  /// The entry whose id starts with `prefix`, refused when a profile was named and the entry is another's.
  func entry(matching prefix: String, includingDeleted: Bool = false, in session: JournalSession, action: String) throws -> Entry {
    try choice.entry(matching: prefix, includingDeleted: includingDeleted, in: session, action: action)
  }

  /// Refuses an entry of another profile when a profile was named.
  func checkOwner(profileID: Int64, id: String, in session: JournalSession, action: String) throws {
    try choice.checkOwner(profileID: profileID, id: id, in: session, action: action)
  }
}

/// Which journal and which profile a command works on, from `--journal`/`--profile` and the environment.
struct JournalChoice {
  var journal: String?
  var profile: String?

  var location: JournalLocation {
    JournalLocation.resolve(flag: journal, environment: ProcessInfo.processInfo.environment)
  }

  /// Opens the journal for reading (never creates it) or writing.
  func open(_ access: AppDatabase.Access) throws -> AppDatabase {
    let location = location
    if access != .create, let journal, !location.exists {
      // The advice names the journal that was asked for, so that pasting it makes that one.
      throw CarelogError(
        .missingInput,
        "There is no journal at \(location.path) yet. Add a profile first, for example: "
          + "carelog profile add Leo --journal \(ShellWords.quoted(journal))")
    }
    let database = try AppDatabase(location: location, access: access)
    if let backup = database.upgradeBackup {
      Terminal.standardError.write(
        "carelog upgraded this journal to its current version. A copy of it as it was is saved at \(backup)\n")
    }
    return database
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
