import ArgumentParser
import CarelogCore
import CarelogStore

extension ProfileCommand {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add a profile.",
      discussion: """
        Examples:
          carelog profile add Leo --born 2017-03-02 --subtype b-cell --reporter Anna
          carelog profile add Maria --diagnosed 2023-05-02 --treatment-ended 2025-09-30
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The person's name.") var name: String
    @OptionGroup var fields: ProfileFields

    func run() throws {
      let clock = try Clock.system()
      let profile = try fields.applied(to: Profile(name: try TextInput.name(name)), clock: clock)
      let database = try global.open(.create)
      let count = try database.write { session in
        try session.add(profile)
        return try session.profiles().count
      }
      say("Added profile \(profile.name). Journal: \(database.location.path)")
      if count > 1 {
        say("This journal now has \(count) profiles: choose with --profile NAME, or carelog profile default NAME.")
      }
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the profiles.")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      let database = try global.open(.read)
      let (profiles, chosen) = try database.read { session in (try session.profiles(), try session.defaultProfileName()) }
      if json {
        say(JSONText.array(profiles.map { ProfileText.json($0, isDefault: $0.name == chosen) }))
      } else if profiles.isEmpty {
        say("No profiles yet. Add one with: carelog profile add NAME")
      } else {
        for profile in profiles {
          say(profile.name + (profile.name == chosen || profiles.count == 1 ? "  (default)" : ""))
        }
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a profile's details.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The profile (default: the chosen one).") var name: String?

    func run() throws {
      let clock = try Clock.system()
      let database = try global.open(.read)
      let text = try database.read { session in
        var options = global
        if let name { options.profile = name }
        let profile = try options.chosenProfile(in: session)
        return ProfileText.details(
          profile, treatments: try session.treatments(of: profile), baseline: try session.baseline(of: profile),
          today: clock.today)
      }
      say(text)
    }
  }

  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change a profile's details.",
      discussion: """
        Examples:
          carelog profile set Leo --remission 2024-12-20
          carelog profile set Maria --treatment-ended 2025-09-30
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The profile to change.") var name: String
    @OptionGroup var fields: ProfileFields

    func run() throws {
      let clock = try Clock.system()
      let database = try global.open(.write)
      let profile = try database.write { session in
        guard let current = try session.profile(named: name) else {
          throw CarelogError.badData("There is no profile named \(name). See them with: carelog profile list")
        }
        let updated = try fields.applied(to: current, clock: clock)
        // No entry may come before the birth, or the journal's own export would not import.
        if let born = updated.born, let first = try session.earliestEntryDay(profileID: current.id!), first < born {
          throw CarelogError.badData(
            "\(current.name) has an entry on \(first), before \(born). Check the birth date, or change that entry "
              + "first (carelog list --until \(first)).")
        }
        try session.update(updated)
        return updated
      }
      say("Updated profile \(profile.name).")
    }
  }

  struct Default: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Choose the profile used when --profile is not given.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The profile to use by default.") var name: String

    func run() throws {
      let database = try global.open(.write)
      let profile = try database.write { session in
        guard let profile = try session.profile(named: name) else {
          let names = try session.profiles().map(\.name).joined(separator: ", ")
          throw CarelogError.badData("There is no profile named \(name). The profiles are: \(names).")
        }
        try session.setDefaultProfile(profile)
        return profile
      }
      say("\(profile.name) is now the default profile.")
    }
  }
}
