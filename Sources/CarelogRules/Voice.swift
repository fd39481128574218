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

  /// `template` with its placeholders filled.
  public func fill(_ template: String) -> String {
    guard template.contains("{") else { return template }
    let possessive = name.map { "\($0)'s" }
    return template
      .replacing("{Name's}", with: possessive ?? "Your")
      .replacing("{name's}", with: possessive ?? "your")
      .replacing("{Name}", with: name ?? "You")
      .replacing("{name}", with: name ?? "you")
  }
}
