import CarelogCore
import Foundation

/// Where a long output goes: standard output, or a private file written whole (temporary name, sync, rename).
/// Text is buffered and written in large pieces.
final class OutputStream {
  private let descriptor: Int32
  private let path: String?
  private let temporary: String?
  private var buffer: [UInt8] = []

  /// Standard output, or a new file at `path` (refused if it exists, unless `force`).
  init(path: String?, force: Bool) throws {
    guard let path else {
      (descriptor, self.path, temporary) = (STDOUT_FILENO, nil, nil)
      return
    }
    try OutputFile.checkWritable(path, force: force)
    let temporary = path + ".tmp-\(getpid())"
    let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw CarelogError(.cannotCreate, "carelog cannot create \(path) (\(String(cString: strerror(errno)))).")
    }
    fchmod(descriptor, 0o600)
    (self.descriptor, self.path, self.temporary) = (descriptor, path, temporary)
  }

  func write(_ text: String) throws { try write(bytes: Array(text.utf8)) }

  func write(bytes: [UInt8]) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 16 { try flush() }
  }

  /// Writes what is left; for a file, syncs it and moves it into place.
  func finish() throws {
    try flush()
    guard let path, let temporary else { return }
    let synced = fsync(descriptor) == 0
    close(descriptor)
    guard synced, rename(temporary, path) == 0 else {
      unlink(temporary)
      throw CarelogError(.io, "carelog could not write \(path) (\(String(cString: strerror(errno)))). Nothing was written.")
    }
  }

  /// Removes a half-written file after a failure.
  func abandon() {
    guard let temporary else { return }
    close(descriptor)
    unlink(temporary)
  }

  private func flush() throws {
    if let error = RawWrite.all(buffer, to: descriptor) {
      abandon()
      let reason = String(cString: strerror(error))
      throw CarelogError(
        .io,
        path.map { "carelog could not write \($0) (\(reason)). Nothing was written." }
          ?? "The output could not be written (standard output: \(reason)). Nothing was changed.")
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
