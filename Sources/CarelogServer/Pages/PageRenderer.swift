import Foundation
import Hummingbird
import Mustache

/// Renders the pages from their templates; every value is HTML-escaped by the template engine.
struct PageRenderer: Sendable {
  private let library: MustacheLibrary

  init() {
    var library = MustacheLibrary()
    let templates = [
      ("layout", Templates.layout), ("flagList", Templates.flagList), ("pairing", Templates.pairing),
      ("today", Templates.today), ("flags", Templates.flags), ("entries", Templates.entries), ("edit", Templates.edit),
      ("history", Templates.history), ("checkin", Templates.checkin), ("message", Templates.message),
    ]
    for (name, text) in templates {
      // The templates are part of the program: one that does not parse is a programming error caught by the tests.
      try! library.register(text, named: name)
    }
    self.library = library
  }

  /// The page `template` filled from `values`, as an HTML response.
  func page(_ template: String, _ values: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
    let html = library.render(values, withTemplate: template) ?? ""
    var response = Response(status: status, body: .init(byteBuffer: ByteBuffer(string: html)))
    response.headers[.contentType] = "text/html; charset=utf-8"
    return response
  }

  func pairing(code: String, error: WebError?) -> Response {
    var values: [String: Any] = ["title": "Pair this device", "code": code]
    if let error {
      if let field = error.field { values["errors"] = [field: error.message] } else { values["pageError"] = error.message }
    }
    return page("pairing", values)
  }

  func errorPage(_ error: WebError) -> Response {
    let unpaired = error.status == .unauthorized
    return page(
      "message",
      [
        "title": unpaired ? "Not paired" : "Not done", "text": error.message,
        "link": unpaired ? "/pair" : "/", "linkText": unpaired ? "Pair this device" : "Back to Today",
      ], status: error.status)
  }

  static func stylesheet() -> Response {
    var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
    response.headers[.contentType] = "text/css; charset=utf-8"
    return response
  }

  /// A plain icon, so browsers asking for one get it instead of an error.
  static func icon() -> Response {
    let svg = ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0b4f8a"/></svg>"##
    var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: svg)))
    response.headers[.contentType] = "image/svg+xml"
    return response
  }
}
