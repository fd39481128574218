import CarelogCore
import Foundation

/// The file to import, read once into a private copy: the check and the import then read the same bytes
/// however the file changes meanwhile, and a pipe (`/dev/stdin`, `<(…)`) or standard input (`-`) works too.
/// The copy is an unnamed temporary file (0600, unlinked at once), so nothing is left behind.
public final class ImportInput: @unchecked Sendable {
  private let descriptor: Int32
  /// Bytes read.
  public let size: Int

  /// Reads `path` (or standard input for `-`) to its end.
  public init(path: String) throws {
    let source = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
    guard source >= 0 else {
      throw CarelogError(
        .missingInput, "carelog cannot open \(path) (\(String(cString: strerror(errno)))). Check the file name.")
    }
    defer { if source != STDIN_FILENO { close(source) } }
    let copy = try Self.temporaryFile()
    do {
      size = try Self.copy(from: source, to: copy, path: path)
    } catch {
      close(copy)
      throw error
    }
    descriptor = copy
  }

  deinit { close(descriptor) }

  /// A reader over the copy, from its first byte.
  public func reader() -> JSONReader {
    var offset: off_t = 0
    let descriptor = descriptor
    return JSONReader { buffer in
      let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
      guard count >= 0 else { throw CarelogError(.io, "carelog could not read its copy of the file to import.") }
      offset += off_t(count)
      return count
    }
  }

  private static func temporaryFile() throws -> Int32 {
    let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(folder)/carelog-import-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw CarelogError(
        .cannotCreate, "carelog cannot make a private copy of the file to import in \(folder). Set TMPDIR to a writable folder.")
    }
    _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
    fchmod(descriptor, 0o600)
    return descriptor
  }

  private static func copy(from source: Int32, to target: Int32, path: String) throws -> Int {
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    var total = 0
    while true {
      let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        let reason = errno == EISDIR ? "it is a folder" : String(cString: strerror(errno))
        throw CarelogError(.io, "carelog cannot read \(path) (\(reason)). Nothing was imported.")
      }
      if count == 0 { return total }
      var written = 0
      while written < count {
        let n = buffer.withUnsafeBytes { write(target, $0.baseAddress! + written, count - written) }
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else {
          throw CarelogError(
            .io, "carelog could not keep a copy of \(path) to import (\(String(cString: strerror(errno)))); is the "
              + "temporary folder full? Nothing was imported.")
        }
        written += n
      }
      total += count
    }
  }
}
