import CarelogCore
import Testing

/// Runs `body` and checks that it throws a `CarelogError` of `category`. When it returns instead, the issue
/// names the value it returned, so a silent fallback (a date of "today", a guessed unit) is visible.
@discardableResult
func expectCarelogError<T>(
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
