/// A body temperature, stored in degrees Celsius.
public struct Temperature: Sendable, Hashable {
  public let celsius: Double

  /// The readings a thermometer can plausibly give; anything outside is taken for a typo.
  public static let plausibleCelsius = 30.0...45.0

  public init(celsius: Double) { self.celsius = celsius }

  /// Parses `38.6`, `38.6C`, `38.6 °C`, `101.5F`. A bare number is °C between 34 and 43 and °F between 93 and 110.
  public init(parsing text: String) throws {
    let (number, unit) = try MeasurementText.split(text, what: "temperature", example: "38.6 or 101.5F")
    let celsius: Double
    switch unit {
    case "c", "°c": celsius = number
    case "f", "°f": celsius = (number - 32) * 5 / 9
    case "":
      if (34...43).contains(number) {
        celsius = number
      } else if (93...110).contains(number) {
        celsius = (number - 32) * 5 / 9
      } else {
        throw CarelogError.badData(
          "\(text) does not look like a body temperature. Type it with its unit, for example 38.6C or 101.5F.")
      }
    default:
      throw CarelogError.usage("\"\(unit)\" is not a temperature unit. Use C or F, for example 38.6C or 101.5F.")
    }
    guard Temperature.plausibleCelsius.contains(celsius) else {
      throw CarelogError.badData(
        "\(text) is outside 30–45 °C, so it is probably a typo. Check the thermometer and type it again.")
    }
    self.celsius = (celsius * 10).rounded() / 10
  }
}

/// A body weight, stored in kilograms.
public struct Weight: Sendable, Hashable {
  public let kilograms: Double

  public static let plausibleKilograms = 1.0...400.0

  public init(kilograms: Double) { self.kilograms = kilograms }

  /// Parses `61.2`, `61.2kg`, `135lb`, `135 lbs`. A bare number is kilograms.
  public init(parsing text: String) throws {
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
    self.kilograms = (kilograms * 100).rounded() / 100
  }
}

/// Splits "101.5 F" into 101.5 and "f".
enum MeasurementText {
  static func split(_ text: String, what: String, example: String) throws -> (Double, String) {
    let trimmed = text.lowercased().filter { !$0.isWhitespace }
    let digits = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
    let unit = String(trimmed.dropFirst(digits.count))
    guard !digits.isEmpty, digits.filter({ $0 == "." }).count <= 1, digits.count <= 8,
      let number = Double(digits), number.isFinite
    else {
      throw CarelogError.usage("Cannot read the \(what) \"\(text)\". Type a number, for example \(example).")
    }
    return (number, unit)
  }
}
