import CarelogCore
import CarelogRules
import Foundation

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
    // The lists the information lines name, from each flag's own treatments (never read back from its words).
    let info = s.flags.filter { $0.level == .info }.map { $0.treatments.joined(separator: ", ") }.filter { $0.contains(", ") }
    var shared: [String] = []
    for list in info + rows where !shared.contains(list) {
      if (info + rows).filter({ $0 == list }).count > 1 { shared.append(list) }
    }
    self.shared = shared  // in reading order: the information lines come before the table
    inInfo = Set(shared.indices.filter { info.contains(shared[$0]) })
  }

  func reference(_ list: String) -> String? { shared.firstIndex(of: list).map { "treatments [\($0 + 1)]" } }

  /// `text` (what `flag` saw) with the flag's list of treatments, when it is a shared one, as its reference.
  func abbreviated(_ text: String, for flag: WarningFlag) -> String {
    let list = flag.treatments.joined(separator: ", ")
    guard let reference = reference(list) else { return text }
    return text.replacingOccurrences(of: list, with: reference)
  }

  /// "[1] Intrathecal methotrexate, Mercaptopurine, …" for each of `indices`, in order.
  func notes(_ indices: Set<Int>) -> [String] {
    indices.sorted().map { "[\($0 + 1)] \(shared[$0])" }
  }

  /// The notes of the lists used in the information lines, and of the others (used in the symptom table only).
  var infoNotes: [String] { notes(inInfo) }
  var tableNotes: [String] { notes(Set(shared.indices).subtracting(inInfo)) }
}
