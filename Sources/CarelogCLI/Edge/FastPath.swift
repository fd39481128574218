import CarelogCore
import CarelogJournal

/// Reads the common shapes of `carelog log`, `flags` and `summary` without building argument-parser's whole
/// command tree, which costs about half of a one-shot command's start-up (see BENCHMARKS.md). Anything it does
/// not fully understand (help, unknown or repeated options, values that look like options) returns nil, and the
/// command line goes through argument-parser as usual, so errors and help are always the same.
/// Tests check that both parsers agree on generated command lines.
enum FastPath {
  /// The request for `arguments` (without the program's name), or nil when argument-parser must read them.
  static func request(_ arguments: [String]) -> (any FastRequest)? {
    switch arguments.first {
    case "log": FastLogParser.parse(arguments)
    case "flags": flags(arguments)
    case "summary": summary(arguments)
    default: nil
    }
  }

  static func flags(_ arguments: [String]) -> FlagsRequest? {
    guard arguments.first == "flags" else { return nil }
    var rest = arguments.dropFirst()
    if rest.first == "show" { rest = rest.dropFirst() }
    guard
      let scanned = ScannedArguments(rest, values: ["--journal", "--profile", "--as-of", "--since"], flags: ["--json"]),
      scanned.positionals.isEmpty
    else { return nil }
    return FlagsRequest(
      journal: scanned.values["--journal"], profile: scanned.values["--profile"], asOf: scanned.values["--as-of"],
      since: scanned.values["--since"], json: scanned.flags.contains("--json"))
  }

  static func summary(_ arguments: [String]) -> SummaryRequest? {
    guard
      arguments.first == "summary",
      let scanned = ScannedArguments(
        arguments.dropFirst(), values: ["--journal", "--profile", "--since", "--until", "--as-of", "--format", "--output"],
        flags: ["--force"]),
      scanned.positionals.isEmpty
    else { return nil }
    var format = ReportFormat.text
    if let name = scanned.values["--format"] {
      guard let named = ReportFormat(rawValue: name) else { return nil }  // argument-parser explains the choices
      format = named
    }
    return SummaryRequest(
      journal: scanned.values["--journal"], profile: scanned.values["--profile"], since: scanned.values["--since"],
      until: scanned.values["--until"], asOf: scanned.values["--as-of"], format: format,
      output: scanned.values["--output"], force: scanned.flags.contains("--force"))
  }
}

/// A command line read into a plain value that runs the command.
protocol FastRequest {
  func run() throws
}

extension LogRequest: FastRequest {}
extension FlagsRequest: FastRequest {}
extension SummaryRequest: FastRequest {}

/// The long options of a command line, for the fast path: `--name value`, `--name=value` and flags, each at most
/// once, and the words between them. Nil for anything else.
struct ScannedArguments {
  var values: [String: String] = [:]
  var flags: Set<String> = []
  var positionals: [String] = []

  init?(_ arguments: ArraySlice<String>, values valueOptions: Set<String>, flags flagOptions: Set<String>) {
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let token = arguments[index]
      index += 1
      guard token.hasPrefix("-") else {
        positionals.append(token)
        continue
      }
      var name = token
      var inlineValue: String?
      if let equals = token.firstIndex(of: "=") {
        name = String(token[..<equals])
        inlineValue = String(token[token.index(after: equals)...])
      }
      if flagOptions.contains(name) {
        guard inlineValue == nil, flags.insert(name).inserted else { return nil }
      } else if valueOptions.contains(name) {
        guard values[name] == nil else { return nil }
        let value: String
        if let inlineValue {
          value = inlineValue
        } else {
          guard index < arguments.endIndex else { return nil }
          value = arguments[index]
          index += 1
        }
        guard !value.hasPrefix("-") else { return nil }
        values[name] = value
      } else {
        return nil  // --help, -h, --version, unknown options, "--": the full parser handles them
      }
    }
  }
}

/// The fast path's reading of `carelog log …`.
enum FastLogParser {
  static func parse(_ arguments: [String]) -> LogRequest? {
    guard
      arguments.first == "log",
      let scanned = ScannedArguments(
        arguments.dropFirst(), values: ["--journal", "--profile", "--severity", "--on", "--at", "--by", "--note"],
        flags: ["--caregiver", "--self", "--new"]),
      let term = scanned.positionals.first
    else { return nil }
    let (caregiver, isSelf) = (scanned.flags.contains("--caregiver"), scanned.flags.contains("--self"))
    guard !(caregiver && isSelf) else { return nil }
    let values = scanned.values
    return LogRequest(
      journal: values["--journal"], profile: values["--profile"], term: term,
      value: scanned.positionals.count > 1 ? scanned.positionals.dropFirst().joined(separator: " ") : nil,
      severity: values["--severity"], on: values["--on"], at: values["--at"], by: values["--by"],
      role: caregiver ? .caregiver : isSelf ? .self : nil, note: values["--note"], new: scanned.flags.contains("--new"))
  }
}
