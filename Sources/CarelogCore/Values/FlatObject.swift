/// One value of a flat object: a scalar, or an empty list.
public enum FlatValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case emptyList
}

/// The fields of a JSON object with known keys whose values are scalars or empty lists, as
/// `JSONReader.readFlatObject` reads them without building a `JSONText`: one slot per key, reused from one object
/// to the next, so a million entry objects cost no dictionaries or trees.
public struct FlatObject: Sendable {
  public let keys: [String]
  let keyBytes: [[UInt8]]
  /// Each key's bytes packed into one number (keys of up to 15 bytes), compared instead of the strings.
  private let keyCodes: [UInt128?]
  /// The value given for each key, in `keys` order; nil when the object did not give it.
  public internal(set) var values: [FlatValue?]

  public init(keys: [String]) {
    self.keys = keys
    keyBytes = keys.map { Array($0.utf8) }
    keyCodes = keys.map(Self.code)
    values = Array(repeating: nil, count: keys.count)
  }

  /// The value given for `key`, nil when the object did not give it (or `key` is not one of `keys`).
  public subscript(key: String) -> FlatValue? {
    guard let code = Self.code(key) else {
      for index in keys.indices where keys[index] == key { return values[index] }
      return nil
    }
    for index in keyCodes.indices where keyCodes[index] == code { return values[index] }
    return nil
  }

  /// A short text's bytes and length packed into one number; nil for texts of 16 bytes or more.
  private static func code(_ text: String) -> UInt128? {
    var code: UInt128 = 0
    var length: UInt128 = 0
    for byte in text.utf8 {
      guard length < 15 else { return nil }
      code = code << 8 | UInt128(byte)
      length += 1
    }
    return code << 8 | length
  }

  mutating func clear() {
    for index in values.indices { values[index] = nil }
  }

  /// The slot of the key in `bytes[start..<end]`, trying first the one after `previous` (keys usually come in order).
  func slot(of bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, after previous: Int) -> Int? {
    let length = end - start
    for step in 0..<keyBytes.count {
      let index = (previous + 1 + step) % keyBytes.count
      let key = keyBytes[index]
      guard key.count == length else { continue }
      var same = true
      for offset in 0..<length where key[offset] != bytes[start + offset] {
        same = false
        break
      }
      if same { return index }
    }
    return nil
  }
}

extension JSONReader {
  /// How many bytes `readFlatObject` makes sure are buffered before it tries: an entry of an export is a few hundred.
  static let flatObjectWindow = 1 << 13

  /// Reads the next value into `object` when it is an object that gives only `object.keys`, each once, with plain
  /// values (text without escapes, numbers, true, false, null, or an empty list), and lies wholly in the buffer.
  /// Otherwise it reads nothing and returns false: the caller then reads the value with `readValue`, which
  /// accepts and refuses exactly as before. What it reads is what `readValue` would have read, value for value.
  public mutating func readFlatObject(into object: inout FlatObject) throws -> Bool {
    guard try peekOrEnd() == UInt8(ascii: "{") else { return false }
    try topUp(minimum: Self.flatObjectWindow)
    object.clear()
    let (start, end) = (position, count)
    let stop = buffer.withUnsafeBufferPointer { bytes in
      var scanner = FlatScanner(bytes: bytes, index: start, end: end)
      return scanner.object(into: &object)
    }
    guard let stop else { return false }
    position = stop
    return true
  }

  /// Moves the unread bytes to the front of the buffer and reads more after them, so that at least `minimum`
  /// bytes (or the rest of the input) are buffered. Offsets stay as they were.
  mutating func topUp(minimum: Int) throws {
    guard count - position < minimum, !sourceEnded else { return }
    let unread = count - position
    if position > 0 {
      buffer.withUnsafeMutableBufferPointer { bytes in
        _ = bytes.baseAddress!.update(from: bytes.baseAddress! + position, count: unread)
      }
      consumed += position
      count = unread
      position = 0
    }
    while count < buffer.count {
      if spare.count != buffer.count - count { spare = [UInt8](repeating: 0, count: buffer.count - count) }
      let read = try source(&spare)
      if read == 0 {
        sourceEnded = true
        return
      }
      let start = count
      buffer.withUnsafeMutableBufferPointer { bytes in
        spare.withUnsafeBufferPointer { _ = (bytes.baseAddress! + start).update(from: $0.baseAddress!, count: read) }
      }
      count += read
    }
  }
}

/// Scans one flat object in buffered bytes; nil for anything else, which the general reader then reads (and
/// reports, if it is wrong). Text is decoded and numbers are converted exactly as `JSONReader` does.
struct FlatScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var index: Int
  let end: Int

  /// The offset after the object's closing brace.
  mutating func object(into object: inout FlatObject) -> Int? {
    guard token() == UInt8(ascii: "{") else { return nil }
    var previous = -1
    while true {
      guard token() == UInt8(ascii: "\""), let (start, stop) = plainString(),
        let slot = object.slot(of: bytes, start, stop, after: previous), object.values[slot] == nil,
        token() == UInt8(ascii: ":"), let value = value()
      else { return nil }
      object.values[slot] = value
      previous = slot
      switch token() {
      case UInt8(ascii: ","): continue
      case UInt8(ascii: "}"): return index
      default: return nil
      }
    }
  }

  /// The next non-space byte, consumed.
  private mutating func token() -> UInt8? {
    while index < end {
      let byte = bytes[index]
      index += 1
      guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return byte }
    }
    return nil
  }

  /// The bounds of a string's bytes after its opening quote, up to the closing one, when it has no escapes or
  /// control characters.
  private mutating func plainString() -> (Int, Int)? {
    let start = index
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return (start, index - 1)
      }
      guard byte != UInt8(ascii: "\\"), byte >= 0x20 else { return nil }
      index += 1
    }
    return nil
  }

  private mutating func value() -> FlatValue? {
    guard let first = token() else { return nil }
    switch first {
    case UInt8(ascii: "\""):
      guard let (start, stop) = plainString() else { return nil }
      return String.validatingUTF8(UnsafeBufferPointer(rebasing: bytes[start..<stop])).map(FlatValue.string)
    case UInt8(ascii: "n"): return word("ull") ? .null : nil
    case UInt8(ascii: "t"): return word("rue") ? .bool(true) : nil
    case UInt8(ascii: "f"): return word("alse") ? .bool(false) : nil
    case UInt8(ascii: "["): return token() == UInt8(ascii: "]") ? .emptyList : nil
    default:
      index -= 1
      return number().map(FlatValue.number)
    }
  }

  private mutating func word(_ rest: StaticString) -> Bool {
    let count = rest.utf8CodeUnitCount
    guard end - index >= count else { return false }
    for offset in 0..<count where bytes[index + offset] != rest.utf8Start[offset] { return false }
    index += count
    return true
  }

  /// A number as `JSONReader` reads one: the run of number characters, at most 40, in JSON's grammar, finite.
  private mutating func number() -> Double? {
    let start = index
    while index < end, Self.isNumberByte(bytes[index]) { index += 1 }
    guard index < end, index - start <= 40 else { return nil }
    return NumberText(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index])).value
  }

  private static func isNumberByte(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
      || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
  }
}

/// The characters of a JSON number, converted as `Double(String)` converts them: short decimals (at most 15
/// digits, no exponent) exactly by one division of two exact values, anything else by `Double` itself.
struct NumberText {
  let bytes: UnsafeBufferPointer<UInt8>

  private static let powersOfTen: [Double] = (0...22).map { power in
    var value = 1.0
    for _ in 0..<power { value *= 10 }
    return value
  }

  /// The value, or nil when the text is not a JSON number or is out of Double's range.
  var value: Double? {
    var index = 0
    let negative = bytes.first == UInt8(ascii: "-")
    if negative { index += 1 }
    var mantissa: UInt64 = 0
    var digits = 0
    let integerStart = index
    while index < bytes.count, let digit = Self.digit(bytes[index]) {
      mantissa = mantissa &* 10 &+ digit
      digits += 1
      index += 1
    }
    let integerDigits = index - integerStart
    guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { return nil }
    var fractionDigits = 0
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      while index < bytes.count, let digit = Self.digit(bytes[index]) {
        mantissa = mantissa &* 10 &+ digit
        digits += 1
        fractionDigits += 1
        index += 1
      }
      guard fractionDigits > 0 else { return nil }
    }
    var exponent = false
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      exponent = true
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      let exponentStart = index
      while index < bytes.count, Self.digit(bytes[index]) != nil { index += 1 }
      guard index > exponentStart else { return nil }
    }
    guard index == bytes.count else { return nil }
    guard exponent || digits > 15 else {
      let magnitude = Double(mantissa) / Self.powersOfTen[fractionDigits]
      return negative ? -magnitude : magnitude
    }
    guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
    return value
  }

  private static func digit(_ byte: UInt8) -> UInt64? {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? UInt64(byte - UInt8(ascii: "0")) : nil
  }
}

extension String {
  /// The text of UTF-8 bytes, nil when they are not valid UTF-8: ASCII (nearly always) is copied without the
  /// standard library's generic validation, which costs hundreds of instructions a string.
  static func validatingUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    for byte in bytes where byte >= 0x80 { return String(validating: bytes, as: UTF8.self) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
