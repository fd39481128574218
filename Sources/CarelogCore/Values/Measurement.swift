/// A body temperature, stored in degrees Celsius.
public struct Temperature: Sendable, Hashable {
  public let celsius: Double

  /// The readings a thermometer can plausibly give; anything outside is taken for a typo.
  public static let plausibleCelsius = 30.0...45.0

  public init(celsius: Double) { self.celsius = celsius }

  /// Parses `38.6`, `38.6C`, `38.6 °C`, `101.5F`, `38,6`. A bare number is °C between 34 and 43 and °F between
  /// 93 and 110; any other bare number is refused, with a unit suggested only when the reading with it is kept.
  public init(parsing text: String) throws {
    self = try Temperature.reading(text).temperature
  }

  /// The temperature in `text` and, when it was typed in °F, the reading as typed ("101 °F").
  public static func reading(_ text: String) throws -> (temperature: Temperature, typed: String?) {
    let (number, unit) = try MeasurementText.split(text, what: "temperature", example: "38.6 or 101.5F")
    let fahrenheit: Bool
    switch unit {
    case "c", "°c": fahrenheit = false
    case "f", "°f": fahrenheit = true
    case "":
      if (34...43).contains(number) {
        fahrenheit = false
      } else if (93...110).contains(number) {
        fahrenheit = true
      } else {
        throw bareNumberRefusal(number, text)
      }
    default:
      throw CarelogError.usage("\"\(unit)\" is not a temperature unit. Use C or F, for example 38.6C or 101.5F.")
    }
    let celsius = fahrenheit ? (number - 32) * 5 / 9 : number
    guard Temperature.plausibleCelsius.contains(celsius) else {
      throw CarelogError.badData(
        "\(text) is outside 30–45 °C, so it is probably a typo. Check the thermometer and type it again.")
    }
    let typed = fahrenheit ? "\(Decimal.format(number, places: 1)) °F" : nil
    return (Temperature(celsius: (celsius * 10).rounded() / 10), typed)
  }

  /// A bare number outside both usual ranges: a unit is suggested only if the reading with it would be kept.
  private static func bareNumberRefusal(_ number: Double, _ text: String) -> CarelogError {
    let shown = Decimal.format(number, places: 1)
    var units: [String] = []
    if plausibleCelsius.contains(number) { units.append("\(shown)C if it is in °C") }
    if plausibleCelsius.contains((number - 32) * 5 / 9) { units.append("\(shown)F if it is in °F") }
    guard units.isEmpty else {
      return CarelogError.badData(
        "\(text) is an unusual body temperature, so carelog needs its unit. Type \(units.joined(separator: ", or "))."
      )
    }
    return CarelogError.badData(
      "\(text) is not a body temperature in °C (30–45) or °F (86–113), so it is probably a typo. "
        + "Check the thermometer and type it again, for example 38.6C or 101.5F.")
  }
}

/// A body weight, stored in kilograms.
public struct Weight: Sendable, Hashable {
  public let kilograms: Double

  public static let plausibleKilograms = 1.0...400.0

  public init(kilograms: Double) { self.kilograms = kilograms }

  /// Parses `61.2`, `61.2kg`, `61,2 kg`, `135lb`, `135 lbs`. A bare number is kilograms.
  public init(parsing text: String) throws {
    self = try Weight.reading(text).weight
  }

  /// The weight in `text` and, when it was typed in pounds, the reading as typed ("135 lb").
  public static func reading(_ text: String) throws -> (weight: Weight, typed: String?) {
    let (number, unit) = try MeasurementText.split(text, what: "weight", example: "61.2kg or 135lb")
    let kilograms: Double
    switch unit {
    case "", "kg", "kgs": kilograms = number
    case "lb", "lbs": kilograms = number * 0.45359237
    default:
      throw CarelogError.usage("\"\(unit)\" is not a weight unit. Use kg or lb, for example 61.2kg or 135lb.")
    }
    guard Weight.plausibleKilograms.contains(kilograms) else {
      throw CarelogError.badData("\(text) is outside 1–400 kg, so it is probably a typo. Type the weight again.")
    }
    let typed = unit.hasPrefix("lb") ? "\(Decimal.format(number, places: 2)) lb" : nil
    return (Weight(kilograms: (kilograms * 100).rounded() / 100), typed)
  }
}

/// Splits "101.5 F" into 101.5 and "f". A decimal comma ("38,5") is read as a point: the readings carelog keeps
/// are below 1000, so a thousands separator could not give one. Spaces may stand between the number and its
/// unit, but never inside the number ("38 5" is refused).
enum MeasurementText {
  static func split(_ text: String, what: String, example: String) throws -> (Double, String) {
    let trimmed = text.lowercased().drop { $0.isWhitespace }
    let digits = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
    let unit = String(trimmed.dropFirst(digits.count).filter { !$0.isWhitespace })
    let number = String(digits.map { $0 == "," ? "." : $0 })
    guard !number.isEmpty, number.filter({ $0 == "." }).count <= 1, number.count <= 8,
      unit.first.map({ !($0.isASCII && $0.isNumber) }) ?? true,
      let value = Double(number), value.isFinite
    else {
      throw CarelogError.usage("Cannot read the \(what) \"\(text)\". Type a number, for example \(example).")
    }
    return (value, unit)
  }
}
