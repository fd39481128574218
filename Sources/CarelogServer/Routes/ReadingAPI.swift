import CarelogCore
import CarelogJournal
import Foundation
import Hummingbird

/// `/api/flags`, `/api/summary` and `/api/profiles`: the same use cases as `carelog flags`, `summary` and
/// `profile list`.
struct ReadingAPI {
  let server: ServerState

  func add(to router: Router<WebContext>) {
    router.get("/api/flags") { request, _ in try flags(request) }
    router.post("/api/flags/:id/ack") { request, context in try await acknowledge(request, context) }
    router.get("/api/summary") { request, _ in try summary(request) }
    router.get("/api/profiles") { _, _ in try profiles() }
  }

  func flags(_ request: Request) throws -> Response {
    let query = request.uri.queryParameters
    let clock = try server.clock()
    let asOf = try query.get("as_of").map { try DateInput.parse($0, today: clock.today) } ?? clock.today
    let (_, flags) = try server.flagCache.flags(server.journal.choosing(profile: query.get("profile")), asOf: asOf)
    return JSONReply.json(.array(flags.map(FlagJSON.object)))
  }

  func acknowledge(_ request: Request, _ context: WebContext) async throws -> Response {
    var request = request
    let body = try JSONBody(try await request.collectBody(upTo: WebLimits.maxBody), required: false)
    let journal = server.journal.choosing(profile: try body.text("profile") ?? request.uri.queryParameters.get("profile"))
    let id = context.parameters.get("id") ?? ""
    let flag = try acknowledge(id, note: try body.text("note"), in: journal)
    return JSONReply.json(FlagJSON.object(flag))
  }

  /// Marks the current flag with exactly this id as seen; 404 when there is none.
  func acknowledge(_ id: String, note: String?, in journal: Journal) throws -> WarningFlag {
    let clock = try server.clock()
    let current = try journal.flags(asOf: clock.today, since: SupportedDates.first).flags
    guard current.contains(where: { $0.id == id }) else {
      throw WebError(.notFound, "No current flag has the id \(TextInput.shown(id)). See them with GET /api/flags.")
    }
    let text = try note.map { try TextInput.note($0) }
    return try journal.acknowledge(id, today: clock.today, at: clock.now, note: text)
  }

  func summary(_ request: Request) throws -> Response {
    let query = request.uri.queryParameters
    let clock = try server.clock()
    let format = query.get("format") ?? "json"
    guard format == "json" || format == "html" else {
      throw WebError(.badRequest, "format is json or html.", field: "format")
    }
    let since = try query.get("since").flatMap { $0 == "last-visit" ? nil : try DateInput.parse($0, today: clock.today) }
    let summary = try server.journal.choosing(profile: query.get("profile"))
      .summary(since: since, until: clock.today, asOf: clock.today)
    if format == "html" { return SummaryPage.response(summary) }
    var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: ReportFormat.json.render(summary, width: 80))))
    response.headers[.contentType] = "application/json; charset=utf-8"
    return response
  }

  func profiles() throws -> Response {
    let (profiles, defaultName) = try server.journal.profiles()
    return JSONReply.json(.array(profiles.map { .object(ProfileJSON.fields($0, isDefault: $0.name == defaultName)) }))
  }
}

/// The printable HTML visit summary, with its own style block allowed by hash (the page loads nothing else).
enum SummaryPage {
  static func response(_ summary: Summary) -> Response {
    let html = ReportFormat.html.render(summary, width: 80)
    var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: html)))
    response.headers[.contentType] = "text/html; charset=utf-8"
    response.headers[.contentSecurityPolicy] =
      "default-src 'self'; style-src 'self' \(InlineStyles.hashes(in: html)); frame-ancestors 'none'; form-action 'self'"
    return response
  }
}
