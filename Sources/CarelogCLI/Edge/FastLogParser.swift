import CarelogCore

/// Reads the common shapes of `carelog log …` without building argument-parser's whole command tree, which
/// costs about half of a one-shot command's start-up (see BENCHMARKS.md). Anything it does not fully
/// understand (help, unknown or repeated options, values that look like options) returns nil, and the
/// command line goes through argument-parser as usual, so errors and help are always the same.
/// A test checks that both parsers agree on generated command lines.
enum FastLogParser {
  private static let valueOptions: Set<String> = ["--journal", "--profile", "--severity", "--on", "--at", "--by", "--note"]

  static func parse(_ arguments: [String]) -> LogRequest? {
    guard arguments.first == "log" else { return nil }
    var options: [String: String] = [:]
    var positionals: [String] = []
    var role: ReporterRole?
    var new = false
    var index = 1
    while index < arguments.count {
      let token = arguments[index]
      index += 1
      if token.hasPrefix("-") {
        var name = token
        var inlineValue: String?
        if let equals = token.firstIndex(of: "=") {
          name = String(token[..<equals])
          inlineValue = String(token[token.index(after: equals)...])
        }
        switch name {
        case "--caregiver", "--self":
          guard inlineValue == nil, role == nil else { return nil }
          role = name == "--caregiver" ? .caregiver : .self
        case "--new":
          guard inlineValue == nil, !new else { return nil }
          new = true
        case _ where valueOptions.contains(name):
          guard options[name] == nil else { return nil }
          let value: String
          if let inlineValue {
            value = inlineValue
          } else {
            guard index < arguments.count else { return nil }
            value = arguments[index]
            index += 1
          }
          guard !value.hasPrefix("-") else { return nil }
          options[name] = value
        default:
          return nil  // --help, -h, --version, unknown options, "--": the full parser handles them
        }
      } else {
        positionals.append(token)
      }
    }
    guard !positionals.isEmpty else { return nil }
    return LogRequest(
      journal: options["--journal"], profile: options["--profile"], term: positionals[0],
      value: positionals.count > 1 ? positionals.dropFirst().joined(separator: " ") : nil, severity: options["--severity"], on: options["--on"],
      at: options["--at"], by: options["--by"], role: role, note: options["--note"], new: new)
  }
}
