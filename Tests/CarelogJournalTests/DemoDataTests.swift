import Foundation
import Testing

@testable import CarelogJournal

/// The demo built into the binary is exactly `Fixtures/demo/`, so an installed `carelog demo` shows what the files say.
struct DemoDataTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/demo")

  @Test func builtInDemoMatchesTheFixtureFiles() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".tsv") }
    #expect(Set(names) == Set(DemoData.files.keys), "run scripts/update-demo-data.sh")
    for name in names {
      var text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
      if text.hasSuffix("\n") { text.removeLast() }
      #expect(DemoData.files[name] == text, "\(name) differs from the built-in copy: run scripts/update-demo-data.sh")
    }
  }
}
