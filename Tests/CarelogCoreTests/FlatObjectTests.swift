import Foundation
import Testing

@testable import CarelogCore

/// `JSONReader.readFlatObject` is a shortcut for entry objects: whatever it reads must be what `readValue` reads,
/// value for value, ending at the same byte; whatever it declines, `readValue` reads as before.
struct FlatObjectTests {
  static let keys = ["id", "kind", "term", "severity", "value", "note", "revisions"]
  static let base = """
    {"id": "6f1c2e9a-1b2c-4d3e-8f40-1234567890ab", "kind": "symptom", "term": "fatigue", "severity": 2,
     "value": 38.25, "note": "ça va", "revisions": []}
    """

  @Test func aPlainObjectIsReadFlatAsReadValueReadsIt() throws {
    let (flat, tree) = try Self.readBoth(Array(("[" + Self.base + ", 1]").utf8))
    #expect(flat != nil)
    #expect(flat == tree)
    #expect(flat?["severity"] == .number(2))
    #expect(flat?["value"] == .number(38.25))
    #expect(flat?["revisions"] == .emptyList)
  }

  @Test func escapesRepeatedOrUnknownKeysAndNestedValuesAreLeftToReadValue() throws {
    for text in [
      #"{"id": "a\"b"}"#, #"{"id": 1, "id": 2}"#, #"{"other": 1}"#, #"{"revisions": [1]}"#, #"{"note": {}}"#,
      #"{}"#, #"{"id": 1e999}"#, #"{"id": 01}"#, #"{"id": nul}"#, #"{"id": "\#u{1}"}"#, #""text""#,
    ] {
      var reader = JSONReader(bytes: Array(("[" + text + "]").utf8))
      var flat = FlatObject(keys: Self.keys)
      var declined = false
      try? reader.readArray { _, reader in
        declined = try !reader.readFlatObject(into: &flat)
        _ = try reader.readValue()  // the general reader then reads it, or refuses it
      }
      #expect(declined, "\(text)")
    }
  }

  @Test func mutatedObjectsAreReadFlatOnlyAsReadValueReadsThem() throws {
    var random = SplitMix64(seed: 99)
    let base = Array(Self.base.utf8)
    let pieces = ["{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "1e5", "-0", "0.1", "é", " ", "\u{1}",
      "12345678901234567", "\"id\": 3,"].map { Array($0.utf8) }
    var readFlat = 0
    for _ in 0..<10_000 {
      var bytes = base
      for _ in 0..<Int.random(in: 1...3, using: &random) {
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
        case 1: bytes.remove(at: at)
        default: bytes.insert(contentsOf: pieces[Int.random(in: 0..<pieces.count, using: &random)], at: at)
        }
        if bytes.isEmpty { bytes = [0x20] }
      }
      let (flat, tree) = try Self.readBoth([UInt8(ascii: "[")] + bytes + Array(", 1]".utf8))
      guard let flat else { continue }
      readFlat += 1
      #expect(flat == tree, "\(String(decoding: bytes, as: UTF8.self))")
    }
    #expect(readFlat > 200)
  }

  @Test func anObjectAcrossTheBufferEdgeIsReadWholeAfterTopping() throws {
    // Objects one after another, more than a buffer's worth, each read flat and offsets kept right.
    let objects = (0..<2_000).map { index in #"{"id": "\#(index)", "severity": \#(index % 5), "note": "\#(String(repeating: "x", count: index % 97))"}"# }
    var reader = JSONReader(bytes: Array(("[" + objects.joined(separator: ",\n") + "]").utf8))
    var flat = FlatObject(keys: Self.keys)
    var seen = 0
    try reader.readArray { index, reader in
      let readFlat = try reader.readFlatObject(into: &flat)
      #expect(readFlat)
      #expect(flat["id"] == .string(String(index)))
      seen += 1
    }
    try reader.expectEnd()
    #expect(seen == 2_000)
  }

  @Test func numbersConvertExactlyAsDoubleDoes() {
    var random = SplitMix64(seed: 3)
    let alphabet = Array("0123456789.-+eE".utf8)
    for _ in 0..<50_000 {
      let length = Int.random(in: 1...24, using: &random)
      var text: [UInt8] = (0..<length).map { _ in
        random.next() % 4 == 0 ? alphabet[Int.random(in: 0..<alphabet.count, using: &random)] : UInt8(48 + random.next() % 10)
      }
      if random.next() % 2 == 0, text.count > 3 { text[Int.random(in: 1..<text.count - 1, using: &random)] = UInt8(ascii: ".") }
      let string = String(decoding: text, as: UTF8.self)
      let expected = JSONReader.isJSONNumber(string) ? Double(string).flatMap { $0.isFinite ? $0 : nil } : nil
      let value = text.withUnsafeBufferPointer { NumberText(bytes: $0).value }
      #expect(value?.bitPattern == expected?.bitPattern, "\(string)")
    }
  }

  // MARK: - Helpers

  /// The first element of a list read flat (nil when declined) and read as a tree, both as flat values.
  static func readBoth(_ bytes: [UInt8]) throws -> (FlatObject?, FlatObject?) {
    var flatReader = JSONReader(bytes: bytes)
    var flat = FlatObject(keys: keys)
    var flatEnd = -1
    var readFlat = false
    try? flatReader.readArray { index, reader in
      if index == 0 {
        readFlat = try reader.readFlatObject(into: &flat)
        if !readFlat { _ = try reader.readValue() }
        flatEnd = reader.offset
      } else {
        _ = try reader.readValue()
      }
    }
    var treeReader = JSONReader(bytes: bytes)
    var tree: FlatObject?
    var treeEnd = -2
    try? treeReader.readArray { index, reader in
      let value = try reader.readValue()
      if index == 0 {
        tree = Self.flatten(value)
        treeEnd = reader.offset
      }
    }
    if readFlat {
      #expect(flatEnd == treeEnd, "ends at \(flatEnd), readValue at \(treeEnd)")
    }
    return (readFlat ? flat : nil, tree)
  }

  /// A tree as a flat object, when it is one (plain values, known keys).
  static func flatten(_ value: JSONText) -> FlatObject? {
    guard case .object(let fields) = value else { return nil }
    var flat = FlatObject(keys: keys)
    for (key, value) in fields {
      guard let slot = keys.firstIndex(of: key) else { return nil }
      switch value {
      case .null: flat.values[slot] = .null
      case .bool(let flag): flat.values[slot] = .bool(flag)
      case .number(let number): flat.values[slot] = .number(number)
      case .string(let text): flat.values[slot] = .string(text)
      case .array(let items) where items.isEmpty: flat.values[slot] = .emptyList
      default: return nil
      }
    }
    return flat
  }
}

extension FlatObject: Equatable {
  public static func == (a: FlatObject, b: FlatObject) -> Bool {
    a.keys == b.keys && a.values.map { $0.map(Self.bits) } == b.values.map { $0.map(Self.bits) }
  }

  /// A value with numbers by bit pattern, so -0 and 0 differ.
  private static func bits(_ value: FlatValue) -> String {
    if case .number(let number) = value { return "n\(number.bitPattern)" }
    return "\(value)"
  }
}
