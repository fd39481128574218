import Testing

@testable import CarelogCore

/// Word wrapping: the byte-wise path (ASCII and the punctuation and symbols carelog's texts use) gives exactly the
/// lines of wrapping by characters, and every other text goes by characters.
struct TextWrapTests {
  /// Wrapping by characters, written plainly (what `TextWrap` does for any text).
  static func byCharacters(_ text: String, width: Int, indent: String, hanging: String) -> [String] {
    var lines: [String] = []
    for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let first = index == 0 ? indent : hanging
      var line = first
      var count = first.count
      var prefix = count
      for word in paragraph.split(separator: " ") {
        if count > prefix && count + 1 + word.count > width {
          lines.append(line)
          (line, count, prefix) = (hanging, hanging.count, hanging.count)
        }
        if count > prefix { line += " "; count += 1 }
        line += word
        count += word.count
      }
      lines.append(line)
    }
    return lines
  }

  @Test func textWrapsAsByCharacters() {
    var random = SplitMix64(seed: 80)
    let pieces = ["a", "fever", "38.6", "Leo's", "mercaptopurine", "x", "supercalifragilisticexpialidocious", " ", "  ", "\n", "\r\n", "\n\n",
      "°C", "—", "“Fever”", "Leo’s", "≥ 38", "×10⁹/L", "café", "e\u{301}", "👍🏽", "🇬🇧", "\u{00AD}", "\u{00A0}", "→"]
    for _ in 0..<4_000 {
      let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }
        .joined(separator: Bool.random(using: &random) ? " " : "")
      let width = Int.random(in: 1...40, using: &random)
      let indents = ["", "  ", "    ", "• ", "→ "]
      let (indent, hanging) = (indents.randomElement(using: &random)!, indents.randomElement(using: &random)!)
      #expect(TextWrap.lines(text, width: width, indent: indent, hanging: hanging)
        == Self.byCharacters(text, width: width, indent: indent, hanging: hanging), "\(text) at \(width)")
    }
  }

  @Test func otherTextIsMeasuredInCharacters() {
    let lines = TextWrap.lines("Temperature 38.6 °C and 0.8 ×10⁹/L café", width: 12)
    #expect(lines == ["Temperature", "38.6 °C and", "0.8 ×10⁹/L", "café"])
    #expect(lines.allSatisfy { $0.count <= 12 })
  }

  /// The byte path counts a scalar as a character; every scalar it accepts must be one, next to any other it accepts.
  @Test func everyAcceptedScalarIsOneCharacter() {
    let accepted = (0..<0x2400).compactMap(Unicode.Scalar.init).filter { TextWrap.isOneCharacterPerScalar(String($0)) }
    #expect(accepted.count > 1_000)
    var random = SplitMix64(seed: 81)
    for order in [accepted, accepted.reversed()] + (0..<5).map({ _ in accepted.shuffled(using: &random) }) {
      var text = String.UnicodeScalarView()
      text.append(contentsOf: order)
      #expect(String(text).count == order.count)
    }
    for refused in ["\r\n", "e\u{301}", "👍🏽", "🇬🇧", "\u{200D}", "\u{FE0F}", "漢"] {
      #expect(!TextWrap.isOneCharacterPerScalar(refused), "\(refused)")
    }
  }
}
