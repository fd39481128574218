import CQRencode

/// The pairing link as a QR code drawn in the terminal (libqrencode), two modules per character row, with the
/// quiet zone around it. Light modules are drawn, so it reads on the usual dark terminal; phone cameras read
/// either way round.
enum QRCode {
  /// The code for `text`, or nil when libqrencode cannot encode it.
  static func terminalText(_ text: String) -> String? {
    guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
    defer { QRcode_free(code) }
    let width = Int(code.pointee.width)
    let modules = (0..<width * width).map { code.pointee.data[$0] & 1 == 1 }
    return draw(modules, width: width)
  }

  /// Draws `dark` modules (row by row, `width` a side) with a 2-module quiet zone.
  static func draw(_ dark: [Bool], width: Int) -> String {
    let quiet = 2
    let side = width + 2 * quiet
    func light(_ row: Int, _ column: Int) -> Bool {
      let (r, c) = (row - quiet, column - quiet)
      guard (0..<width).contains(r), (0..<width).contains(c) else { return true }
      return !dark[r * width + c]
    }
    var lines: [String] = []
    for row in stride(from: 0, to: side, by: 2) {
      var line = ""
      for column in 0..<side {
        switch (light(row, column), row + 1 < side ? light(row + 1, column) : false) {
        case (true, true): line += "█"
        case (true, false): line += "▀"
        case (false, true): line += "▄"
        case (false, false): line += " "
        }
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }
}
