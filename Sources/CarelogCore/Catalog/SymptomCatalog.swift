/// The symptom catalog: lookup by term or synonym, and "did you mean" suggestions for typos.
public enum SymptomCatalog {
  /// Every symptom, in the order of the reviewed table.
  public static var all: [Symptom] { rows }

  private static let byWord: [String: Symptom] = {
    var index: [String: Symptom] = [:]
    for symptom in rows {
      index[symptom.term] = symptom
      index[normalized(symptom.label)] = symptom
      for synonym in symptom.synonyms { index[normalized(synonym)] = symptom }
    }
    return index
  }()

  /// The symptom whose term, label or synonym is `word` (case, spaces and hyphens ignored).
  public static func symptom(for word: String) -> Symptom? {
    byTerm[word] ?? byWord[normalized(word)]  // exact terms skip building the synonym index
  }

  private static let byTerm = Dictionary(rows.map { ($0.term, $0) }, uniquingKeysWith: { first, _ in first })

  /// The symptom stored under exactly this term.
  public static func symptom(term: String) -> Symptom? { byTerm[term] }

  /// The short label of a stored term ("fatigue" for `fatigue`, "eye twitch" for a custom `eye-twitch`), lowercase.
  public static func name(of term: String) -> String {
    guard let symptom = symptom(term: term) else { return term.split(separator: "-").joined(separator: " ") }
    return symptom.shortLabel.prefix(1).lowercased() + symptom.shortLabel.dropFirst()
  }

  /// Up to `limit` catalog terms that look like `word`, closest first.
  public static func suggestions(for word: String, limit: Int = 3) -> [Symptom] {
    Suggestions.closest(to: normalized(word), among: byWord.map { ($0.key, $0.value) }, limit: limit)
  }

  /// Symptoms whose term, label or synonyms contain `text`.
  public static func search(_ text: String) -> [Symptom] {
    let needle = normalized(text)
    guard !needle.isEmpty else { return rows }
    let matches = rows.filter { symptom in
      ([symptom.term, symptom.label] + symptom.synonyms).contains { normalized($0).contains(needle) }
    }
    return matches.isEmpty ? suggestions(for: text, limit: 5) : matches
  }

  /// Lowercased, with spaces and underscores turned into hyphens and anything in brackets dropped.
  public static func normalized(_ word: String) -> String {
    var text = word.lowercased()
    if let bracket = text.firstIndex(of: "(") { text = String(text[..<bracket]) }
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" || $0 == "\t" })
    return parts.joined(separator: "-")
  }
}
