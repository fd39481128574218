import ArgumentParser
import CarelogCore
import CarelogJournal

/// `carelog baseline`: symptoms present before diagnosis.
struct BaselineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "baseline",
    abstract: "Record the symptoms there were before diagnosis (a return of these matters).",
    discussion: """
      With no symptom, shows the list. Example:
        carelog baseline fatigue "pale skin" bruises "bone pain"
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "Symptoms from the list shown by carelog symptoms.")
  var symptoms: [String] = []

  func run() throws {
    let terms = try symptoms.map { word -> String in
      guard let term = try EntryContent(term: word, value: nil, severity: nil, allowNew: false).term else {
        throw CarelogError.usage("\(word) is not a symptom. Give symptoms from: carelog symptoms")
      }
      return term
    }
    let (profile, added, all) = try global.open(terms.isEmpty ? .read : .write).baseline(adding: terms)
    if !terms.isEmpty { say("Recorded as before diagnosis for \(profile.name): \(labels(added.isEmpty ? terms : added))") }
    say(all.isEmpty ? "No symptoms recorded as before diagnosis." : "Before diagnosis: \(labels(all))")
  }

  private func labels(_ terms: [String]) -> String {
    terms.map(SymptomCatalog.name(of:)).joined(separator: ", ")
  }
}
