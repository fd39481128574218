// Helpers shared by the test targets (one copy instead of one per target). Swift Testing is there only when
// tests are built, so a release build (the README's install line builds every target) compiles this empty.
#if canImport(Testing)
import CarelogCore
import Foundation
import Testing

/// Runs `body` and checks that it throws a `CarelogError` of `category`. When it returns instead, the issue
/// names the value it returned, so a silent fallback (a date of "today", a guessed unit) is visible.
@discardableResult
public func expectCarelogError<T>(
  _ category: CarelogError.Category, _ what: String, sourceLocation: SourceLocation = #_sourceLocation,
  _ body: () throws -> T
) -> CarelogError? {
  do {
    let value = try body()
    Issue.record("\(what): expected a CarelogError(\(category)), but it returned \(value)", sourceLocation: sourceLocation)
    return nil
  } catch let error as CarelogError {
    #expect(error.category == category, "\(what): wrong category for \"\(error.message)\"", sourceLocation: sourceLocation)
    #expect(!error.message.isEmpty, "\(what): the error has no message", sourceLocation: sourceLocation)
    return error
  } catch {
    Issue.record("\(what): expected a CarelogError, but it threw \(error)", sourceLocation: sourceLocation)
    return nil
  }
}

/// Runs `body` with a new, empty folder of its own under the system temporary folder, removed afterwards.
public func withTemporaryFolder(_ body: (String) throws -> Void) throws {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("carelog-tests-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
  defer { try? FileManager.default.removeItem(atPath: folder) }
  try body(folder)
}
#endif
