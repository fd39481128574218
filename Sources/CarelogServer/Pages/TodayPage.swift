import CarelogCore
import CarelogJournal
import Foundation
import Hummingbird

/// *Today*: the quick log. Saving shows at once any flag the entry raised, urgent ones in red with "call now".
struct TodayPage {
  let server: ServerState
  let pages: PageRenderer

  /// Everyday words offered as large buttons; each goes through the same reading as `carelog log WORD`.
  static let common: [(word: String, label: String)] = [
    ("fever", "Fever"), ("temperature", "Temperature"), ("tired", "Tired"), ("nausea", "Nausea"),
    ("vomiting", "Vomiting"), ("headache", "Headache"), ("bruises", "Bruises"), ("nosebleed", "Nosebleed"),
    ("bone pain", "Bone pain"), ("weight", "Weight"), ("infection", "Infection"), ("note", "Note"),
    ("anc", "ANC (neutrophils)"), ("platelets", "Platelets"), ("hemoglobin", "Hemoglobin"), ("height", "Height"),
  ]

  func add(to router: Router<WebContext>) {
    router.get("/") { request, context in
      let base = try PageBase(request, context, server: server, title: "Today")
      var values = try self.values(base, context)
      if let text = request.uri.queryParameters.get("search"), !text.isEmpty {
        values.merge(try Self.search(text, in: base.journal)) { $1 }
      }
      return pages.page("today", base.with(values))
    }
    router.post("/log") { request, context in try await log(request, context) }
  }

  func log(_ request: Request, _ context: WebContext) async throws -> Response {
    var request = request
    let form = FormFields(try await request.collectBody(upTo: WebLimits.maxBody))
    let base = try PageBase(request, context, server: server, title: "Today")
    let term = form.text("other") ?? form.text("term") ?? ""
    var value = form.text("value")
    if let typed = value, let unit = form.text("unit"), typed.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) {
      value = typed + unit
    }
    let input = LogInput(
      term: term, value: value, severity: form.text("severity"), on: Self.day(form.text("on"), base.clock),
      at: form.text("at"), by: form.text("by") ?? context.device?.reporter.name,
      role: form.text("by") == nil || form.text("by") == context.device?.reporter.name ? context.device?.reporter.role : nil,
      note: form.text("note"), new: form["new"] == "yes")
    do {
      guard !term.isEmpty else { throw WebError(.badRequest, "Choose what happened, or type it.", field: "term") }
      let id = try form.text("request").map { try EntryAPI.entryID(forKey: $0, device: context) }
      let result = try base.journal.log(try CheckedLog(input, choice: base.journal.choice), clock: base.clock, id: id)
      let flags = try base.journal.flagsRaised(by: [result.entry], profile: result.profile, today: base.clock.today)
      var saved = "\(result.replayed ? "Already saved" : "Saved") \(PageWords.what(result.entry))"
      if let typed = result.typed { saved += " (\(typed))" }
      saved += " on \(PageWords.when(result.entry)) for \(result.profile.name), by \(result.entry.reporter.description)."
      let more: [String: Any] = [
        "saved": saved, "hasFlags": !flags.isEmpty, "flags": flags.map { PageWords.flag($0, ackable: true) },
      ]
      return pages.page("today", base.with(try values(base, context)).merging(more) { $1 }, status: result.replayed ? .ok : .created)
    } catch {
      let refusal = WebError.from(error)
      var filled = try values(base, context)
      filled["request"] = form["request"] ?? filled["request"]
      filled.merge(Self.echo(form)) { $1 }
      filled["errors"] = [refusal.field ?? "term": refusal.message]
      return pages.page("today", base.with(filled), status: refusal.status)
    }
  }

  /// The page's values: the empty form and the doses due.
  func values(_ base: PageBase, _ context: WebContext) throws -> [String: Any] {
    form(base, defaults: context).merging(try DosePage.due(base.journal, base.clock)) { $1 }
  }

  /// The form's fields: empty, with today's day, the time now, and a new request id (sending the form twice, by a
  /// double tap or a reload, records one entry).
  private func form(_ base: PageBase, defaults context: WebContext) -> [String: Any] {
    [
      "common": Self.common.map { ["word": $0.word, "label": $0.label, "checked": false] },
      "severities": PageWords.severities, "catalog": PageWords.catalog,
      "on": base.clock.today.description, "at": base.clock.timeOfDay.description,
      "by": context.device?.reporter.name ?? "", "request": UUID().uuidString,
    ]
  }

  /// The symptoms `text` finds, as `carelog symptoms TEXT` lists them, offered as choices of the quick log.
  static func search(_ text: String, in journal: Journal) throws -> [String: Any] {
    let (catalog, own) = try journal.searchSymptoms(text)
    let found = catalog.prefix(12).map { ["word": $0.term, "label": $0.label] }
      + own.prefix(6).map { ["word": $0, "label": "\($0) (this journal's own)"] }
    var values: [String: Any] = ["search": text, "hasFound": !found.isEmpty, "found": found]
    if found.isEmpty {
      values["searchError"] =
        "No symptom matches \"\(text)\". To record it anyway, type it under Something else and tick “a new symptom”."
    }
    return values
  }

  /// What was typed, shown again beside the message so nothing has to be typed twice.
  static func echo(_ form: FormFields) -> [String: Any] {
    var values: [String: Any] = [:]
    for name in ["other", "value", "on", "at", "by", "note"] { values[name] = form[name] ?? "" }
    values["new"] = form["new"] == "yes"
    values["common"] = common.map { ["word": $0.word, "label": $0.label, "checked": form["term"] == $0.word] }
    values["severities"] = PageWords.severities.map { option in
      option.merging(["checked": form["severity"] == "\(option["value"] ?? "")"]) { $1 }
    }
    return values
  }

  /// A date input's day; today's is sent as nil so the entry reads "today" as the CLI's does.
  static func day(_ text: String?, _ clock: JournalClock) -> String? {
    text == clock.today.description ? nil : text
  }
}
