import CarelogCore

/// The stable JSON form of entries (`list --json`): every field of `EntryFields`, in its order.
enum EntryJSON {
  static func array(_ entries: [Entry], profile: Profile) -> String {
    JSONText.array(entries.map { object($0, profile: profile) })
  }

  static func object(_ entry: Entry, profile: Profile) -> JSONText {
    .object(EntryFields.listed(entry, profile: profile.name))
  }
}
