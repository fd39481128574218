import CarelogJournal
import Hummingbird

/// The web face: the router with its defences in order (headers and errors outermost, then Host, body size,
/// token, CSRF), the API and the pages.
public enum WebServer {
  /// The router for `server`, answering only for `hosts` (such as `127.0.0.1:8765`).
  public static func router(_ server: ServerState, hosts: ServedHosts) -> Router<WebContext> {
    let pages = PageRenderer()
    let router = Router(context: WebContext.self)
    router.add(middleware: HeadersAndErrors(pages: pages))
    router.add(middleware: HostCheck(allowed: hosts))
    router.add(middleware: BodyLimit())
    router.add(middleware: Authentication(server: server))
    router.add(middleware: CSRFCheck(server: server))
    let reading = ReadingAPI(server: server)
    PairingRoutes(server: server, pages: pages).add(to: router)
    EntryAPI(server: server).add(to: router)
    reading.add(to: router)
    let today = TodayPage(server: server, pages: pages)
    today.add(to: router)
    DosePage(server: server, pages: pages, today: today).add(to: router)
    EntryPages(server: server, pages: pages).add(to: router)
    FlagPages(server: server, pages: pages, reading: reading).add(to: router)
    CheckinPage(server: server, pages: pages).add(to: router)
    return router
  }
}
