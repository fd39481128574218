import CarelogCore
import CarelogRules

/// A warning flag as JSON with stable keys: one shape for `carelog flags --json` and `GET /api/flags`.
public enum FlagJSON {
  /// The flag with stable keys, as `flags --json` and the web API give it.
  public static func object(_ flag: WarningFlag) -> JSONText {
    let sources: [JSONText] =
      flag.sources.map { .object([("document", .string($0.document)), ("section", .string($0.section))]) }
      + flag.external.map { .object([("external", .string($0.origin)), ("threshold", .string($0.threshold))]) }
    return .object([
      ("id", .string(flag.id)),
      ("rule", .string(flag.rule)),
      ("level", .string(flag.level.rawValue)),
      ("title", .string(flag.title)),
      ("message", .string(flag.message)),
      ("action", .string(flag.action)),
      ("symptoms", .array(flag.symptoms.map(JSONText.string))),
      ("from", .string(flag.from.description)),
      ("to", .string(flag.to.description)),
      ("entries", .array(flag.entries.map { .string($0.rawValue) })),
      ("values", .array(flag.values.map(value))),
      ("acknowledged", .bool(flag.acknowledged)),
      ("sources", .array(sources)),
    ])
  }

  private static func value(_ value: FlagValue) -> JSONText {
    .object([
      ("on", .string(value.on.description)),
      ("what", .string(value.what)),
      ("value", value.value.map(JSONText.number) ?? .null),
      ("unit", value.unit.map(JSONText.string) ?? .null),
      ("severity", value.severity.map { .string($0.label) } ?? .null),
    ])
  }
}
