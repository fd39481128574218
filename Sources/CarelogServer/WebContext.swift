import CarelogJournal
import Hummingbird

/// What the middleware learns about a request before its route runs: the paired device, and how it proved it.
public struct WebContext: RequestContext {
  public var coreContext: CoreRequestContextStorage
  /// The paired device the request's token belongs to (nil on the pairing page and static files).
  public var device: Device?
  /// The device token's hash, for the CSRF token of this session.
  public var tokenHash: String?
  /// Whether the token came in the cookie (so a state-changing request needs the CSRF token too).
  public var viaCookie = false

  public init(source: Source) {
    coreContext = .init(source: source)
  }

  /// Bodies over 64 KiB are refused (413).
  public var maxUploadSize: Int { WebLimits.maxBody }
}

/// The server's fixed limits.
public enum WebLimits {
  public static let maxBody = 64 * 1024
}
