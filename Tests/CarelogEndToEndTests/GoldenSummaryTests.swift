import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif
import Testing

/// The demo journal's summary, as of 2026-11-26, in each format, byte for byte against reviewed golden files
/// (`Fixtures/golden/`, rewritten only with scripts/update-golden.sh and read before committing).
@Suite struct GoldenSummaryTests {
  static var folder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/golden")
  }

  @Test(arguments: [("text", "txt"), ("markdown", "md"), ("json", "json"), ("html", "html")])
  func demoSummaryMatchesItsGoldenFile(_ format: String, _ ext: String) throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["demo", "--as-of", "2026-11-26"])
    let output = try runner.ok(["summary", "--as-of", "2026-11-26", "--format", format])
    let golden = try String(contentsOf: Self.folder.appendingPathComponent("summary.\(ext)"), encoding: .utf8)
    #expect(output == golden, "summary --format \(format) differs from Fixtures/golden/summary.\(ext)")
  }

  @Test func goldenHTMLIsSelfContainedAndWellFormed() throws {
    let html = try String(contentsOf: Self.folder.appendingPathComponent("summary.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    for forbidden in ["<script", "http://", "https://", "url(", "<link", "@import", "<img"] {
      #expect(!html.lowercased().contains(forbidden), "HTML must not contain \(forbidden)")
    }
    #expect(html.contains("<svg"))
    #expect(html.contains("does not replace medical advice"))
    let body = html.split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
    let parser = XMLParser(data: Data(body.utf8))
    let delegate = ErrorCollector()
    parser.delegate = delegate
    #expect(parser.parse())
    #expect(parser.parserError == nil && delegate.error == nil, "\(String(describing: parser.parserError ?? delegate.error))")
  }
}

final class ErrorCollector: NSObject, XMLParserDelegate {
  var error: Error?
  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }
}
