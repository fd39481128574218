import CarelogCore
import CarelogJournal
import Foundation
import Synchronization

/// The flags of a profile as of a day, kept until the journal changes (a write here, or another process's such as
/// `carelog log`), so that reading flags again and again does not run every rule each time.
final class FlagCache: Sendable {
  private struct Kept: Sendable {
    let stamp: String
    let profile: Profile
    let flags: [WarningFlag]
  }

  private let kept = Mutex<[String: Kept]>([:])
  /// One computation at a time: requests that arrive while the flags are being worked out after a change wait for
  /// that result instead of each running the rules again (the journal's reads are one at a time anyway).
  private let computing = NSLock()

  /// `journal.flags(asOf:since:)`, from the cache when the journal has not changed since.
  func flags(_ journal: Journal, asOf: LocalDate, since: LocalDate? = nil) throws -> (profile: Profile, flags: [WarningFlag]) {
    let key = "\(journal.choice.profile.map(Profile.nameKey) ?? "")|\(asOf)|\(since?.description ?? "")"
    computing.lock()
    defer { computing.unlock() }
    let stamp = try journal.changeStamp()
    if let hit = kept.withLock({ $0[key] }), hit.stamp == stamp { return (hit.profile, hit.flags) }
    let (profile, flags) = try journal.flags(asOf: asOf, since: since)
    kept.withLock { cache in
      if cache.count > 64 { cache.removeAll() }
      cache[key] = Kept(stamp: stamp, profile: profile, flags: flags)
    }
    return (profile, flags)
  }
}
