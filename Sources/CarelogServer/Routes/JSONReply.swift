import CarelogCore
import Foundation
import Hummingbird

/// JSON responses, written with carelog's own stable JSON (keys in a fixed order, as the CLI prints them).
enum JSONReply {
  static func json(_ value: JSONText, status: HTTPResponse.Status = .ok) -> Response {
    var response = Response(status: status, body: .init(byteBuffer: ByteBuffer(string: value.rendered() + "\n")))
    response.headers[.contentType] = "application/json; charset=utf-8"
    return response
  }

  static func error(_ refusal: WebError) -> Response {
    json(.object([("error", .string(refusal.message))]), status: refusal.status)
  }
}

/// A JSON request body: an object whose fields are text (numbers are read as their text, so `38.5` and `"38.5"`
/// are the same reading).
struct JSONBody {
  private let fields: [String: Field]

  /// One field's value: text, a number, null, or something else (refused when asked for).
  private enum Field: Decodable {
    case text(String), number(Double), null, other

    init(from decoder: any Decoder) throws {
      let value = try decoder.singleValueContainer()
      if value.decodeNil() {
        self = .null
      } else if let flag = try? value.decode(Bool.self) {
        _ = flag
        self = .other
      } else if let number = try? value.decode(Double.self) {
        self = .number(number)
      } else if let text = try? value.decode(String.self) {
        self = .text(text)
      } else {
        self = .other
      }
    }
  }

  init(_ buffer: ByteBuffer, required: Bool = true) throws {
    if buffer.readableBytes == 0, !required {
      fields = [:]
      return
    }
    guard let fields = try? JSONDecoder().decode([String: Field].self, from: Data(buffer.readableBytesView)) else {
      throw WebError(.badRequest, "The request body must be a JSON object.")
    }
    self.fields = fields
  }

  /// The field as text, or nil when absent or null; a field of another kind (a list, an object, true) is refused.
  func text(_ name: String) throws -> String? {
    switch fields[name] {
    case nil, .null: return nil
    case .text(let text): return text
    case .number(let number):
      return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    case .other: throw WebError(.badRequest, "\(name) must be text or a number.")
    }
  }
}
