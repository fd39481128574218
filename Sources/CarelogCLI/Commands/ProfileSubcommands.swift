import ArgumentParser
import CarelogCore
import CarelogJournal

extension ProfileCommand {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", 
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
      let clock = try JournalClock.system()
      let profile = try fields.applied(to: Profile(name: try TextInput.name(name)), clock: clock)
      let journal = try global.open(.create)
      let count = try journal.addProfile(profile)
      say("Added profile \(profile.name). Journal: \(journal.path)")
      if count > 1 {
        say("This journal now has \(count) profiles: choose with --profile NAME, or carelog profile default NAME.")
      }
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the profiles.")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      let (profiles, chosen) = try global.open(.read).profiles()
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
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a profile's details.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The profile (default: the chosen one).") var name: String?

    func run() throws {
      let clock = try JournalClock.system()
      let details = try global.open(.read).profileDetails(named: name)
      say(ProfileText.details(details.profile, treatments: details.treatments, baseline: details.baseline, today: clock.today))
    }
  }

  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", 
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
      let clock = try JournalClock.system()
      let profile = try global.open(.write).updateProfile(named: name) { current in
        try fields.applied(to: current, clock: clock)
      }
      say("Updated profile \(profile.name).")
    }
  }

  struct Default: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "default", abstract: "Choose the profile used when --profile is not given.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The profile to use by default.") var name: String

    func run() throws {
      let profile = try global.open(.write).setDefaultProfile(named: name)
      say("\(profile.name) is now the default profile.")
    }
  }
}
