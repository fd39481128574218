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
