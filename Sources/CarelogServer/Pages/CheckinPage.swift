import CarelogCore
import CarelogJournal
import Foundation
import Hummingbird

/// The *check-in*: the symptoms of the last two weeks and those from before diagnosis, a temperature, any other
/// symptom and a note, saved together (all or nothing), as `carelog checkin` does.
struct CheckinPage {
  let server: ServerState
  let pages: PageRenderer

  func add(to router: Router<WebContext>) {
    router.get("/checkin") { request, context in
      let base = try PageBase(request, context, server: server, title: "Check-in")
      return pages.page("checkin", base.with(try questions(base)))
    }
    router.post("/checkin") { request, context in
      var request = request
      let form = FormFields(try await request.collectBody(upTo: WebLimits.maxBody))
      let base = try PageBase(request, context, server: server, title: "Check-in")
      var values = try questions(base)
      do {
        let answers = try Self.answers(form, terms: values["terms"] as? [String] ?? [], device: context.device)
        guard !answers.isEmpty else { throw WebError(.badRequest, "Nothing was answered, so nothing was saved.") }
        let checked = try answers.map { try CheckedLog($0, choice: base.journal.choice) }
        let results = try base.journal.log(all: checked, clock: base.clock)
        guard let profile = results.first?.profile else { throw WebError(.badRequest, "Nothing was saved.") }
        let flags = try base.journal.flagsRaised(by: results.map(\.entry), profile: profile, today: base.clock.today)
        values["saved"] = "Saved \(results.count) answer\(results.count == 1 ? "" : "s") for \(profile.name): "
          + results.map { PageWords.what($0.entry) }.joined(separator: ", ") + "."
        values["hasFlags"] = !flags.isEmpty
        values["flags"] = flags.map { PageWords.flag($0, ackable: true) }
        return pages.page("checkin", base.with(values), status: .created)
      } catch {
        let refusal = WebError.from(error)
        for name in ["temperature", "at", "other", "note"] { values[name] = form[name] ?? "" }
        if let field = refusal.field { values["errors"] = [field: refusal.message] } else { values["pageError"] = refusal.message }
        return pages.page("checkin", base.with(values), status: refusal.status)
      }
    }
  }

  private func questions(_ base: PageBase) throws -> [String: Any] {
    let (_, terms) = try base.journal.checkinTerms(today: base.clock.today)
    return [
      "terms": terms,
      "questions": terms.map { ["term": $0, "label": SymptomCatalog.symptom(term: $0)?.shortLabel ?? $0, "severities": PageWords.severities] },
      "catalog": PageWords.catalog, "at": base.clock.timeOfDay.description, "severities": PageWords.severities,
    ]
  }

  /// The answers as entries to record for today, by this device's reporter.
  static func answers(_ form: FormFields, terms: [String], device: Device?) throws -> [LogInput] {
    let by = device?.reporter.name
    let role = device?.reporter.role
    var answers = terms.compactMap { term in
      form.text("q-\(term)").map { LogInput(term: term, severity: $0, by: by, role: role) }
    }
    if let temperature = form.text("temperature") {
      answers.append(LogInput(term: "temperature", value: temperature, at: form.text("at"), by: by, role: role))
    }
    if let other = form.text("other") {
      answers.append(LogInput(term: other, severity: form.text("other-severity"), by: by, role: role))
    }
    if let note = form.text("note") { answers.append(LogInput(term: "note", by: by, role: role, note: note)) }
    return answers
  }
}
