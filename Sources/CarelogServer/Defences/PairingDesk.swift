import Foundation
import Synchronization

/// The one-time pairing code: single use, valid 10 minutes, and locked after 5 wrong codes until a new one is made.
public final class PairingDesk: Sendable {
  /// How long a code is valid, in seconds.
  public static let lifetime = 600
  /// Wrong codes allowed before pairing locks.
  public static let allowedMistakes = 5

  /// Why a code was not accepted.
  public enum Refusal: Error, Sendable, Equatable {
    case wrong, expired, used, locked

    /// What the person pairing is told.
    public var message: String {
      switch self {
      case .wrong: "That pairing code is not right. Check the code printed by carelog serve."
      case .expired: "That pairing code has expired (codes last 10 minutes). Press Enter where carelog serve runs for a new one."
      case .used: "That pairing code was already used. Press Enter where carelog serve runs for a new one."
      case .locked: "Pairing is locked after 5 wrong codes. Press Enter where carelog serve runs for a new code."
      }
    }
  }

  private struct State {
    var code: String?
    var issuedAt = 0
    var mistakes = 0
    var used = false
  }

  private let state = Mutex(State())
  private let now: @Sendable () -> Int

  /// A desk with no code yet; `now` gives seconds (the system clock unless a test sets it).
  public init(now: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) }) {
    self.now = now
  }

  /// Makes a new code (the old one stops working) and unlocks pairing. Codes look like `K7QF-2MNP`: 8 characters
  /// from 31 that are hard to confuse (about 40 bits).
  @discardableResult
  public func newCode() -> String {
    let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    var random = SystemRandomNumberGenerator()
    let chars = (0..<8).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
    let code = String(chars[0..<4]) + "-" + String(chars[4..<8])
    let issued = now()
    state.withLock { $0 = State(code: code, issuedAt: issued) }
    return code
  }

  /// Accepts `typed` once (case and spaces ignored), or says why not; a wrong code counts towards the lock.
  public func redeem(_ typed: String) throws(Refusal) {
    let given = typed.uppercased().filter { !$0.isWhitespace }
    let moment = now()
    let outcome: Refusal? = state.withLock { state in
      guard let code = state.code, state.mistakes < Self.allowedMistakes else { return .locked }
      if state.used { return .used }
      guard DeviceToken.same(given, code) else {
        state.mistakes += 1
        return state.mistakes >= Self.allowedMistakes ? .locked : .wrong
      }
      if moment - state.issuedAt > Self.lifetime { return .expired }
      state.used = true
      return nil
    }
    if let outcome { throw outcome }
  }
}
