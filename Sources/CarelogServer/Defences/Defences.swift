import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// The outermost middleware: every response, refusals included, carries the security headers, and any error
/// becomes one plain message (JSON under /api, a page elsewhere). Nothing about a request's contents is logged.
struct HeadersAndErrors: RouterMiddleware {
  typealias Context = WebContext
  let pages: PageRenderer

  func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
    var response: Response
    do {
      response = try await next(request, context)
    } catch {
      let refusal = WebError.from(error)
      response = request.uri.path.hasPrefix("/api/")
        ? JSONReply.error(refusal) : pages.errorPage(refusal)
    }
    let csp = response.headers[.contentSecurityPolicy] ?? "default-src 'self'; frame-ancestors 'none'; form-action 'self'"
    response.headers[.contentSecurityPolicy] = csp
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
    response.headers[.cacheControl] = "no-store"
    response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
    return response
  }
}

/// Refuses a request whose Host is not an address this server serves (DNS rebinding): 403.
struct HostCheck: RouterMiddleware {
  typealias Context = WebContext
  let allowed: ServedHosts

  func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
    // HTTP/1 moves Host into the authority; a test client may send the header itself.
    let host = request.headers[HTTPField.Name("Host")!] ?? request.head.authority ?? ""
    guard allowed.contains(host) else {
      throw WebError(.forbidden, "This address is not the one carelog serve listens on. Open the address it printed.")
    }
    return try await next(request, context)
  }
}

/// Refuses bodies over 64 KiB before reading them when their length is declared (413); bodies without a declared
/// length are cut off at the same size when read.
struct BodyLimit: RouterMiddleware {
  typealias Context = WebContext

  func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > WebLimits.maxBody {
      throw WebError(.contentTooLarge, "The request is larger than 64 KiB, so nothing was saved.")
    }
    var request = request
    do {
      _ = try await request.collectBody(upTo: WebLimits.maxBody)
    } catch {
      // NIO reports a body cut off at the limit as its own error type; any failure to read it is refused the same way.
      throw WebError(.contentTooLarge, "The request is larger than 64 KiB, so nothing was saved.")
    }
    return try await next(request, context)
  }
}

/// The `Host` values this server answers to (`127.0.0.1:8765`, `localhost:8765`, the LAN address with `--lan`).
/// Set once the port is known, which with `--port 0` is after the socket is bound.
public final class ServedHosts: Sendable {
  private let hosts: Mutex<Set<String>>

  public init(_ hosts: Set<String> = []) { self.hosts = Mutex(Set(hosts.map { $0.lowercased() })) }

  /// Serves `addresses` (host names or IP addresses) on `port`.
  public func set(addresses: [String], port: Int) {
    hosts.withLock { $0 = Set(addresses.map { "\($0.lowercased()):\(port)" }) }
  }

  func contains(_ host: String) -> Bool { hosts.withLock { $0.contains(host.lowercased()) } }
}
