import Crypto
import Foundation

/// Device tokens: 256 random bits, given to the device once; the journal keeps only their SHA-256 hash.
public enum DeviceToken {
  /// A new token, 43 URL-safe characters (256 bits from the system's random source).
  public static func make() -> String {
    var random = SystemRandomNumberGenerator()
    let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) }
    return Data(bytes).base64EncodedString()
      .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "=", with: "")
  }

  /// The token's SHA-256 as 64 lowercase hex digits: what the journal stores and looks up.
  public static func hash(_ token: String) -> String {
    SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
  }

  /// The CSRF token of a session: an HMAC of its token hash under this server's secret, so it needs no storage
  /// and changes with every pairing and every start of the server.
  static func csrf(forTokenHash tokenHash: String, secret: SymmetricKey) -> String {
    HMAC<SHA256>.authenticationCode(for: Data(tokenHash.utf8), using: secret).map { String(format: "%02x", $0) }.joined()
  }

  /// Compares two secrets in time that does not depend on where they differ.
  static func same(_ a: String, _ b: String) -> Bool {
    let (x, y) = (Array(a.utf8), Array(b.utf8))
    guard x.count == y.count else { return false }
    return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
  }
}
