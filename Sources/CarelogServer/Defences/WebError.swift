import CarelogCore
import CarelogJournal
import Hummingbird

/// A refusal with its HTTP status and one plain message (the CLI's own words for bad input). The API sends it as
/// `{"error": message}`; pages show it beside the field it names.
public struct WebError: Error, Sendable {
  public let status: HTTPResponse.Status
  public let message: String
  /// The form field the message belongs beside, if any.
  public let field: String?

  public init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil) {
    self.status = status
    self.message = message
    self.field = field
  }

  static let unauthorized = WebError(
    .unauthorized, "This device is not paired, or was ended. Pair it with the link printed by carelog serve.")
  static let notFound = WebError(.notFound, "There is nothing here.")

  /// Any error as a refusal: carelog's own errors are bad input (400), with their field when known.
  static func from(_ error: any Error) -> WebError {
    switch error {
    case let error as WebError: return error
    case let error as LogFieldError: return WebError(.badRequest, error.error.message, field: error.field.rawValue)
    case let error as CarelogError:
      return WebError(error.category == .io ? .serviceUnavailable : .badRequest, error.message)
    case let error as HTTPError where error.status == .contentTooLarge:
      return WebError(.contentTooLarge, "The request is larger than 64 KiB, so nothing was saved.")
    case let error as HTTPError:
      return WebError(error.status, error.body ?? "The request could not be read.")
    default:
      // Never the error's own text: it could quote entry contents.
      return WebError(.internalServerError, "Something went wrong on the server; nothing was changed by this request.")
    }
  }
}
