/// Placeholder until the Markdown layout lands.
enum MarkdownFormatter { static func format(_ s: Summary) -> String { TextFormatter.format(s) } }
