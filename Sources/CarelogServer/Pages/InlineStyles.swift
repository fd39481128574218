import Crypto
import Foundation

/// CSP hashes of a page's `<style>` blocks, so the visit summary keeps its print layout while the policy still
/// allows nothing from outside and no other inline code.
enum InlineStyles {
  static func hashes(in html: String) -> String {
    var result: [String] = []
    var rest = html[...]
    while let open = rest.range(of: "<style>"), let close = rest.range(of: "</style>", range: open.upperBound..<rest.endIndex) {
      let css = rest[open.upperBound..<close.lowerBound]
      result.append("'sha256-\(Data(SHA256.hash(data: Data(css.utf8))).base64EncodedString())'")
      rest = rest[close.upperBound...]
    }
    return result.joined(separator: " ")
  }
}
