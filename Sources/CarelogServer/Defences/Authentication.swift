import CarelogCore
import CarelogJournal
@preconcurrency import Crypto
import HTTPTypes
import Hummingbird
import Synchronization

/// Every request but the pairing page, `POST /api/pair` and static files needs a paired device's token, on
/// loopback too: `Authorization: Bearer TOKEN` from API clients, the `carelog_device` cookie from the browser.
struct Authentication: RouterMiddleware {
  typealias Context = WebContext
  static let cookieName = "carelog_device"
  static let open: Set<String> = ["/pair", "/api/pair", "/static/app.css", "/favicon.ico"]

  let server: ServerState

  func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
    if Self.open.contains(request.uri.path) { return try await next(request, context) }
    var context = context
    let bearer = request.headers[.authorization].flatMap { value -> String? in
      value.hasPrefix("Bearer ") ? String(value.dropFirst(7)).trimmingCharacters(in: .whitespaces) : nil
    }
    guard let token = bearer ?? request.cookies[Self.cookieName]?.value, !token.isEmpty else { throw WebError.unauthorized }
    let hash = DeviceToken.hash(token)
    guard let device = try server.journal.device(tokenHash: hash) else { throw WebError.unauthorized }
    try server.touch(device)
    context.device = device
    context.tokenHash = hash
    context.viaCookie = bearer == nil
    return try await next(request, context)
  }
}

/// A state-changing request authenticated by the cookie must carry this session's CSRF token, in the
/// `X-CSRF-Token` header or a form's `csrf` field; Bearer requests need none (a browser never adds that header).
struct CSRFCheck: RouterMiddleware {
  typealias Context = WebContext
  static let header = HTTPField.Name("X-CSRF-Token")!
  let server: ServerState

  func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
    guard context.viaCookie, let hash = context.tokenHash, ![.get, .head, .options].contains(request.method) else {
      return try await next(request, context)
    }
    let expected = server.csrf(forTokenHash: hash)
    var given = request.headers[Self.header]
    if given == nil, request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
      var copy = request
      given = FormFields(try await copy.collectBody(upTo: WebLimits.maxBody))["csrf"]
    }
    guard let given, DeviceToken.same(given, expected) else {
      throw WebError(.forbidden, "This form has expired or did not come from carelog. Reload the page and try again.")
    }
    return try await next(request, context)
  }
}

/// What every route shares: the open journal, the pairing desk, the clock and this run's secret.
public final class ServerState: Sendable {
  public let journal: Journal
  public let pairing: PairingDesk
  let clock: @Sendable () throws -> JournalClock
  let secret = SymmetricKey(size: .bits256)
  /// Whether the server runs under TLS (cookies are then `Secure`).
  let secure: Bool
  private let lastTouched = Mutex<[Int64: Int]>([:])
  /// Flags kept until the journal changes.
  let flagCache = FlagCache()

  public init(journal: Journal, pairing: PairingDesk, secure: Bool, clock: @escaping @Sendable () throws -> JournalClock = { try JournalClock.system() }) {
    self.journal = journal
    self.pairing = pairing
    self.secure = secure
    self.clock = clock
  }

  func csrf(forTokenHash hash: String) -> String { DeviceToken.csrf(forTokenHash: hash, secret: secret) }

  /// Notes the device's use, at most once a minute, so reading pages does not write each time.
  func touch(_ device: Device) throws {
    let now = try clock().now
    let due = lastTouched.withLock { times in
      guard (times[device.id] ?? Int.min / 2) + 60 <= now.secondsSince1970 else { return false }
      times[device.id] = now.secondsSince1970
      return true
    }
    if due { try journal.touchDevice(device, at: now) }
  }
}
