import CarelogCore
import Foundation

/// Where the journal file lives: `--journal`, else `$CARELOG_JOURNAL`, else `$XDG_DATA_HOME/carelog/journal.sqlite`,
/// else `~/.local/share/carelog/journal.sqlite`.
public struct JournalLocation: Sendable, Equatable {
  public let path: String

  /// A relative path starting with `file:` gets `./` in front: SQLite would read it as a URI (and open
  /// another file than the one named).
  public init(path: String) { self.path = path.hasPrefix("file:") ? "./" + path : path }

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

  /// Creates the journal's folder and any missing parents, each with mode 0700 whatever the umask.
  /// Returns the folders it made, outermost first.
  @discardableResult
  func createDirectory() throws -> [String] {
    var isDirectory = false
    if isDirectoryAt(directory, &isDirectory) {
      guard isDirectory else {
        throw CarelogError(.cannotCreate, "\(directory) is a file, not a folder, so the journal cannot be created there.")
      }
      return []
    }
    var made: [String] = []
    var path = directory.hasPrefix("/") ? "" : "."
    for component in directory.split(separator: "/") {
      path += "/" + component
      if mkdir(path, 0o700) == 0 {
        chmod(path, 0o700)
        made.append(path)
      } else if errno != EEXIST {
        for folder in made.reversed() { rmdir(folder) }
        throw CarelogError(
          .cannotCreate, "carelog cannot create the folder \(path). Choose another place with --journal PATH.")
      }
    }
    return made
  }

  /// Creates the empty journal file with mode 0600 whatever the umask (its -wal and -shm files copy that mode).
  /// Another process creating it at the same moment is fine: the file then exists and is used as it is.
  func createFile() throws {
    let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    if descriptor >= 0 {
      fchmod(descriptor, 0o600)
      close(descriptor)
    } else if errno != EEXIST {
      throw CarelogError(
        errno == EROFS || errno == EACCES ? .cannotCreate : .io,
        "carelog cannot create \(path) (\(String(cString: strerror(errno)))). Choose another place with --journal PATH.")
    }
  }
}
