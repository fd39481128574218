import CarelogCore
import Foundation

/// Where the journal file lives: `--journal`, else `$CARELOG_JOURNAL`, else `$XDG_DATA_HOME/carelog/journal.sqlite`,
/// else `~/.local/share/carelog/journal.sqlite`.
public struct JournalLocation: Sendable, Equatable {
  public let path: String

  public init(path: String) { self.path = path }

  /// The location chosen from the flag and the environment.
  public static func resolve(flag: String?, environment: [String: String]) -> JournalLocation {
    if let flag, !flag.isEmpty { return JournalLocation(path: expandTilde(flag, environment)) }
    if let path = environment["CARELOG_JOURNAL"], !path.isEmpty {
      return JournalLocation(path: expandTilde(path, environment))
    }
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return JournalLocation(path: data + "/carelog/journal.sqlite")
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return JournalLocation(path: home + "/.local/share/carelog/journal.sqlite")
  }

  private static func expandTilde(_ path: String, _ environment: [String: String]) -> String {
    guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] else { return path }
    return home + path.dropFirst()
  }

  /// Whether a file (or anything) exists at the path.
  public var exists: Bool { access(path, F_OK) == 0 }

  /// The folder holding the journal.
  public var directory: String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().path
  }

  /// Creates the journal's folder (and missing parents) with mode 0700.
  func createDirectory() throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw CarelogError(.cannotCreate, "\(directory) is a file, not a folder, so the journal cannot be created there.")
      }
      return
    }
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw CarelogError(
        .cannotCreate,
        "carelog cannot create the folder \(directory). Choose another place with --journal PATH.")
    }
  }
}
