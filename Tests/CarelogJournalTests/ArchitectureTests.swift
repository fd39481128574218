import Foundation
import Testing

/// The layers hold: the command line sees the application layer, Core and ArgumentParser only, so that every
/// face calls the same use cases instead of copying them.
struct ArchitectureTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test func theCommandLineImportsOnlyTheApplicationLayerCoreAndArgumentParser() throws {
    let folder = Self.root.appendingPathComponent("Sources/CarelogCLI")
    let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".swift") }
    #expect(files.count > 10)
    let allowed: Set = ["ArgumentParser", "CarelogCore", "CarelogJournal", "Foundation", "Synchronization"]
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
        let module = String(line.split(separator: " ").last!)
        #expect(allowed.contains(module), "\(file) imports \(module)")
      }
    }
  }

  @Test func thePackageGivesTheCommandLineNoOtherLayer() throws {
    let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
    let start = try #require(manifest.range(of: "name: \"CarelogCLI\""))
    let declaration = manifest[start.upperBound...].prefix { $0 != ")" }
    for layer in ["CarelogStore", "CarelogRules", "CarelogReports"] {
      #expect(!declaration.contains("\"\(layer)\""), "CarelogCLI depends on \(layer)")
    }
  }

  @Test func theWebFaceImportsNoStorageRulesOrReports() throws {
    let folder = Self.root.appendingPathComponent("Sources/CarelogServer")
    let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".swift") }
    #expect(files.count > 10)
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@preconcurrency import ") {
        let module = String(line.split(separator: " ").last!)
        #expect(!["CarelogStore", "CarelogRules", "CarelogReports", "GRDB"].contains(module), "\(file) imports \(module)")
      }
    }
  }

  /// `carelog log` must not load the server: the `carelog` executable reaches Hummingbird through no target.
  @Test func theCarelogExecutableDoesNotLinkTheServer() throws {
    let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
    func dependencies(of target: String) throws -> Substring {
      let start = try #require(manifest.range(of: "name: \"\(target)\""))
      return manifest[start.upperBound...].prefix { $0 != ")" }
    }
    let executable = try #require(manifest.range(of: ".executableTarget(name: \"carelog\""))
    let line = manifest[executable.lowerBound...].prefix { $0 != "\n" }
    #expect(line.contains("[\"CarelogCLI\"]"), "carelog depends on CarelogCLI only: \(line)")
    for target in ["CarelogCLI", "CarelogJournal"] {
      let declared = try dependencies(of: target)
      for server in ["CarelogServer", "hummingbird", "swift-nio", "swift-mustache", "swift-crypto"] {
        #expect(!declared.contains(server), "\(target) depends on \(server)")
      }
    }
  }
}
