import Foundation

/// What `carelog serve` prints: where it listens and a one-time pairing link (a new one after Enter).
enum Announcement {
  static func print(state: ServerState, port: Int, lan: String?, secure: Bool) {
    let scheme = secure ? "https" : "http"
    let code = state.pairing.newCode()
    var lines = ["carelog serve: listening on \(scheme)://127.0.0.1:\(port) (Ctrl-C stops it)."]
    lines.append("Open \(scheme)://127.0.0.1:\(port)/pair?code=\(code) on this computer to pair it.")
    if let lan {
      let link = "\(scheme)://\(lan):\(port)/pair?code=\(code)"
      lines.append("On a phone on the same network, open \(link)\(QRCode.terminalText(link).map { " or scan:\n" + $0 } ?? "")")
      if !secure {
        lines.append(
          "Warning: without --tls-cert, traffic on the home network is not encrypted: others on the network could "
            + "read what is sent. Use --tls-cert and --tls-key, or pair and log only on networks you trust.")
      }
    }
    lines.append("The code \(code) works once, for 10 minutes. Press Enter here for a new code.")
    say(lines.joined(separator: "\n"))
  }

  /// Each Enter on standard input prints a new pairing code (and unlocks pairing).
  static func listenForEnter(state: ServerState, port: Int, lan: String?, secure: Bool) {
    let thread = Thread {
      while readLine() != nil {
        let scheme = secure ? "https" : "http"
        let code = state.pairing.newCode()
        var text = "New pairing code \(code): open \(scheme)://127.0.0.1:\(port)/pair?code=\(code)"
        if let lan { text += " (or \(scheme)://\(lan):\(port)/pair?code=\(code) on the home network)" }
        say(text)
      }
    }
    thread.start()
  }

  static func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }
}

/// The computer's address on the home network: its first IPv4 address that is not loopback.
enum LANAddress {
  static func first() -> String? {
    var list: UnsafeMutablePointer<ifaddrs>?
    guard getifaddrs(&list) == 0, let first = list else { return nil }
    defer { freeifaddrs(list) }
    var cursor: UnsafeMutablePointer<ifaddrs>? = first
    while let entry = cursor {
      defer { cursor = entry.pointee.ifa_next }
      guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET),
        entry.pointee.ifa_flags & UInt32(IFF_LOOPBACK) == 0
      else { continue }
      var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
      guard getnameinfo(address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0
      else { continue }
      return String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
    return nil
  }
}
