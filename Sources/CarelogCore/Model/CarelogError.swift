/// What went wrong, in words a tired, non-technical user can act on, and the exit status it maps to.
public struct CarelogError: Error, Sendable, CustomStringConvertible, Equatable {
  /// The sysexits category of the failure.
  public enum Category: Int32, Sendable {
    /// The command line could not be understood (EX_USAGE).
    case usage = 64
    /// The input was understood but is not acceptable (EX_DATAERR).
    case badData = 65
    /// Something to read is missing (EX_NOINPUT).
    case missingInput = 66
    /// A file or folder could not be created (EX_CANTCREAT).
    case cannotCreate = 73
    /// Reading or writing failed (EX_IOERR).
    case io = 74
  }

  public let category: Category
  /// One plain message: what is wrong and what to type instead.
  public let message: String

  public init(_ category: Category, _ message: String) {
    self.category = category
    self.message = message
  }

  public var description: String { message }

  public static func usage(_ message: String) -> CarelogError { .init(.usage, message) }
  public static func badData(_ message: String) -> CarelogError { .init(.badData, message) }
}
