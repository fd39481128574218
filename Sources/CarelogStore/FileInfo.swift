import CarelogCore
import Foundation

/// Whether something exists at `path`, and whether it is a folder.
func isDirectoryAt(_ path: String, _ isDirectory: inout Bool) -> Bool {
  var info = stat()
  guard stat(path, &info) == 0 else { return false }
  isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
  return true
}

/// The size of the file at `path` in bytes, or -1 when it cannot be read.
func fileSize(_ path: String) -> Int {
  var info = stat()
  guard stat(path, &info) == 0 else { return -1 }
  return Int(info.st_size)
}

/// The permission bits of the file at `path`, or nil.
public func fileMode(_ path: String) -> Int? {
  var info = stat()
  guard stat(path, &info) == 0 else { return nil }
  return Int(info.st_mode & 0o7777)
}

/// What is at a path, looked at without following a final symbolic link (`lstat`), so that nothing is
/// opened: opening a FIFO to read it would wait for a writer for ever.
public enum FileKind: Sendable, Equatable {
  case missing, regular, directory, symbolicLink, fifo, device, socket

  public init(path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      self = .missing
      return
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: self = .regular
    case S_IFDIR: self = .directory
    case S_IFLNK: self = .symbolicLink
    case S_IFIFO: self = .fifo
    case S_IFSOCK: self = .socket
    default: self = .device
    }
  }

  /// "a folder", "a symbolic link", ... for messages.
  public var phrase: String {
    switch self {
    case .missing: "missing"
    case .regular: "a regular file"
    case .directory: "a folder"
    case .symbolicLink: "a symbolic link"
    case .fifo: "a named pipe (FIFO)"
    case .device: "a device"
    case .socket: "a socket"
    }
  }

  /// Refuses anything but a regular file or nothing, with `category` and `advice` (what to do instead).
  public static func requireRegularOrMissing(
    _ path: String, _ category: CarelogError.Category, advice: String
  ) throws {
    let kind = FileKind(path: path)
    guard kind != .missing && kind != .regular else { return }
    var message = "\(path) is \(kind.phrase), not a regular file, so carelog did not touch it. \(advice)"
    if kind == .symbolicLink, let target = realpath(path, nil) {
      defer { free(target) }
      let resolved = String(cString: target)
      if FileKind(path: resolved) == .regular {
        message += " It points to \(resolved): give that path instead if it is the file you mean."
      }
    }
    throw CarelogError(category, message)
  }
}
