import Foundation
import Testing

/// Creating a journal on a nearly full disk: the command either succeeds, or fails with 74 and leaves
/// nothing behind but, at most, a whole and empty journal (never a stub that later commands call foreign or
/// damaged), and once space is freed the same command works.
@Suite struct CreationTests {
  static let canMount = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")

  @Test(.enabled(if: canMount, "needs root to mount a small tmpfs"))
  func creationOnANearlyFullDiskLeavesNoStub() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let disk = runner.folder.appendingPathComponent("disk").path
    try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
    var outcomes: [Int32: Int] = [:]
    for fill in stride(from: 296, through: 504, by: 16) {
      guard try Self.tool("/bin/mount", ["-t", "tmpfs", "-o", "size=512k,mode=700", "carelog-test", disk]) == 0 else {
        Issue.record("mount -t tmpfs failed")
        return
      }
      defer { _ = try? Self.tool("/bin/umount", [disk]) }
      let filler = disk + "/filler"
      _ = FileManager.default.createFile(atPath: filler, contents: Data(count: fill * 1024))
      let journal = disk + "/carelog/journal.sqlite"
      let result = try runner.run(["profile", "add", "Leo", "--journal", journal], journalFlag: false)
      outcomes[result.status, default: 0] += 1
      let left = try FileManager.default.contentsOfDirectory(atPath: disk).filter { $0 != "filler" }
      if result.status == 0 {
        #expect(try runner.run(["profile", "list", "--journal", journal], journalFlag: false).stdout == "Leo  (default)\n")
      } else {
        #expect(result.status == 74, "fill \(fill)K: \(result.stderr)")
        #expect(result.stderr.contains("The disk is full"), "fill \(fill)K: \(result.stderr)")
        // Nothing left, or a whole journal without the profile: never a stub called foreign or damaged.
        if !left.isEmpty {
          let list = try runner.run(["list", "--journal", journal], journalFlag: false)
          #expect([66, 74].contains(list.status), "fill \(fill)K left \(left): list said \(list.stderr)")
          #expect(!list.stderr.contains("not a carelog journal") && !list.stderr.contains("damaged"), "\(list.stderr)")
        }
        try FileManager.default.removeItem(atPath: filler)
        let again = try runner.run(["profile", "add", "Leo", "--journal", journal], journalFlag: false)
        #expect(again.status == 0, "fill \(fill)K, after freeing space: \(again.stderr)")
      }
    }
    // Both outcomes were exercised: the loop reaches a disk too full to create anything.
    #expect(outcomes[0] != nil && outcomes[74] != nil, "\(outcomes)")
  }

  @Test(.enabled(if: canMount, "needs root to mount a small tmpfs"))
  func aFailedCreationRemovesTheFoldersItMade() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    let disk = runner.folder.appendingPathComponent("disk").path
    try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
    #expect(try Self.tool("/bin/mount", ["-t", "tmpfs", "-o", "size=512k,mode=700", "carelog-test", disk]) == 0)
    defer { _ = try? Self.tool("/bin/umount", [disk]) }
    _ = FileManager.default.createFile(atPath: disk + "/filler", contents: Data(count: 480 * 1024))
    let result = try runner.run(["profile", "add", "Leo", "--journal", disk + "/a/b/journal.sqlite"], journalFlag: false)
    #expect(result.status == 74, "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: disk) == ["filler"])
  }

  static func tool(_ path: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}
