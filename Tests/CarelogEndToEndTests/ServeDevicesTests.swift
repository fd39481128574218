import Foundation
import Testing

/// A running `carelog serve` and the command line side by side: a device paired through the server shows in
/// `carelog devices` with its last use, and `carelog devices revoke` ends it at once, while the server runs.
struct ServeDevicesTests {
  static var haveCurl: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") }

  /// `curl` with `arguments`; returns the HTTP status and the body.
  static func curl(_ arguments: [String]) throws -> (status: Int, body: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
    process.arguments = ["-s", "-w", "\n%{http_code}"] + arguments
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return (Int(lines.last ?? "") ?? 0, lines.dropLast().joined(separator: "\n"))
  }

  @Test(.enabled(if: haveCurl, "needs curl"))
  func aDevicePairedThroughTheServerIsListedAndRevokedAtOnce() throws {
    let runner = try CarelogRunner()
    defer { runner.cleanUp() }
    try runner.ok(["profile", "add", "Leo", "--born", "2017-03-02", "--reporter", "Anna"])
    // The server, with its standard input kept open (Enter would print a new code) and its output read as it comes.
    let server = Process()
    server.executableURL = URL(fileURLWithPath: CarelogRunner.binary)
    server.arguments = ["serve", "--port", "0", "--journal", runner.journal]
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CARELOG_") }
    environment["HOME"] = runner.folder.path
    server.environment = environment
    let output = Pipe()
    let input = Pipe()
    server.standardOutput = output
    server.standardInput = input
    try server.run()
    defer {
      server.interrupt()
      server.waitUntilExit()
    }
    var printed = ""
    while !printed.contains("works once") {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      printed += String(decoding: chunk, as: UTF8.self)
    }
    let link = try #require(printed.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression))
    let base = String(printed[link])
    let code = try #require(printed.range(of: #"code=[2-9A-Z-]+"#, options: .regularExpression)).upperBound
    let codeText = String(printed[printed.index(code, offsetBy: -9)..<code])

    let paired = try Self.curl([
      "-X", "POST", "\(base)/api/pair", "-H", "Content-Type: application/json",
      "-d", #"{"code": "\#(codeText)", "device": "Anna's phone", "reporter": "Anna", "role": "caregiver"}"#,
    ])
    #expect(paired.status == 201, "\(paired.body)")
    let object = try JSONSerialization.jsonObject(with: Data(paired.body.utf8)) as? [String: Any]
    let token = try #require(object?["token"] as? String)
    #expect(try Self.curl(["\(base)/api/profiles", "-H", "Authorization: Bearer \(token)"]).status == 200)

    let listed = try runner.ok(["devices"])
    #expect(listed.contains("Anna's phone  logs as Anna (caregiver)"), "\(listed)")
    #expect(listed.contains("last used"), "\(listed)")
    try runner.ok(["devices", "revoke", "Anna's phone"])
    #expect(try Self.curl(["\(base)/api/profiles", "-H", "Authorization: Bearer \(token)"]).status == 401)
    #expect(try runner.ok(["devices"]).contains("No device is paired"))
  }
}
