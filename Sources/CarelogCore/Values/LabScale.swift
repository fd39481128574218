/// A blood count from the clinic (ANC, white cells, platelets, hemoglobin) or a height: the one unit it is stored
/// in, the units people type, and the range outside which a reading is taken for a typo. Counts are the clinic's
/// results, kept as given; carelog never reads a diagnosis into them.
public struct LabScale: Sendable {
  public let kind: Entry.Kind
  /// The unit stored with the entry ("10^9/L", "g/dL", "cm").
  public let unit: String
  /// The unit as shown ("×10⁹/L").
  public let shownUnit: String
  /// The name used in messages ("ANC", "platelet count").
  public let name: String
  /// Readings outside this range (in the stored unit) are refused as typos.
  public let plausible: ClosedRange<Double>
  /// Decimals kept when stored: enough that a count typed per µL keeps every cell (499/µL is 0.499, below 0.5).
  public let places: Int
  /// Typed units (lowercase, no spaces, µ written u) and the factor to the stored unit.
  let units: [String: Double]
  /// Another unit to suggest for a bare number outside the range: the unit and the factor to the stored unit.
  let bareAlternative: (unit: String, factor: Double, meaning: String)?
  /// A typical command line, for messages.
  public let example: String
  /// The same reading typed in another unit.
  public let otherExample: String

  /// "carelog log anc 0.8 or carelog log anc 800/uL", for messages: each command works when pasted.
  public var examples: String { "\(example) or \(otherExample)" }

  /// The scale of `kind`, or nil for kinds that are not counts or heights.
  public static func of(_ kind: Entry.Kind) -> LabScale? {
    switch kind {
    case .anc: anc
    case .wbc: wbc
    case .platelets: platelets
    case .hemoglobin: hemoglobin
    case .height: height
    case .symptom, .temperature, .weight, .infection, .note: nil
    }
  }

  /// The stored unit of the three cell counts.
  public static let perLitre = "10^9/L"

  private static let cellUnits: [String: Double] = [
    "": 1, "x10^9/l": 1, "10^9/l": 1, "x10e9/l": 1, "10e9/l": 1, "x10*9/l": 1, "g/l": 1, "/nl": 1,
    "x10^3/ul": 1, "10^3/ul": 1, "x10e3/ul": 1, "k/ul": 1, "thou/ul": 1,
    "/ul": 0.001, "/mm3": 0.001, "cells/ul": 0.001, "/mcl": 0.001, "cells/mcl": 0.001,
  ]
  private static let perMicrolitre = (unit: "/uL", factor: 0.001, meaning: "cells per microlitre")

  // Plausible ranges are carelog's own: wide enough for counts at diagnosis (a white count in ALL can pass
  // 100 ×10⁹/L) and for infants' heights, narrow enough that a count typed per µL without its unit is caught.
  static let anc = LabScale(
    kind: .anc, unit: perLitre, shownUnit: "×10⁹/L", name: "ANC", plausible: 0...100, places: 3, units: cellUnits,
    bareAlternative: perMicrolitre, example: "carelog log anc 0.8", otherExample: "carelog log anc 800/uL")
  static let wbc = LabScale(
    kind: .wbc, unit: perLitre, shownUnit: "×10⁹/L", name: "white cell count (WBC)", plausible: 0...500, places: 3,
    units: cellUnits, bareAlternative: perMicrolitre, example: "carelog log wbc 3.1",
    otherExample: "carelog log wbc 3100/uL")
  static let platelets = LabScale(
    kind: .platelets, unit: perLitre, shownUnit: "×10⁹/L", name: "platelet count", plausible: 0...2000, places: 3,
    units: cellUnits, bareAlternative: perMicrolitre, example: "carelog log platelets 45",
    otherExample: "carelog log platelets 45000/uL")
  static let hemoglobin = LabScale(
    kind: .hemoglobin, unit: "g/dL", shownUnit: "g/dL", name: "hemoglobin", plausible: 1...25, places: 1,
    units: ["": 1, "g/dl": 1, "g/l": 0.1, "mmol/l": 1.611],
    bareAlternative: (unit: "g/L", factor: 0.1, meaning: "grams per litre"),
    example: "carelog log hemoglobin 10.2", otherExample: "carelog log hemoglobin 102g/L")
  static let height = LabScale(
    kind: .height, unit: "cm", shownUnit: "cm", name: "height", plausible: 30...250, places: 1,
    units: [
      "": 1, "cm": 1, "cms": 1, "mm": 0.1, "m": 100, "in": 2.54, "inch": 2.54, "inches": 2.54, "\"": 2.54, "''": 2.54,
    ],
    bareAlternative: (unit: "m", factor: 100, meaning: "metres"), example: "carelog log height 132cm",
    otherExample: "carelog log height 4ft 4in")

  /// `value` (stored unit) as shown: "0.8 ×10⁹/L", "10.2 g/dL", "132 cm".
  public func shown(_ value: Double) -> String { "\(number(value)) \(shownUnit)" }

  /// `value` without its unit, as clinics write it: at least one decimal for ANC, WBC and hemoglobin ("1.0",
  /// "12.0"), whole platelet counts and heights without one ("195", "134").
  public func number(_ value: Double) -> String {
    let text = Decimal.format(value, places: places)
    let wantsDecimal = kind == .anc || kind == .wbc || kind == .hemoglobin
    return wantsDecimal && value.isFinite && !text.contains(".") ? text + ".0" : text
  }

  /// `value` as text this scale reads back to the same value ("0.499 10^9/L").
  public func typable(_ value: Double) -> String { "\(Decimal.format(value, places: places)) \(unit)" }

  /// The reading in `text`, in the stored unit, and the reading as typed when it was converted ("800/uL").
  public func reading(_ text: String) throws -> (value: Double, typed: String?) {
    let (number, typedUnit) = try LabScale.split(text, what: name, example: examples)
    let value: Double
    if let factor = units[typedUnit] {
      value = number * factor
      if typedUnit.isEmpty, !plausible.contains(value) { throw bareRefusal(number, text) }
    } else if kind == .height, let inches = LabScale.inchesAfterFeet(typedUnit) {
      value = (number * 12 + inches) * 2.54
    } else {
      throw CarelogError.usage(
        "\"\(TextInput.shown(typedUnit))\" is not a unit carelog knows for the \(name). Type it in one of the "
          + "usual units, for example: \(examples)")
    }
    guard plausible.contains(value) else {
      throw CarelogError.badData(
        "\(TextInput.shown(text)) is outside \(range) for the \(name), so it is probably a typo. Check the clinic's "
          + "result and type it again, for example: \(examples)")
    }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let stored = (value * scale).rounded() / scale
    let typed = typedUnit.isEmpty || units[typedUnit] == 1 ? nil : TextInput.shown(text.trimmingWhitespace())
    return (stored, typed)
  }

  /// "0–100 ×10⁹/L".
  public var range: String {
    "\(Decimal.format(plausible.lowerBound, places: 0))–\(Decimal.format(plausible.upperBound, places: 0)) \(shownUnit)"
  }

  /// A bare number outside the range: its unit is asked for, and another unit suggested when it would be kept.
  private func bareRefusal(_ number: Double, _ text: String) -> CarelogError {
    let shownNumber = Decimal.format(number, places: 3)
    var advice = "Check the clinic's result and type it again, for example: \(examples)"
    if let other = bareAlternative, plausible.contains(number * other.factor) {
      let command = "carelog log \(kind.rawValue) \(shownNumber)\(other.unit)"
      advice = "If it is in \(other.meaning), type: \(command)"
    }
    return CarelogError.badData(
      "\(TextInput.shown(text)) is outside \(range) for the \(name), so carelog needs its unit. \(advice)")
  }

  /// The inches after "4ft" in a unit such as "ft4in", "ft", "'4\"" or "feet4inches": 0 after feet alone, nil when
  /// the unit is not feet followed by fewer than 12 readable inches.
  static func inchesAfterFeet(_ unit: String) -> Double? {
    guard let feet = ["feet", "foot", "ft", "'"].first(where: unit.hasPrefix) else { return nil }
    var rest = Substring(unit.dropFirst(feet.count))
    if rest.isEmpty { return 0 }
    for suffix in ["inches", "inch", "in", "\"", "''"] where rest.hasSuffix(suffix) {
      rest = rest.dropLast(suffix.count)
      break
    }
    let digits = String(rest.map { $0 == "," ? "." : $0 })
    guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      let inches = Double(digits), inches < 12
    else { return nil }
    return inches
  }

  /// Splits "800 /µL" into 800 and "/ul": the unit lowercased, without spaces, µ and μ as u, × as x, ⁹ and ³ as
  /// digits, curly quotes as straight ones. A decimal comma is read as a point; spaces never stand inside the
  /// number, and the unit may begin with a digit ("10^9/L"), so the unit table decides what is read.
  static func split(_ text: String, what: String, example: String) throws -> (Double, String) {
    let trimmed = text.drop { $0.isWhitespace }
    let digits = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
    let number = String(digits.map { $0 == "," ? "." : $0 })
    var unit = ""
    for character in trimmed.dropFirst(digits.count).lowercased() where !character.isWhitespace {
      switch character {
      case "µ", "μ": unit.append("u")
      case "×": unit.append("x")
      case "⁹": unit.append("^9")
      case "³": unit.append(unit.hasSuffix("10") ? "^3" : "3")
      case "’", "′": unit.append("'")
      case "”", "″": unit.append("\"")
      default: unit.append(character)
      }
    }
    unit = unit.replacing("^^", with: "^")
    guard !number.isEmpty, number.filter({ $0 == "." }).count <= 1, number.count <= 8,
      let value = Double(number), value.isFinite
    else {
      throw CarelogError.usage(
        "Cannot read the \(what) \"\(TextInput.shown(text))\". Type a number, for example: \(example)")
    }
    return (value, unit)
  }
}
