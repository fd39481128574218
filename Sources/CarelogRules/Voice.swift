import CarelogCore

/// Who the words are about. A patient who logs for themself reads "you" and "your"; a parent logging for a child
/// reads the child's name ("Leo's temperature", "a symptom Leo had before diagnosis"), never "you had".
///
/// The catalog and the rules write `{name}`, `{Name}`, `{name's}` and `{Name's}` where the patient is meant, and
/// prefer wording that needs no verb to agree with them ("{Name} had", "{Name's} weight").
public struct Voice: Sendable, Hashable {
  /// The patient's name, or nil to say "you".
  public let name: String?

  public init(name: String?) { self.name = name }

  /// The voice for a profile: its name when a caregiver usually logs for it, else "you".
  public init(_ profile: Profile) { self.init(name: profile.isReportedByCaregiver ? profile.name : nil) }

  /// `template` with its placeholders filled. A plain scan, not `replacing`: this runs for every field of every
  /// flag after each `log`, and the generic string algorithms cost far more than the scan.
  public func fill(_ template: String) -> String {
    guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
    var filled = ""
    var rest = template[...]
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      filled += rest[..<open]
      filled += word(for: rest[rest.index(after: open)..<close]) ?? String(rest[open...close])
      rest = rest[rest.index(after: close)...]
    }
    return filled + rest
  }

  /// The words for one placeholder, or nil for text that is not one.
  private func word(for placeholder: Substring) -> String? {
    switch placeholder {
    case "name": name ?? "you"
    case "Name": name ?? "You"
    case "name's": name.map { "\($0)'s" } ?? "your"
    case "Name's": name.map { "\($0)'s" } ?? "Your"
    default: nil
    }
  }
}
