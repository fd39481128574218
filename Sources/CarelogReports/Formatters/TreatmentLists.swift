import CarelogCore

/// Lists of treatments that would be written out again and again ("known side effect of Intrathecal
/// methotrexate, Mercaptopurine, …" on most rows and information lines): each is written once, as a numbered
/// note where it is first used, and referred to as "treatments [1]".
struct TreatmentLists {
  /// In order of first use: the information lines, then the symptom table.
  let shared: [String]
  /// The numbers (0-based) used in the information lines, whose notes go under them.
  let inInfo: Set<Int>

  init(_ s: Summary) {
    let rows = s.symptoms.map { $0.sideEffectOf.joined(separator: ", ") }.filter { $0.contains(", ") }
    let info = s.flags.filter { $0.level == .info }.map(\.seen)
    var shared: [String] = []
    for list in rows where !shared.contains(list) {
      let uses = rows.filter { $0 == list }.count + info.filter { !Self.ranges(of: list, in: $0).isEmpty }.count
      if uses > 1 { shared.append(list) }
    }
    // Numbered in reading order: the information lines come before the table.
    let firstUse = { (list: String) in info.firstIndex { !Self.ranges(of: list, in: $0).isEmpty } ?? info.count }
    let ordered = shared.enumerated().sorted { (firstUse($0.element), $0.offset) < (firstUse($1.element), $1.offset) }
      .map(\.element)
    self.shared = ordered
    inInfo = Set(ordered.indices.filter { index in info.contains { !Self.ranges(of: ordered[index], in: $0).isEmpty } })
  }

  func reference(_ list: String) -> String? { shared.firstIndex(of: list).map { "treatments [\($0 + 1)]" } }

  /// The text with each shared list, standing alone, replaced by its reference.
  func abbreviated(_ text: String) -> String {
    var text = text
    // Longest first, so a list is never taken for part of a longer one.
    for (index, list) in shared.enumerated().sorted(by: { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }) {
      for range in Self.ranges(of: list, in: text).reversed() { text.replaceSubrange(range, with: "treatments [\(index + 1)]") }
    }
    return text
  }

  /// "[1] Intrathecal methotrexate, Mercaptopurine, …" for each of `indices`, in order.
  func notes(_ indices: Set<Int>) -> [String] {
    indices.sorted().map { "[\($0 + 1)] \(shared[$0])" }
  }

  /// The notes of the lists used in the information lines, and of the others (used in the symptom table only).
  var infoNotes: [String] { notes(inInfo) }
  var tableNotes: [String] { notes(Set(shared.indices).subtracting(inInfo)) }

  /// Where `list` occurs in `text` as a whole list: after a space, and not followed by more of a list.
  static func ranges(of list: String, in text: String) -> [Range<String.Index>] {
    var found: [Range<String.Index>] = []
    var start = text.startIndex
    while let range = text[start...].firstRange(of: list) {
      let before = range.lowerBound == text.startIndex ? " " : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? "." : text[range.upperBound]
      if before == " " && (after == "." || after == ";" || after == ")") { found.append(range) }
      start = range.upperBound
    }
    return found
  }
}
