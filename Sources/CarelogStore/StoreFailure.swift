import CarelogCore
import Foundation
import GRDB

/// Turns SQLite and file errors into one plain message with its exit category.
enum StoreFailure {
  static func translate(_ error: any Error, location: JournalLocation) -> any Error {
    if error is CarelogError { return error }
    if case StoreError.malformed(let column, _) = error {
      return CarelogError.badData(
        "\(location.path) holds a value carelog cannot read (in \(column)). Run carelog check, or restore a backup.")
    }
    guard let error = error as? DatabaseError else { return error }
    switch error.resultCode {
    case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
      return CarelogError(
        .io, "carelog cannot use \(location.path): the file or its folder is read-only for you. Nothing was changed.")
    case .SQLITE_FULL:
      return CarelogError(.io, "The disk is full, so nothing was saved. Free some space and try again.")
    case .SQLITE_CANTOPEN:
      return CarelogError(
        .cannotCreate, "carelog cannot open or create \(location.path). Check the folder exists and is writable.")
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return CarelogError(.io, "The journal stayed busy (another carelog is writing). Nothing was saved; try again.")
    case .SQLITE_NOTADB, .SQLITE_CORRUPT:
      return CarelogError.badData("\(location.path) is damaged or not a carelog journal. Run carelog check.")
    case .SQLITE_CONSTRAINT:
      return CarelogError.badData("That would break the journal's rules (\(error.message ?? "constraint")). Nothing was saved.")
    case .SQLITE_IOERR where isNearlyFull(location.directory):
      return CarelogError(.io, "The disk is full, so nothing was saved. Free some space and try again.")
    default:
      return CarelogError(.io, "carelog could not read or write \(location.path) (\(error.message ?? "I/O error")).")
    }
  }

  /// Whether the disk holding `folder` has less than 64 KiB left (SQLite reports some full-disk writes as I/O errors).
  static func isNearlyFull(_ folder: String) -> Bool {
    var info = statvfs()
    guard statvfs(folder, &info) == 0 else { return false }
    return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 64 * 1024
  }
}
