import CarelogCore
import CarelogStore

extension JournalChoice {
  /// Whether `word` names a symptom this journal already holds as its own (recorded once with `--new`).
  /// Only a word that is neither a catalog symptom nor a reading is looked up, so the common path never
  /// opens the journal twice; a journal that cannot be read simply knows none (the write reports why).
  func knowsOwnSymptom(_ word: String) -> Bool {
    guard LogTerm(word) == nil, !(word.first.map { $0.isASCII && $0.isNumber } ?? false), location.exists,
      let database = try? open(.read)
    else { return false }
    return ((try? database.read { try $0.ownSymptomTerm(for: word) }) ?? nil) != nil
  }

  /// The journal's own symptoms, or none when there is no journal yet.
  func ownSymptomTerms() -> [String] {
    guard location.exists, let database = try? open(.read) else { return [] }
    return (try? database.read { try $0.ownSymptomTerms() }) ?? []
  }
}
