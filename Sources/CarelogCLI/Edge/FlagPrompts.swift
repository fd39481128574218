import CarelogCore
import CarelogJournal

/// The flags a just-written entry set off, shown at once below the confirmation.
enum FlagPrompts {
  /// After the entries are saved (their transaction is over, so other writers are not held up), shows the
  /// flags they raised. A failure here does not undo the saved entries; it is only reported.
  static func check(_ entries: [Entry], _ journal: Journal, profile: Profile, today: LocalDate) {
    do {
      show(try journal.flagsRaised(by: entries, profile: profile, today: today))
    } catch {
      Terminal.standardError.write("carelog: the entry is saved, but checking it for warning signs failed: \(error)\n")
    }
  }

  static func show(_ flags: [WarningFlag]) {
    guard !flags.isEmpty else { return }
    for flag in flags { say("\n" + FlagText.block(flag)) }
    let width = Terminal.standardOutput.width
    say("\n" + TextWrap.lines("See the details and sources with: carelog flags", width: width).joined(separator: "\n"))
    say(FlagText.closing())
  }
}
