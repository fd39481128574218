import CarelogCore
import CarelogJournal
import Foundation

/// Files carelog writes for the user (summaries, exports): readable by the user only, never overwritten
/// without `--force`, written whole or not at all.
enum OutputFile {
  /// Refuses a target that exists (unless `force`), and always one that is not a regular file: a device, a
  /// FIFO, a folder or a symbolic link is never replaced.
  static func checkWritable(_ path: String, force: Bool) throws {
    try FileChecks.requireRegularOrMissing(path, .cannotCreate, advice: "Choose a new file name.")
    if access(path, F_OK) == 0 && !force {
      throw CarelogError(.cannotCreate, "\(path) already exists. Choose another name, or add --force to replace it.")
    }
  }

  /// Writes through a temporary file in the same folder, synced, then renamed into place (mode 0600).
  static func write(_ text: String, to path: String, force: Bool) throws {
    try checkWritable(path, force: force)
    let temporary = path + ".tmp-\(getpid())"
    let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw CarelogError(.cannotCreate, "carelog cannot create \(path) (\(String(cString: strerror(errno)))).")
    }
    var ok = fchmod(descriptor, 0o600) == 0
    let bytes = Array(text.utf8)
    var written = 0
    while ok && written < bytes.count {
      let result = bytes[written...].withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if result <= 0 { ok = false } else { written += result }
    }
    ok = ok && fsync(descriptor) == 0
    close(descriptor)
    guard ok, rename(temporary, path) == 0 else {
      unlink(temporary)
      throw CarelogError(.io, "carelog could not write \(path) (\(String(cString: strerror(errno)))). Nothing was written.")
    }
  }
}
