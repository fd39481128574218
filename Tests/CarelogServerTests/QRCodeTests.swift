import Testing

@testable import CarelogServer

/// The pairing link's QR code, drawn with half blocks.
struct QRCodeTests {
  @Test func aLinkBecomesASquareCodeWithItsQuietZone() throws {
    let text = try #require(QRCode.terminalText("http://192.168.1.20:8765/pair?code=K7QF-2MNP"))
    let lines = text.split(separator: "\n").map(Array.init)
    // Version 3 (29 modules) or more, plus 2 quiet modules each side, two rows a line.
    let side = lines[0].count
    #expect(side >= 33 && (side - 4 - 21) % 4 == 0, "a QR code is 21 + 4k modules wide")
    #expect(lines.count == (side + 1) / 2)
    #expect(lines.allSatisfy { $0.count == side })
    #expect(lines[0].allSatisfy { $0 == "█" }, "the top quiet zone is light")
    // The top-left finder pattern, rows 1 and 2 of the code: a dark 7-module edge over a ring dark at its ends.
    #expect(lines[1][2] == " " && lines[1][8] == " ", "\(String(lines[1]))")
    #expect(lines[1][3..<8].allSatisfy { $0 == "▄" }, "\(String(lines[1]))")
  }

  @Test func drawingPairsRowsIntoHalfBlocks() {
    // A 1-module code that is dark: quiet zone all round, the dark module in row 2, column 2.
    let text = QRCode.draw([true], width: 1)
    #expect(text == "█████\n██▄██\n▀▀▀▀▀")
  }
}
