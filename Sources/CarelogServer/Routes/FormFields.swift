import Foundation
import NIOCore

/// The fields of an `application/x-www-form-urlencoded` body (the last value of a repeated name wins; `all` keeps
/// every one).
struct FormFields {
  let pairs: [(String, String)]

  init(_ buffer: ByteBuffer) {
    self.init(String(buffer: buffer))
  }

  init(_ text: String) {
    pairs = text.split(separator: "&").compactMap { part in
      let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      func decode(_ text: Substring) -> String? {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
      }
      guard let name = decode(halves[0]) else { return nil }
      return (name, halves.count > 1 ? decode(halves[1]) ?? "" : "")
    }
  }

  subscript(_ name: String) -> String? { pairs.last { $0.0 == name }?.1 }

  /// The value, or nil when missing or only spaces.
  func text(_ name: String) -> String? {
    guard let value = self[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
    return value
  }

  func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }
}
