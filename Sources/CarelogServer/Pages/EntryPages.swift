import CarelogCore
import CarelogJournal
import Foundation
import Hummingbird

/// *Entries*: the last 30 days, with edit, delete and history.
struct EntryPages {
  let server: ServerState
  let pages: PageRenderer

  func add(to router: Router<WebContext>) {
    router.get("/entries") { request, context in
      let base = try PageBase(request, context, server: server, title: "Entries")
      let (_, entries, _) = try base.journal.entries(EntryFilter(since: base.clock.today.adding(days: -30)))
      return pages.page("entries", base.with(["entries": entries.reversed().map(PageWords.entry)]))
    }
    router.get("/entries/:id/edit") { request, context in
      let base = try PageBase(request, context, server: server, title: "Change an entry")
      let entry = try Self.entry(context, base.journal)
      return pages.page("edit", base.with(Self.editValues(entry)))
    }
    router.post("/entries/:id/edit") { request, context in
      var request = request
      let form = FormFields(try await request.collectBody(upTo: WebLimits.maxBody))
      let base = try PageBase(request, context, server: server, title: "Change an entry")
      let entry = try Self.entry(context, base.journal)
      let current = Self.editValues(entry)
      // Only the fields that were changed are sent on, as `carelog edit` takes only the options given.
      func changed(_ name: String) -> String? {
        let typed = form[name]?.trimmingCharacters(in: .whitespaces) ?? ""
        return typed == "\(current[name] ?? "")" ? nil : typed
      }
      let input = EditInput(
        value: changed("value"), severity: changed("severity"), on: changed("on"), at: changed("at"), note: changed("note"))
      do {
        _ = try base.journal.edit(entry.id.rawValue, try CheckedEdit(input), clock: base.clock)
        return Response(status: .seeOther, headers: [.location: "/entries" + (base.values["query"] as? String ?? "")])
      } catch {
        let refusal = WebError.from(error)
        var values = Self.editValues(entry)
        for name in ["severity", "value", "on", "at", "note"] { values[name] = form[name] ?? "" }
        values["errors"] = [refusal.field ?? "value": refusal.message]
        return pages.page("edit", base.with(values), status: refusal.status)
      }
    }
    router.post("/entries/:id/delete") { request, context in
      let base = try PageBase(request, context, server: server, title: "Entries")
      let entry = try Self.entry(context, base.journal)
      _ = try base.journal.delete(entry.id.rawValue, at: base.clock.now)
      return Response(status: .seeOther, headers: [.location: "/entries" + (base.values["query"] as? String ?? "")])
    }
    router.get("/entries/:id/history") { request, context in
      let base = try PageBase(request, context, server: server, title: "History of an entry")
      let entry = try Self.entry(context, base.journal)
      let versions = try base.journal.history(entry.id.rawValue).versions
      let shown: [[String: Any]] = versions.enumerated().map { index, version in
        var values = PageWords.entry(version.entry)
        values["status"] = version.change.map { "\($0) \(version.supersededAt?.description ?? "")" } ?? "current"
        let changes = index > 0 ? EntryChanges.between(versions[index - 1].entry, version.entry) : []
        values["changes"] = changes.isEmpty ? "" : "What changed: " + changes.joined(separator: "; ")
        return values
      }
      return pages.page("history", base.with(["versions": shown]))
    }
  }

  /// The entry the path names, if it is the shown profile's; else 404.
  static func entry(_ context: WebContext, _ journal: Journal) throws -> Entry {
    guard let id = context.parameters.get("id").flatMap(EntryID.init), let entry = try journal.entry(id: id) else {
      throw WebError(.notFound, "There is no such entry. It may have been deleted.")
    }
    return entry
  }

  static func editValues(_ entry: Entry) -> [String: Any] {
    PageWords.entry(entry).merging([
      "severity": entry.severity?.label ?? "", "value": entry.value.map { Decimal.format($0, places: 2) + (entry.unit ?? "") } ?? "",
      "on": entry.occurredOn.description, "at": entry.occurredAt?.description ?? "",
    ]) { $1 }
  }
}
