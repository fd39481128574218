import Foundation

/// Small carelog export documents written by hand for the import tests: one profile (Leo, born 2017-03-02)
/// and entries whose fields can be replaced one by one with raw JSON.
enum ImportDocument {
  static let firstID = "6f1c2e9a-1b2c-4d3e-8f40-1234567890ab"

  static let entryFields: [(String, String)] = [
    ("id", "\"\(firstID)\""), ("kind", "\"symptom\""), ("term", "\"fatigue\""), ("severity", "2"), ("value", "null"),
    ("unit", "null"), ("occurred_on", "\"2026-11-20\""), ("occurred_at", "null"),
    ("recorded_at", "\"2026-11-20T21:35:00Z\""), ("reporter", "\"Leo\""), ("reporter_role", "\"self\""),
    ("note", "null"), ("revision", "1"), ("deleted_at", "null"), ("revisions", "[]"),
  ]

  /// An entry object; `changes` replace fields (raw JSON values), and fields not in the template are appended.
  static func entry(_ changes: [String: String] = [:]) -> String {
    var fields = entryFields.map { key, value in (key, changes[key] ?? value) }
    for (key, value) in changes.sorted(by: { $0.key < $1.key }) where !entryFields.contains(where: { $0.0 == key }) {
      fields.append((key, value))
    }
    return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
  }

  /// An earlier version, for an entry's `revisions` list.
  static func revision(_ number: Int, supersededAt: String = "2026-11-21T08:00:00Z", _ changes: [String: String] = [:]) -> String {
    var changes = changes
    changes["revision"] = "\(number)"
    changes["superseded_at"] = "\"\(supersededAt)\""
    changes["change"] = changes["change"] ?? "\"edited\""
    var object = entry(changes)
    for key in ["\"deleted_at\": null, ", "\"revisions\": [], "] { object = object.replacingOccurrences(of: key, with: "") }
    return object
  }

  /// A whole document with Leo's profile; `profileFields` are raw JSON pairs put before the entries.
  static func document(_ entries: [String], name: String = "Leo", profileFields: String = "") -> String {
    """
    {"format": "carelog-export", "version": 1, "profiles": [{"name": "\(name)", "born": "2017-03-02", \(profileFields)
    "entries": [\(entries.joined(separator: ",\n"))]}]}
    """
  }
}
