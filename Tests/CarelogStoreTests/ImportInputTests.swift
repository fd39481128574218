import CarelogCore
import Foundation
import GRDB
import Testing

@testable import CarelogStore

/// The import reads its input once: a file changed or cut short after that does not change what is imported,
/// and nothing crashes. And migration v3 rewrites old name keys.
struct ImportInputTests {
  static let context = ImportContext(today: LocalDate(iso: "2026-11-26")!, now: Timestamp(iso: "2026-11-26T12:00:00Z")!)

  @Test func theCopyIsWhatBothPassesRead() throws {
    try withTemporaryFolder { folder in
      // Given an export on disk, read once
      let path = folder + "/in.json"
      try ImportGeneratedInputTests.base.write(toFile: path, atomically: false, encoding: .utf8)
      let input = try ImportInput(path: path)
      let checked = try JournalImport.check(Self.context) { input.reader() }
      // When the file is cut short and then replaced before the import is written
      try Data("{\"format\": \"carelog-export\", \"version\": 1, \"profiles\": [{\"name\": \"Mallory\"".utf8)
        .write(to: URL(fileURLWithPath: path))
      try FileManager.default.removeItem(atPath: path)
      // Then the import writes what was checked
      let (database, _) = try Sample.journalWithProfile(in: folder)
      let report = try database.write { try $0.importJSON(checked) }
      #expect(report.entriesAdded == 2)
      #expect(try database.read { try $0.profiles().map(\.name) } == ["Leo"])
    }
  }

  @Test func aMissingFileIsReportedPlainly() {
    let error = expectCarelogError(.missingInput, "missing file") { try ImportInput(path: "/nonexistent/carelog.json") }
    #expect(error?.message.contains("Check the file name") == true)
    let folder = expectCarelogError(.io, "a folder") { try ImportInput(path: "/tmp") }
    #expect(folder?.message.contains("folder") == true)
  }

  @Test func migrationV3RewritesNameKeysAndKeepsClashingProfilesReachable() throws {
    // Given a v2 journal with keys made the old way (lowercased only)
    let queue = try DatabaseQueue()
    try Migrations.migrator.migrate(queue, upTo: "v2-flag-acknowledgements")
    try queue.write { db in
      for (name, key) in [("Zoe\u{308}", "zoe\u{308}"), (" Leo ", " leo "), ("Zo\u{EB}", "zo\u{EB}"), ("Mia", "mia"), ("Ana\u{301}", "ana\u{301}")] {
        try db.execute(sql: "INSERT INTO profile(name, nameKey) VALUES (?, ?)", arguments: [name, key])
      }
    }
    // When it is migrated
    try Migrations.migrator.migrate(queue)
    // Then keys are trimmed and NFC; the decomposed Zoë keeps its old key, since the composed one holds the new
    // one already (Swift compares strings by canonical equivalence, so compare their scalars)
    let keys = try queue.read { db in try String.fetchAll(db, sql: "SELECT nameKey FROM profile ORDER BY id") }
    let scalars = keys.map { Array($0.unicodeScalars) }
    #expect(scalars == ["zoe\u{308}", "leo", "zo\u{EB}", "mia", "an\u{E1}"].map { Array($0.unicodeScalars) })
  }
}
