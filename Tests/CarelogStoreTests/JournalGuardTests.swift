import CarelogCore
import CarelogStore
import Foundation
import GRDB
import Testing

/// Files that are not journals this version understands are refused, and left byte for byte as they were.
struct JournalGuardTests {
  /// The bytes of the file at `path` and whether its -wal, -shm or -journal exist.
  private struct Snapshot: Equatable {
    let bytes: Data?
    let sidecars: [String]

    init(_ path: String) {
      bytes = FileManager.default.contents(atPath: path)
      sidecars = ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: path + $0) }
    }
  }

  /// Opens `path` with each access and checks it is refused as bad data and left unchanged.
  private func expectRefusedAndUntouched(
    _ path: String, mentioning words: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = Snapshot(path)
    try #require(before.bytes != nil, "no file to test at \(path)", sourceLocation: sourceLocation)
    #expect(before.sidecars.isEmpty, "the test file already has \(before.sidecars)", sourceLocation: sourceLocation)
    for access in [AppDatabase.Access.read, .write] {
      // When it is opened
      let error = expectCarelogError(.badData, "\(access)", sourceLocation: sourceLocation) {
        try AppDatabase(location: JournalLocation(path: path), access: access)
      }
      // Then it is refused naming the file, and its bytes and sidecars are as they were
      #expect(error?.message.contains(path) == true, sourceLocation: sourceLocation)
      #expect(error?.message.contains(words) == true, "\(error?.message ?? "")", sourceLocation: sourceLocation)
      let after = Snapshot(path)
      #expect(after.bytes == before.bytes, "\(access) changed the file's bytes", sourceLocation: sourceLocation)
      #expect(after.sidecars == before.sidecars, "\(access) left \(after.sidecars)", sourceLocation: sourceLocation)
    }
  }

  @Test func anotherAppsSQLiteFileIsRefusedAndUntouched() throws {
    try withTemporaryFolder { folder in
      // Given a SQLite file written by another app, with a table and rows
      let path = folder + "/recipes.sqlite"
      do {
        let other = try DatabaseQueue(path: path)
        try other.write { db in
          try db.execute(sql: "CREATE TABLE recipe(id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
          for name in ["soup", "bread", "pie"] {
            try db.execute(sql: "INSERT INTO recipe(name) VALUES (?)", arguments: [name])
          }
        }
        try other.close()
      }
      // When it is opened as a journal for reading and for writing
      // Then it is refused and left as it was
      try expectRefusedAndUntouched(path, mentioning: "not a carelog journal")
    }
  }

  @Test func anotherAppsSQLiteFileInWALModeIsRefusedAndUntouched() throws {
    try withTemporaryFolder { folder in
      // Given a SQLite file of another app that uses WAL, closed cleanly
      let path = folder + "/other.sqlite"
      do {
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { db in
          try db.execute(sql: "PRAGMA journal_mode = WAL")
          try db.execute(sql: "CREATE TABLE item(id INTEGER PRIMARY KEY, name TEXT)")
          try db.execute(sql: "INSERT INTO item(name) VALUES ('one'), ('two')")
        }
        try other.close()
      }
      // When it is opened as a journal for reading and for writing
      // Then it is refused and left as it was, with no -wal or -shm made
      try expectRefusedAndUntouched(path, mentioning: "not a carelog journal")
    }
  }

  @Test func anEmptySQLiteDatabaseIsRefusedAndUntouched() throws {
    try withTemporaryFolder { folder in
      // Given a SQLite database with no tables (made by another program, or left half made)
      let path = folder + "/journal.sqlite"
      do {
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "CREATE TABLE t(x); DROP TABLE t") }
        try other.close()
      }
      // When it is opened as a journal for reading and for writing
      // Then it is refused and left as it was (never adopted with the mode it has)
      try expectRefusedAndUntouched(path, mentioning: "not a carelog journal")
    }
  }

  @Test func aTextFileIsRefusedAndUntouched() throws {
    try withTemporaryFolder { folder in
      // Given a plain-text journal of another tool
      let path = folder + "/journal.txt"
      let text = "[2013-11-30 15:42] Felt tired all day.\n[2013-12-01 09:10] Better.\n"
      #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
      // When it is opened as a journal for reading and for writing
      // Then it is refused and left as it was
      try expectRefusedAndUntouched(path, mentioning: "not a carelog journal")
    }
  }

  @Test func randomBytesAreRefusedAndUntouched() throws {
    try withTemporaryFolder { folder in
      // Given 4 KiB of noise
      let path = folder + "/noise.bin"
      var generator = SystemRandomNumberGenerator()
      let bytes = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
      #expect(FileManager.default.createFile(atPath: path, contents: bytes))
      // When it is opened as a journal for reading and for writing
      // Then it is refused and left as it was
      try expectRefusedAndUntouched(path, mentioning: "not a carelog journal")
    }
  }

  @Test func aJournalFromANewerCarelogIsRefusedAndUntouched() throws {
    try withTemporaryFolder { folder in
      // Given a journal whose migration table records a migration this version does not know
      let path = folder + "/journal.sqlite"
      do {
        let database = try AppDatabase(location: JournalLocation(path: path), access: .create)
        _ = try database.write { try $0.add(Profile(name: "Leo")) }
      }
      do {
        let raw = try DatabaseQueue(path: path)
        try raw.write { db in try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-future')") }
        try raw.close()
      }
      // When it is opened for reading and for writing
      // Then it is refused as written by a newer carelog, and left as it was
      try expectRefusedAndUntouched(path, mentioning: "newer version of carelog")
    }
  }

  @Test func aJournalWithOnlyKnownMigrationsOpens() throws {
    try withTemporaryFolder { folder in
      // Given a journal made by this version and closed (the control for the newer-journal test)
      let path = folder + "/journal.sqlite"
      do { _ = try AppDatabase(location: JournalLocation(path: path), access: .create) }
      // When it is opened for reading
      let database = try AppDatabase(location: JournalLocation(path: path), access: .read)
      // Then it opens as a journal
      #expect(try database.read { try $0.profiles() }.isEmpty)
    }
  }
}
