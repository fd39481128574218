import CarelogCore
import CarelogJournal
import Foundation
import Hummingbird

/// *Flags* with "Mark as seen", and the printable *Summary*.
struct FlagPages {
  let server: ServerState
  let pages: PageRenderer
  let reading: ReadingAPI

  func add(to router: Router<WebContext>) {
    router.get("/flags") { request, context in
      let base = try PageBase(request, context, server: server, title: "Flags")
      let (_, flags) = try server.flagCache.flags(base.journal, asOf: base.clock.today)
      return pages.page("flags", base.with(["flags": flags.map { PageWords.flag($0, ackable: true) }]))
    }
    router.post("/flags/ack") { request, context in
      var request = request
      let form = FormFields(try await request.collectBody(upTo: WebLimits.maxBody))
      let base = try PageBase(request, context, server: server, title: "Flags")
      _ = try reading.acknowledge(form["id"] ?? "", note: form.text("note"), in: base.journal)
      return Response(status: .seeOther, headers: [.location: "/flags" + (base.values["query"] as? String ?? "")])
    }
    router.get("/summary") { request, context in
      let base = try PageBase(request, context, server: server, title: "Summary")
      return SummaryPage.response(try base.journal.summary(since: nil, until: base.clock.today, asOf: base.clock.today))
    }
    router.get("/static/app.css") { _, _ in PageRenderer.stylesheet() }
    router.get("/favicon.ico") { _, _ in PageRenderer.icon() }
  }
}
