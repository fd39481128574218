/// The treatment catalog: lookup of an agent by key or synonym, with suggestions for typos.
public enum TreatmentCatalog {
  /// Every treatment agent, in the order of the reviewed table.
  public static var all: [TreatmentAgent] { rows }

  private static let byWord: [String: TreatmentAgent] = {
    var index: [String: TreatmentAgent] = [:]
    for agent in rows {
      index[agent.key] = agent
      index[SymptomCatalog.normalized(agent.label)] = agent
      for synonym in agent.synonyms { index[SymptomCatalog.normalized(synonym)] = agent }
    }
    return index
  }()

  private static let byKey = Dictionary(rows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

  /// The agent whose key, label or synonym is `word`.
  public static func agent(for word: String) -> TreatmentAgent? {
    byKey[word] ?? byWord[SymptomCatalog.normalized(word)]
  }

  /// Up to `limit` agents that look like `word`, closest first.
  public static func suggestions(for word: String, limit: Int = 3) -> [TreatmentAgent] {
    let candidates = byWord.map { ($0.key, $0.value) }
    return Suggestions.closest(to: SymptomCatalog.normalized(word), among: candidates, limit: limit)
  }
}
