/// Placeholder until the HTML layout lands.
enum HTMLFormatter { static func format(_ s: Summary) -> String { TextFormatter.format(s) } }
