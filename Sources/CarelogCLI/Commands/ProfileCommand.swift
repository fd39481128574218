import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog profile`: the people whose health the journal records.
struct ProfileCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "profile",
    abstract: "Add, show and change the people this journal is about.",
    discussion: """
      One journal can hold several profiles (for example two children). Examples:
        carelog profile add Leo --born 2017-03-02 --subtype b-cell --reporter Anna
        carelog profile set Leo --remission 2024-12-20
        carelog profile default Leo
        carelog profile list
      """,
    subcommands: [Add.self, List.self, Show.self, Set.self, Default.self])
}

/// The details of a profile, shared by `profile add` and `profile set`.
struct ProfileFields: ParsableArguments {
  @Option(help: ArgumentHelp("Date of birth.", valueName: "date"))
  var born: String?
  @Option(help: ArgumentHelp("Date of diagnosis.", valueName: "date"))
  var diagnosed: String?
  @Option(help: "Subtype: b-cell, t-cell or other.")
  var subtype: Profile.Subtype?
  @Option(help: ArgumentHelp("Date remission was reached.", valueName: "date"))
  var remission: String?
  @Option(help: ArgumentHelp("Date treatment ended (leave out while still on treatment).", valueName: "date"))
  var treatmentEnded: String?
  @Option(help: ArgumentHelp("Who usually records (for a child: the parent's name).", valueName: "name"))
  var reporter: String?
  @Flag(help: "Whether the usual reporter is a caregiver or the patient.")
  var reporterRole: ReporterRole?
  @Option(help: ArgumentHelp("Free notes about the profile.", valueName: "text"))
  var notes: String?
  @Option(help: ArgumentHelp("Expected days between clinic visits (overrides the usual schedule).", valueName: "days"))
  var visitEvery: Int?
  @Option(help: ArgumentHelp(
    "Whether the person has a central line (port, PICC or Hickman line): yes or no. A fever is then urgent in any "
      + "phase.", valueName: "yes|no"))
  var centralLine: YesNo?

  /// `profile` with every given field applied, checked for dates that cannot be right.
  func applied(to profile: Profile, clock: JournalClock) throws -> Profile {
    var profile = profile
    if let born { profile.born = try pastDay(born, clock: clock) }
    if let diagnosed { profile.diagnosed = try pastDay(diagnosed, clock: clock) }
    if let subtype { profile.subtype = subtype }
    if let remission { profile.remission = try pastDay(remission, clock: clock) }
    if let treatmentEnded { profile.treatmentEnded = try pastDay(treatmentEnded, clock: clock) }
    if let reporter {
      profile.reporter = try TextInput.name(reporter, field: "reporter's name")
      profile.reporterRole = reporterRole ?? (profile.reporter == profile.name ? .self : .caregiver)
    } else if let reporterRole {
      profile.reporterRole = reporterRole
    }
    if let notes { profile.notes = try TextInput.note(notes, field: "notes") }
    if let visitEvery {
      guard (7...730).contains(visitEvery) else {
        throw CarelogError.badData("--visit-every takes a number of days between 7 and 730, for example 42.")
      }
      profile.visitEvery = visitEvery
    }
    if let centralLine { profile.centralLine = centralLine == .yes }
    return try RecordCheck.profile(profile, today: clock.today)
  }
}

extension Profile.Subtype: ExpressibleByArgument {}

/// A yes-or-no option value, e.g. `--central-line yes`.
enum YesNo: String, ExpressibleByArgument, CaseIterable {
  case yes, no
}
