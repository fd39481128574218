import CarelogCore
import CarelogJournal
import Foundation
import Hummingbird

/// Pairing a device with the one-time code: `POST /api/pair` for API clients, `/pair` for the browser. Both
/// answer with a new token, set as an `HttpOnly`, `SameSite=Strict` cookie (`Secure` under TLS).
struct PairingRoutes {
  let server: ServerState
  let pages: PageRenderer

  func add(to router: Router<WebContext>) {
    router.post("/api/pair") { request, _ in
      var request = request
      let body = try JSONBody(try await request.collectBody(upTo: WebLimits.maxBody))
      let token = try pair(
        code: try body.text("code"), device: try body.text("device"), reporter: try body.text("reporter"),
        role: try body.text("role"))
      var response = JSONReply.json(.object([("token", .string(token))]), status: .created)
      response.setCookie(cookie(token))
      return response
    }
    router.get("/pair") { request, _ in
      pages.pairing(code: request.uri.queryParameters.get("code") ?? "", error: nil)
    }
    router.post("/pair") { request, _ in
      var request = request
      let form = FormFields(try await request.collectBody(upTo: WebLimits.maxBody))
      do {
        let token = try pair(code: form.text("code"), device: form.text("device"), reporter: form.text("reporter"), role: form.text("role"))
        var response = Response(status: .seeOther, headers: [.location: "/"])
        response.setCookie(cookie(token))
        return response
      } catch {
        let refusal = WebError.from(error)
        var response = pages.pairing(code: form["code"] ?? "", error: refusal)
        response.status = refusal.status
        return response
      }
    }
  }

  /// Checks the fields, then the code (so a typo in a name does not use up the code), then pairs.
  func pair(code: String?, device: String?, reporter: String?, role: String?) throws -> String {
    guard let code, !code.isEmpty else { throw WebError(.badRequest, "Type the pairing code printed by carelog serve.", field: "code") }
    guard let device else { throw WebError(.badRequest, "Give this device a name, for example Anna's phone.", field: "device") }
    guard let reporter else { throw WebError(.badRequest, "Say who records with this device, for example Anna.", field: "reporter") }
    guard let parsedRole = ReporterRole(rawValue: role ?? "caregiver") else {
      throw WebError(.badRequest, "role is self or caregiver.", field: "role")
    }
    do {
      _ = try TextInput.name(reporter, field: "reporter's name")
    } catch let error as CarelogError {
      throw WebError(.badRequest, error.message, field: "reporter")
    }
    do {
      _ = try TextInput.name(device, field: "device name")
    } catch let error as CarelogError {
      throw WebError(.badRequest, error.message, field: "device")
    }
    // A name already taken is refused before the code is used up.
    if try server.journal.devices().contains(where: { Profile.nameKey($0.name) == Profile.nameKey(device) }) {
      throw WebError(.badRequest, "There is already a device named \(device). Choose another name.", field: "device")
    }
    do {
      try server.pairing.redeem(code)
    } catch {
      throw WebError(error == .locked ? .tooManyRequests : .unauthorized, error.message, field: "code")
    }
    let token = DeviceToken.make()
    _ = try server.journal.pairDevice(
      name: device, reporter: reporter, role: parsedRole, tokenHash: DeviceToken.hash(token), at: try server.clock().now)
    return token
  }

  func cookie(_ token: String) -> Cookie {
    Cookie(
      name: Authentication.cookieName, value: token, maxAge: 400 * 86400, path: "/", secure: server.secure,
      httpOnly: true, sameSite: .strict)
  }
}
