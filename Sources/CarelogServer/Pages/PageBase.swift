import CarelogCore
import CarelogJournal
import Foundation
import Hummingbird

/// What every signed-in page shares: the profile shown (from `?profile=`), the switcher, the CSRF token, and the
/// journal turned to that profile.
struct PageBase {
  let journal: Journal
  let values: [String: Any]
  let clock: JournalClock

  init(_ request: Request, _ context: WebContext, server: ServerState, title: String) throws {
    let chosen = request.uri.queryParameters.get("profile").flatMap { $0.isEmpty ? nil : $0 }
    journal = server.journal.choosing(profile: chosen)
    clock = try server.clock()
    let (profiles, _) = try server.journal.profiles()
    let current = try chosen ?? journal.profileDetails(named: nil).profile.name
    let query = chosen.map { "?profile=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") } ?? ""
    values = [
      "title": title, "paired": true, "query": query, "path": request.uri.path, "profileParam": chosen ?? "",
      "switcher": profiles.count > 1,
      "profiles": profiles.map { ["name": $0.name, "current": Profile.nameKey($0.name) == Profile.nameKey(current)] },
      "csrf": context.tokenHash.map(server.csrf(forTokenHash:)) ?? "",
    ]
  }

  /// The base values with `more` on top.
  func with(_ more: [String: Any]) -> [String: Any] { values.merging(more) { $1 } }
}

/// Plain words for entries and flags on the pages.
enum PageWords {
  static func what(_ entry: Entry) -> String {
    var text = entry.shortLabel
    if let severity = entry.severity { text += " (\(severity.words))" }
    if let reading = entry.valueText { text += " \(reading)" }
    return text
  }

  static func when(_ entry: Entry) -> String {
    entry.occurredOn.description + (entry.occurredAt.map { " at \($0)" } ?? "")
  }

  static func entry(_ entry: Entry) -> [String: Any] {
    [
      "id": entry.id.rawValue, "what": what(entry), "when": when(entry), "by": entry.reporter.description,
      "note": entry.note ?? "",
    ]
  }

  static func flag(_ flag: WarningFlag, ackable: Bool) -> [String: Any] {
    [
      "id": flag.id, "level": flag.level.rawValue, "levelWord": flag.level.rawValue.uppercased(),
      "urgent": flag.level == .urgent, "title": flag.title, "message": flag.message, "action": flag.action,
      "acknowledged": flag.acknowledged, "ackable": ackable,
    ]
  }

  static var severities: [[String: Any]] { Severity.allCases.map { ["value": $0.rawValue, "word": $0.words] } }
  static let catalog: [String] = SymptomCatalog.all.map(\.label)
}
