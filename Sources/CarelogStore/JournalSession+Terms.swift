import CarelogCore
import GRDB

extension JournalSession {
  // MARK: - The journal's own symptoms

  /// Symptom terms recorded with `--new` in this journal (in entries that are not deleted), sorted: derived
  /// from the entries themselves, so there is nothing extra to keep in step when entries are edited or deleted.
  public func ownSymptomTerms() throws -> [String] {
    let terms = try String.fetchAll(
      db, sql: "SELECT DISTINCT term FROM entry WHERE kind = 'symptom' AND term IS NOT NULL AND deletedAt IS NULL")
    return terms.filter { SymptomCatalog.symptom(term: $0) == nil }.sorted()
  }

  /// The journal's own symptom that `word` names ("eye pain" for `eye-pain`), if any.
  public func ownSymptomTerm(for word: String) throws -> String? {
    let term = SymptomCatalog.normalized(word)
    guard !term.isEmpty, SymptomCatalog.symptom(term: term) == nil else { return nil }
    let found = try Bool.fetchOne(
      db, sql: "SELECT EXISTS (SELECT 1 FROM entry WHERE kind = 'symptom' AND term = ? AND deletedAt IS NULL)",
      arguments: [term])
    return found == true ? term : nil
  }
}
