import CarelogCore
import Foundation
import Testing

@testable import CarelogRules

/// The source documents live beside the repository (`../shared/sources`), not in it. So that the citation checks keep
/// their strength on any clone, `Fixtures/citations/index.tsv` records every cited section with the line of the
/// document that holds it and a hash of that line. The catalogs are checked against the index on every clone; the
/// index is checked against the full texts wherever they are present (and the check is reported as skipped, by
/// name, where they are not). `scripts/update-citation-index.sh` rewrites the index from the texts.
struct CitationIndexTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let indexFile = root.appendingPathComponent("Fixtures/citations/index.tsv")
  static let sourcesFolder = root.deletingLastPathComponent().appendingPathComponent("shared/sources")
  static var haveSources: Bool { FileManager.default.fileExists(atPath: sourcesFolder.path) }

  struct Row: Hashable {
    let document: String
    let section: String
    let hash: String
    let line: String
  }

  /// Every citation of every catalog: symptoms, treatments, rules and questions.
  static var citations: Set<Citation> {
    Set(
      SymptomCatalog.all.flatMap(\.sources) + TreatmentCatalog.all.flatMap(\.sources)
        + RuleCatalog.rules.flatMap(\.sources) + QuestionCatalog.questions.map(\.source))
  }

  static func readIndex() throws -> [Row] {
    let text = try String(contentsOf: indexFile, encoding: .utf8)
    return text.split(separator: "\n").dropFirst().map { line in
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return Row(document: cells[0], section: unescape(cells[1]), hash: cells[2], line: cells.count > 3 ? cells[3] : "")
    }
  }

  @Test func everyCitationOfTheCatalogsIsInTheIndex() throws {
    let indexed = Set(try Self.readIndex().map { Citation(document: $0.document, section: $0.section) })
    let cited = Self.citations
    #expect(cited.subtracting(indexed).isEmpty, "not in the index (run scripts/update-citation-index.sh): \(cited.subtracting(indexed))")
    #expect(indexed.subtracting(cited).isEmpty, "in the index but cited nowhere: \(indexed.subtracting(cited))")
  }

  @Test(.enabled(if: haveSources, "needs shared/sources beside the clone"))
  func indexMatchesTheSourceTexts() throws {
    let rows = try Self.rows(from: Self.sourcesFolder)
    if ProcessInfo.processInfo.environment["CARELOG_WRITE_CITATION_INDEX"] == "1" {
      try Self.write(rows)
    }
    let committed = try Self.readIndex()
    #expect(committed == rows, "the index differs from the texts: run scripts/update-citation-index.sh and read the diff")
  }

  /// The index as the texts give it: for each citation, the first line holding its section, and that line's hash.
  static func rows(from folder: URL) throws -> [Row] {
    var texts: [String: [Substring]] = [:]
    var rows: [Row] = []
    for citation in citations.sorted(by: { ($0.document, $0.section) < ($1.document, $1.section) }) {
      if texts[citation.document] == nil {
        texts[citation.document] = try String(contentsOf: folder.appendingPathComponent(citation.document), encoding: .utf8)
          .split(separator: "\n", omittingEmptySubsequences: false)
      }
      let line = try #require(texts[citation.document]!.first { $0.contains(citation.section) }, "\(citation.document) lacks \(citation.section)")
      rows.append(
        Row(document: citation.document, section: citation.section, hash: fnv1a(String(line)), line: excerpt(line, around: citation.section)))
    }
    return rows
  }

  static func write(_ rows: [Row]) throws {
    let lines = ["document\tsection\tline_hash\tquoted_line"]
      + rows.map { [$0.document, escape($0.section), $0.hash, escape($0.line)].joined(separator: "\t") }
    try (lines.joined(separator: "\n") + "\n").write(to: indexFile, atomically: true, encoding: .utf8)
  }

  /// Up to 160 characters of the line, starting at the section, so a reader sees the passage.
  static func excerpt(_ line: Substring, around section: String) -> String {
    guard let start = line.range(of: section)?.lowerBound else { return String(line.prefix(160)) }
    return String(line[start...].prefix(160))
  }

  static func fnv1a(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return String(hash, radix: 16)
  }

  static func escape(_ text: String) -> String { text.replacingOccurrences(of: "\t", with: "\\t") }
  static func unescape(_ text: String) -> String { text.replacingOccurrences(of: "\\t", with: "\t") }
}

extension Citation {
  init(document: String, section: String) {
    self.init(Citation.Source(rawValue: document) ?? .adultGuide, section)
    precondition(self.document == document, "unknown document \(document)")
  }
}
