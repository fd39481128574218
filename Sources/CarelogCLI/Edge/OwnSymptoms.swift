import CarelogCore
import CarelogJournal

extension JournalChoice {
  /// Whether `word` might name a symptom this journal holds as its own (recorded once with `--new`): it is
  /// neither a catalog word nor a reading, `--new` was not given, and there is a journal to look in. Only then
  /// does `log` look it up, inside its one write, so the common path costs nothing more.
  func mayNameOwnSymptom(_ word: String, new: Bool) -> Bool {
    !new && LogTerm(word) == nil && !(word.first.map { $0.isASCII && $0.isNumber } ?? false) && location.exists
  }

  /// The journal's own symptoms, or none when there is no journal yet.
  func ownSymptomTerms() -> [String] { Journal.ownSymptomTerms(self) }
}
