import CarelogCore
import CarelogStore
import Foundation
import Testing

struct JournalSettingsTests {
  @Test func aNewJournalIsMarkedAndDurable() throws {
    try withTemporaryFolder { folder in
      // Given no journal yet
      let location = JournalLocation(path: folder + "/journal.sqlite")
      // When it is opened for writing
      let database = try AppDatabase(location: location, access: .create)
      // Then it carries carelog's application id, runs in WAL with full syncs and zeroes deleted content
      // ("CRLG" = 0x43524C47 = 1129466951; PRAGMA application_id prints it in decimal)
      #expect(try database.pragma("application_id") == String(0x4352_4C47))
      #expect(try database.pragma("application_id") == "1129466951")
      #expect(try database.pragma("journal_mode") == "wal")
      #expect(try database.pragma("synchronous") == "2")
      #expect(try database.pragma("secure_delete") == "1")
      #expect(try database.pragma("foreign_keys") == "1")
    }
  }

  @Test func reopeningForWritingKeepsTheSettingsAndData() throws {
    try withTemporaryFolder { folder in
      // Given a journal with a profile, closed
      let location = JournalLocation(path: folder + "/journal.sqlite")
      do {
        let database = try AppDatabase(location: location, access: .create)
        _ = try database.write { try $0.add(Profile(name: "Leo")) }
      }
      // When it is opened again, for writing and for reading
      let writer = try AppDatabase(location: location, access: .create)
      let reader = try AppDatabase(location: location, access: .read)
      // Then the writer syncs fully and both see the profile
      #expect(try writer.pragma("synchronous") == "2")
      #expect(try writer.pragma("journal_mode") == "wal")
      #expect(try writer.read { try $0.profiles().map(\.name) } == ["Leo"])
      #expect(try reader.read { try $0.profiles().map(\.name) } == ["Leo"])
    }
  }

  @Test func anEmptyFileIsNeverAdopted() throws {
    try withTemporaryFolder { folder in
      // Given an empty file where the journal should be (someone else's, with a mode that lets others in)
      let path = folder + "/journal.sqlite"
      #expect(FileManager.default.createFile(atPath: path, contents: Data(), attributes: [.posixPermissions: 0o644]))
      // When it is opened for reading and for writing
      // Then each is refused as not a journal, and the file stays empty, 0644 and alone
      for access in [AppDatabase.Access.read, .write, .create] {
        let error = expectCarelogError(.badData, "empty file, \(access)") {
          try AppDatabase(location: JournalLocation(path: path), access: access)
        }
        #expect(error?.message.contains("is an empty file") == true)
      }
      #expect(fileSizeForTest(path) == 0)
      #expect(fileMode(path) == 0o644)
      let left = try FileManager.default.contentsOfDirectory(atPath: folder)
      #expect(left == ["journal.sqlite"])
    }
  }

  @Test func readingAMissingJournalCreatesNothing() throws {
    try withTemporaryFolder { folder in
      // Given a path with no journal, in a folder that does not exist either
      let path = folder + "/carelog/journal.sqlite"
      // When it is opened for reading
      let error = expectCarelogError(.missingInput, "read of missing journal") {
        try AppDatabase(location: JournalLocation(path: path), access: .read)
      }
      // Then it is a missing-input error, and neither the file nor its folder was made
      #expect(error?.message.contains(path) == true)
      #expect(!FileManager.default.fileExists(atPath: path))
      #expect(!FileManager.default.fileExists(atPath: folder + "/carelog"))
      let left = try FileManager.default.contentsOfDirectory(atPath: folder)
      #expect(left.isEmpty, "left behind: \(left)")
    }
  }

  @Test func aFolderIsNotAJournal() throws {
    try withTemporaryFolder { folder in
      // Given a folder where the journal path points
      let path = folder + "/journal.sqlite"
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      // When it is opened for reading and for writing
      // Then each is refused as a failed read (it is not a regular file), and the folder stays empty
      for access in [AppDatabase.Access.read, .write] {
        expectCarelogError(.io, "folder, \(access)") { try AppDatabase(location: JournalLocation(path: path), access: access) }
      }
      #expect(try FileManager.default.contentsOfDirectory(atPath: path).isEmpty)
    }
  }
}

/// The process umask is shared by every test running at the same time, so these tests run one at a time.
@Suite(.serialized)
struct JournalModeTests {
  @Test func aNewJournalIsPrivateEvenUnderAnOpenUmask() throws {
    // Given the process umask set to 0 (so nothing narrows the modes carelog asks for)
    let saved = umask(0)
    defer { umask(saved) }
    try withTemporaryFolder { folder in
      let path = folder + "/data/carelog/journal.sqlite"
      // When a journal is created in folders that do not exist yet
      let database = try AppDatabase(location: JournalLocation(path: path), access: .create)
      _ = try database.write { try $0.add(Profile(name: "Leo")) }
      // Then the journal and its WAL files are 0600 and each new folder 0700
      #expect(fileMode(path).map { String($0, radix: 8) } == "600")
      #expect(fileMode(folder + "/data").map { String($0, radix: 8) } == "700")
      #expect(fileMode(folder + "/data/carelog").map { String($0, radix: 8) } == "700")
      for sidecar in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + sidecar) {
        #expect(fileMode(path + sidecar).map { String($0, radix: 8) } == "600", "\(sidecar)")
      }
    }
  }

  @Test func aJournalInAnExistingFolderIsPrivateToo() throws {
    // Given the process umask set to 0 and an existing folder
    let saved = umask(0)
    defer { umask(saved) }
    try withTemporaryFolder { folder in
      let path = folder + "/journal.sqlite"
      // When a journal is created there
      _ = try AppDatabase(location: JournalLocation(path: path), access: .create)
      // Then it is 0600
      #expect(fileMode(path).map { String($0, radix: 8) } == "600")
    }
  }
}

private func fileSizeForTest(_ path: String) -> Int? {
  (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
}
