import CarelogCore
import Foundation
import Testing

/// Every citation in the catalogs must quote its source file: the section text appears verbatim in
/// `shared/sources/<document>`, beside the package (`<package root>/../shared`). The documents are not part of the
/// repository, so on a clone without them these checks are skipped (and say so); the team's checkout and CI have them.
struct CitationTests {
  /// `<package root>/../shared/sources`, found from this file's path (Tests/CarelogCoreTests/X.swift).
  static let sourcesFolder: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Tests/CarelogCoreTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .deletingLastPathComponent()  // the folder holding the package and shared/
    .appendingPathComponent("shared/sources")

  static var haveSources: Bool { FileManager.default.fileExists(atPath: sourcesFolder.path) }

  /// The text of a source document; fails the test when it is missing while the folder is there.
  private func sourceText(_ document: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let url = Self.sourcesFolder.appendingPathComponent(document)
    try #require(
      FileManager.default.fileExists(atPath: url.path),
      "Missing source document \(url.path). The shared/ folder must sit beside the package (CI clones it there).",
      sourceLocation: sourceLocation)
    return try String(contentsOf: url, encoding: .utf8)
  }

  @Test(.enabled(if: haveSources, "needs shared/sources beside the clone"))
  func everySourceDocumentExists() throws {
    // Given the five source documents the catalogs cite
    for source in Citation.Source.allCases {
      // When each is read from shared/sources
      let text = try sourceText(source.rawValue)
      // Then it is there and not empty
      #expect(!text.isEmpty, "\(source.rawValue) is empty")
    }
  }

  @Test(.enabled(if: haveSources, "needs shared/sources beside the clone"))
  func everySymptomCitationQuotesItsSource() throws {
    // Given every citation of every symptom
    var texts: [String: String] = [:]
    for symptom in SymptomCatalog.all {
      for citation in symptom.sources {
        // When its document is read
        if texts[citation.document] == nil { texts[citation.document] = try sourceText(citation.document) }
        // Then the section text appears in it verbatim
        #expect(
          texts[citation.document]!.contains(citation.section),
          "\(symptom.term): \"\(citation.section)\" is not in \(citation.document)")
      }
    }
  }

  @Test(.enabled(if: haveSources, "needs shared/sources beside the clone"))
  func everyTreatmentCitationQuotesItsSource() throws {
    // Given every citation of every treatment agent
    var texts: [String: String] = [:]
    for agent in TreatmentCatalog.all {
      #expect(!agent.sources.isEmpty, "\(agent.key) cites no source")
      for citation in agent.sources {
        // When its document is read
        if texts[citation.document] == nil { texts[citation.document] = try sourceText(citation.document) }
        // Then the section text appears in it verbatim
        #expect(
          texts[citation.document]!.contains(citation.section),
          "\(agent.key): \"\(citation.section)\" is not in \(citation.document)")
      }
    }
  }

  @Test func sectionsAreSingleLinesWithText() {
    // Given every citation in both catalogs
    let citations = SymptomCatalog.all.flatMap(\.sources) + TreatmentCatalog.all.flatMap(\.sources)
    for citation in citations {
      // When its section is checked
      // Then it is a non-empty phrase on one line (a heading, or words quoted from one line)
      #expect(!citation.section.trimmingWhitespace().isEmpty)
      #expect(!citation.section.contains("\n"), "\(citation.section)")
    }
  }
}
