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
    let database = try AppDatabase(location: location, access: access)
    if let backup = database.upgradeBackup {
      Terminal.standardError.write(
        "carelog upgraded this journal to its current version. A copy of it as it was is saved at \(backup)\n")
    }
    return database
  }

  /// The profile this command is about: the one named, else the only one, else the default one.
  func chosenProfile(in session: JournalSession) throws -> Profile {
    let name = profile ?? ProcessInfo.processInfo.environment["CARELOG_PROFILE"].flatMap { $0.isEmpty ? nil : $0 }
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
