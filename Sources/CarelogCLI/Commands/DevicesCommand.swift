import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog devices`: the phones and browsers paired with `carelog serve`, and ending one.
struct DevicesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "devices",
    abstract: "List the phones and browsers paired with carelog serve, or end one (a lost phone).",
    discussion: """
      A paired device logs as the reporter chosen when it was paired. Ending one takes effect at once: its \
      next request is refused, even while carelog serve is running.
      Examples:
        carelog devices
        carelog devices revoke "Anna's phone"
      """,
    subcommands: [List.self, Revoke.self],
    defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List paired devices with their last use (the default).")
    @OptionGroup var global: GlobalOptions

    func run() throws {
      let devices = try global.open(.read).devices()
      guard !devices.isEmpty else {
        say("No device is paired. Pair one with: carelog serve")
        return
      }
      for device in devices {
        let used = device.lastUsedAt.map { "last used \(LocalTime.text($0))" } ?? "not used yet"
        say("\(device.name)  logs as \(device.reporter.description)  paired \(LocalTime.text(device.pairedAt))  \(used)")
      }
    }
  }

  struct Revoke: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", 
      abstract: "End a paired device at once.",
      discussion: """
        Example:
          carelog devices revoke "Anna's phone"
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The device's name, as carelog devices shows it.") var name: String

    func run() throws {
      let device = try global.open(.write).revokeDevice(named: name)
      say("Ended \(device.name): it can no longer read or write this journal. Pair it again with carelog serve.")
    }
  }
}
