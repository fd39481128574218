/// A pull parser for JSON that reads from a byte source a chunk at a time, so a file of any size can be
/// walked with flat memory: arrays and objects can be streamed element by element, and small values read whole.
public struct JSONReader {
  /// Where the bytes come from: fills the buffer, returns 0 at the end.
  public typealias Source = (inout [UInt8]) throws -> Int

  // Internal, not private: `readFlatObject` (JSONReaderFlatObject.swift) reads the buffer directly.
  let source: Source
  var buffer = [UInt8](repeating: 0, count: 1 << 16)
  var count = 0
  var position = 0
  /// Bytes consumed before the current buffer, for error positions.
  var consumed = 0
  /// Where `readFlatObject` tops the buffer up from, kept between calls.
  var spare: [UInt8] = []
  /// Whether the source has said it has nothing more (then topping up is pointless).
  var sourceEnded = false
  /// The keys of the objects being read, and how deep the current one is.
  private var keys = KeySets()
  private var objectDepth = 0
  /// How deep value nesting may go; deeper input is refused rather than overflowing the stack.
  public static let maxDepth = 64
  /// The longest string accepted (1 MiB of UTF-8); no carelog field comes near it, and a longer one would
  /// only fill memory.
  public static let maxStringBytes = 1 << 20

  public init(source: @escaping Source) { self.source = source }

  /// A reader over bytes already in memory.
  public init(bytes: [UInt8]) {
    var offset = 0
    self.init { buffer in
      let n = min(buffer.count, bytes.count - offset)
      for i in 0..<n { buffer[i] = bytes[offset + i] }
      offset += n
      return n
    }
  }

  public var offset: Int { consumed + position }

  // MARK: - Streaming

  /// Calls `body` with each key of an object; `body` must read the key's value. A key given twice in one
  /// object is an error (JSON leaves it undefined which one counts, so carelog never guesses).
  public mutating func readObject(_ body: (String, inout JSONReader) throws -> Void) throws {
    try expect(UInt8(ascii: "{"))
    if try peek() == UInt8(ascii: "}") { position += 1; return }
    let depth = objectDepth
    objectDepth += 1
    defer { objectDepth -= 1 }
    keys.begin(depth)
    while true {
      let key = try readString()
      guard keys.insert(key, at: depth) else {
        var failure = Failure(message: "a key given twice", offset: offset, repeatedKey: key)
        failure.path = [.key(key)]
        throw failure
      }
      try expect(UInt8(ascii: ":"))
      do {
        try body(key, &self)
      } catch var failure as Failure {
        failure.path.insert(.key(key), at: 0)
        throw failure
      }
      let next = try nextToken()
      if next == UInt8(ascii: "}") { return }
      guard next == UInt8(ascii: ",") else { throw failure("expected , or } in an object") }
    }
  }

  /// Calls `body` with each element's index; `body` must read the element.
  public mutating func readArray(_ body: (Int, inout JSONReader) throws -> Void) throws {
    try expect(UInt8(ascii: "["))
    if try peek() == UInt8(ascii: "]") { position += 1; return }
    var index = 0
    while true {
      do {
        try body(index, &self)
      } catch var failure as Failure {
        failure.path.insert(.index(index), at: 0)
        throw failure
      }
      index += 1
      let next = try nextToken()
      if next == UInt8(ascii: "]") { return }
      guard next == UInt8(ascii: ",") else { throw failure("expected , or ] in a list") }
    }
  }

  /// Fails unless only whitespace is left.
  public mutating func expectEnd() throws {
    guard try peekOrEnd() == nil else { throw failure("unexpected text after the end of the JSON") }
  }

  // MARK: - Whole values

  /// Reads one whole value (keep it for small values; stream large arrays with `readArray`).
  public mutating func readValue(depth: Int = 0) throws -> JSONText {
    guard depth < Self.maxDepth else { throw failure("values nested too deeply") }
    switch try peek() {
    case UInt8(ascii: "{"):
      var fields: [(String, JSONText)] = []
      try readObject { key, reader in fields.append((key, try reader.readValue(depth: depth + 1))) }
      return .object(fields)
    case UInt8(ascii: "["):
      var items: [JSONText] = []
      try readArray { _, reader in items.append(try reader.readValue(depth: depth + 1)) }
      return .array(items)
    case UInt8(ascii: "\""):
      return .string(try readString())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    default:
      return .number(try readNumber())
    }
  }

  /// Reads a string, decoding escapes; invalid UTF-8 or lone surrogates are errors.
  public mutating func readString() throws -> String {
    try expect(UInt8(ascii: "\""))
    // Fast path: a plain string wholly inside the buffer (no escapes), decoded in place.
    var end = position
    while end < count, buffer[end] != UInt8(ascii: "\""), buffer[end] != UInt8(ascii: "\\"), buffer[end] >= 0x20 {
      end += 1
    }
    if end < count, buffer[end] == UInt8(ascii: "\"") {
      let text = buffer.withUnsafeBufferPointer { String.validatingUTF8(UnsafeBufferPointer(rebasing: $0[position..<end])) }
      guard let text else { throw failure("text that is not valid UTF-8") }
      position = end + 1
      return text
    }
    var bytes: [UInt8] = []
    while true {
      let byte = try nextByte()
      switch byte {
      case UInt8(ascii: "\""):
        guard let text = String(validating: bytes, as: UTF8.self) else { throw failure("text that is not valid UTF-8") }
        return text
      case UInt8(ascii: "\\"):
        try readEscape(into: &bytes)
      case 0..<0x20:
        throw failure("a control character inside a string")
      default:
        bytes.append(byte)
      }
      guard bytes.count <= Self.maxStringBytes else { throw failure("a text longer than 1 MiB") }
    }
  }

  // MARK: - Pieces

  private mutating func readEscape(into bytes: inout [UInt8]) throws {
    let byte = try nextByte()
    let simple: [UInt8: UInt8] = [
      UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
      UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]
    if let value = simple[byte] {
      bytes.append(value)
      return
    }
    guard byte == UInt8(ascii: "u") else { throw failure("an unknown escape in a string") }
    var scalar = try readHex4()
    if (0xD800..<0xDC00).contains(scalar) {
      guard try nextByte() == UInt8(ascii: "\\"), try nextByte() == UInt8(ascii: "u") else {
        throw failure("a lone surrogate in a string")
      }
      let low = try readHex4()
      guard (0xDC00..<0xE000).contains(low) else { throw failure("a lone surrogate in a string") }
      scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
    } else if (0xDC00..<0xE000).contains(scalar) {
      throw failure("a lone surrogate in a string")
    }
    guard let unicode = Unicode.Scalar(scalar) else { throw failure("an invalid character in a string") }
    bytes.append(contentsOf: Array(String(Character(unicode)).utf8))
  }

  private mutating func readHex4() throws -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = try nextByte()
      guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw failure("a bad \\u escape") }
      value = value * 16 + UInt32(digit)
    }
    return value
  }

  private mutating func readNumber() throws -> Double {
    _ = try peek()
    var text = ""
    while let byte = try peekRaw(), byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
      || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    {
      text.append(Character(Unicode.Scalar(byte)))
      position += 1
      guard text.count <= 40 else { throw failure("a number that is too long") }
    }
    guard Self.isJSONNumber(text), let value = Double(text), value.isFinite else {
      throw failure(text.isEmpty ? "an unexpected character" : "a malformed number")
    }
    return value
  }

  /// JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  static func isJSONNumber(_ text: String) -> Bool {
    var chars = Substring(text)
    if chars.first == "-" { chars.removeFirst() }
    let digits = { (s: inout Substring) -> Int in
      let n = s.prefix { $0.isASCII && $0.isNumber }.count
      s.removeFirst(n)
      return n
    }
    let leading = chars
    let intDigits = digits(&chars)
    guard intDigits > 0, !(intDigits > 1 && leading.first == "0") else { return false }
    if chars.first == "." {
      chars.removeFirst()
      guard digits(&chars) > 0 else { return false }
    }
    if chars.first == "e" || chars.first == "E" {
      chars.removeFirst()
      if chars.first == "+" || chars.first == "-" { chars.removeFirst() }
      guard digits(&chars) > 0 else { return false }
    }
    return chars.isEmpty
  }

  private mutating func literal(_ word: String) throws {
    for expected in word.utf8 {
      guard try nextByte() == expected else { throw failure("an unexpected word") }
    }
  }

  private mutating func expect(_ byte: UInt8) throws {
    guard try nextToken() == byte else { throw failure("expected \(Character(Unicode.Scalar(byte)))") }
  }

  /// The next non-whitespace byte, consumed.
  private mutating func nextToken() throws -> UInt8 {
    let byte = try peek()
    position += 1
    return byte
  }

  /// The next non-whitespace byte, not consumed; the end of input is an error.
  private mutating func peek() throws -> UInt8 {
    guard let byte = try peekOrEnd() else { throw failure("the file ends too early") }
    return byte
  }

  mutating func peekOrEnd() throws -> UInt8? {
    while let byte = try peekRaw() {
      guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return byte }
      position += 1
    }
    return nil
  }

  private mutating func peekRaw() throws -> UInt8? {
    if position == count {
      consumed += count
      count = try source(&buffer)
      position = 0
      if count == 0 { return nil }
    }
    return buffer[position]
  }

  private mutating func nextByte() throws -> UInt8 {
    guard let byte = try peekRaw() else { throw failure("the file ends too early") }
    position += 1
    return byte
  }

  private func failure(_ message: String) -> Failure { Failure(message: message, offset: offset) }
}
