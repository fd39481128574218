import CarelogCore

/// What `carelog edit` says afterwards: what changed, or that nothing did (and nothing was saved).
enum EditReport {
  static func text(from original: Entry, to entry: Entry, profile: Profile) -> String {
    let changes = EntryChanges.between(original, entry)
    guard !EntryChanges.same(original, entry) else {
      return "Nothing changed: entry \(entry.id.short) already says that, so no new version was saved. "
        + "See it with: carelog history \(entry.id.short)"
    }
    let line = EntryLine.confirmation(entry, profile: profile, verb: "Changed to")
    return changes.isEmpty ? line : line + "\nWhat changed: " + changes.joined(separator: "; ")
  }
}
