import CarelogCore
import CarelogJournal
import Hummingbird

/// The doses due and not recorded yet, on *Today*, each answered with one tap: taken, missed, or held on the care
/// team's advice. Recording goes through the same use case as `carelog took` and `carelog missed`.
struct DosePage {
  let server: ServerState
  let pages: PageRenderer
  let today: TodayPage

  func add(to router: Router<WebContext>) {
    router.post("/dose") { request, context in try await record(request, context) }
  }

  /// The doses the check-in would ask about, as the Today page lists them.
  static func due(_ journal: Journal, _ clock: JournalClock) throws -> [String: Any] {
    let doses = try journal.dosesToAsk(today: clock.today, now: clock.timeOfDay)
    return [
      "hasDoses": !doses.isEmpty,
      "doses": doses.map { due in
        let when = due.on == clock.today ? "today" : due.on == clock.today.adding(days: -1) ? "yesterday" : "on \(due.on)"
        return [
          "medicine": due.medicine.name, "on": due.on.description,
          "label": "\(due.medicine.label), \(due.medicine.dose), due \(when)" + (due.medicine.schedule.at.map { " at \($0)" } ?? ""),
        ]
      },
    ]
  }

  func record(_ request: Request, _ context: WebContext) async throws -> Response {
    var request = request
    let form = FormFields(try await request.collectBody(upTo: WebLimits.maxBody))
    let base = try PageBase(request, context, server: server, title: "Today")
    do {
      guard let name = form.text("medicine"), let day = form.text("on").flatMap(LocalDate.init(iso:)) else {
        throw WebError(.badRequest, "Choose a dose from the list of doses due.", field: "dose")
      }
      guard let status = form.text("status").flatMap(Dose.Status.init(rawValue:)) else {
        throw WebError(.badRequest, "Choose taken, missed or held.", field: "dose")
      }
      let result = try base.journal.recordDose(
        name, on: day, status: status, at: nil, reason: form.text("reason"),
        reporter: { profile in context.device?.reporter ?? profile.reporter(named: nil, role: nil) },
        today: base.clock.today, now: base.clock.now)
      let what = switch status {
      case .taken: "taken"
      case .missed: "missed"
      case .held: "held on the care team's advice"
      }
      let more: [String: Any] = [
        "saved": "Recorded for \(result.profile.name): the \(result.medicine.label) dose due on \(result.dose.on) was \(what).",
        "hasFlags": !result.flags.isEmpty, "flags": result.flags.map { PageWords.flag($0, ackable: true) },
      ]
      return pages.page("today", base.with(try today.values(base, context)).merging(more) { $1 }, status: .created)
    } catch {
      let refusal = WebError.from(error)
      var values = try today.values(base, context)
      values["doseError"] = refusal.message
      return pages.page("today", base.with(values), status: refusal.status)
    }
  }
}
