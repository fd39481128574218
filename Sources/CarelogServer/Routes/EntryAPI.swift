import CarelogCore
import CarelogJournal
import Crypto
import Foundation
import HTTPTypes
import Hummingbird

/// `/api/entries`: record, list, change and delete entries through the same use cases as `carelog log`, `list`,
/// `edit` and `delete`.
struct EntryAPI {
  let server: ServerState

  func add(to router: Router<WebContext>) {
    router.post("/api/entries") { request, context in try await create(request, context) }
    router.get("/api/entries") { request, _ in try list(request) }
    router.patch("/api/entries/:id") { request, context in try await change(request, context) }
    router.delete("/api/entries/:id") { request, context in try remove(request, context) }
  }

  func create(_ request: Request, _ context: WebContext) async throws -> Response {
    var request = request
    let body = try JSONBody(try await request.collectBody(upTo: WebLimits.maxBody))
    guard let term = try body.text("term") else { throw WebError(.badRequest, "Say what to record in term, for example fever.", field: "term") }
    let input = LogInput(
      term: term, value: try body.text("value"), severity: try body.text("severity"), on: try body.text("on"),
      at: try body.text("at"), by: try body.text("by") ?? context.device?.reporter.name,
      role: try Self.role(try body.text("role")) ?? (try body.text("by") == nil ? context.device?.reporter.role : nil),
      note: try body.text("note"))
    let journal = server.journal.choosing(profile: try body.text("profile"))
    let clock = try server.clock()
    let checked = try CheckedLog(input, choice: journal.choice)
    let id = try request.headers[HTTPField.Name("Idempotency-Key")!].map { try Self.entryID(forKey: $0, device: context) }
    let result = try journal.log(checked, clock: clock, id: id)
    let flags = try journal.flagsRaised(by: [result.entry], profile: result.profile, today: clock.today)
    let fields = EntryFields.listed(result.entry, profile: result.profile.name) + [("flags", .array(flags.map(FlagJSON.object)))]
    return JSONReply.json(.object(fields), status: result.replayed ? .ok : .created)
  }

  func list(_ request: Request) throws -> Response {
    let query = request.uri.queryParameters
    let clock = try server.clock()
    var filter = EntryFilter()
    filter.since = try query.get("since").map { try DateInput.parse($0, today: clock.today) }
    filter.until = try query.get("until").map { try DateInput.parse($0, today: clock.today, allowFuture: true) }
    let (profile, entries, _) = try server.journal.choosing(profile: query.get("profile")).entries(filter)
    return JSONReply.json(.array(entries.map { .object(EntryFields.listed($0, profile: profile.name)) }))
  }

  func change(_ request: Request, _ context: WebContext) async throws -> Response {
    var request = request
    let body = try JSONBody(try await request.collectBody(upTo: WebLimits.maxBody))
    let journal = try existing(request, context, profile: try body.text("profile"))
    let input = EditInput(
      term: try body.text("term"), value: try body.text("value"), severity: try body.text("severity"),
      on: try body.text("on"), at: try body.text("at"), by: try body.text("by"), role: try Self.role(try body.text("role")),
      note: try body.text("note"))
    guard !input.isEmpty else { throw WebError(.badRequest, "Say what to change, for example severity or on.") }
    let (_, entry, profile) = try journal.journal.edit(journal.id.rawValue, try CheckedEdit(input), clock: try server.clock())
    return JSONReply.json(.object(EntryFields.listed(entry, profile: profile.name)))
  }

  func remove(_ request: Request, _ context: WebContext) throws -> Response {
    let found = try existing(request, context, profile: request.uri.queryParameters.get("profile"))
    _ = try found.journal.delete(found.id.rawValue, at: try server.clock().now)
    return Response(status: .noContent)
  }

  /// The journal (on the chosen profile) and the id of an entry that exists there, or 404.
  private func existing(_ request: Request, _ context: WebContext, profile: String?) throws -> (journal: Journal, id: EntryID) {
    let journal = server.journal.choosing(profile: profile)
    guard let id = context.parameters.get("id").flatMap(EntryID.init), try journal.entry(id: id) != nil else {
      throw WebError(.notFound, "No entry has this id. See the ids with GET /api/entries.")
    }
    return (journal, id)
  }

  static func role(_ text: String?) throws -> ReporterRole? {
    guard let text else { return nil }
    guard let role = ReporterRole(rawValue: text) else {
      throw WebError(.badRequest, "role is self or caregiver.", field: "role")
    }
    return role
  }

  /// The entry id a retried request with the same `Idempotency-Key` gets again: derived from the key and the
  /// device, so one device's keys never collide with another's.
  static func entryID(forKey key: String, device context: WebContext) throws -> EntryID {
    guard !key.isEmpty, key.utf8.count <= 200 else {
      throw WebError(.badRequest, "Idempotency-Key is 1 to 200 characters.")
    }
    var bytes = Array(SHA256.hash(data: Data(((context.tokenHash ?? "") + ":" + key).utf8)).prefix(16))
    bytes[6] = (bytes[6] & 0x0F) | 0x40
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    let hex = bytes.map { String(format: "%02x", $0) }.joined()
    let chars = Array(hex)
    let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }
    return EntryID(groups.joined(separator: "-"))!
  }
}
