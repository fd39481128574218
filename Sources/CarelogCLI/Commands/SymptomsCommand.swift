import ArgumentParser
import CarelogCore

/// `carelog symptoms`: lists and searches the symptom catalog.
struct SymptomsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "symptoms",
    abstract: "List or search the symptoms carelog knows, with the words it understands and their sources.",
    discussion: """
      Examples:
        carelog symptoms
        carelog symptoms bruis
        carelog symptoms tired --sources
      """)

  @Argument(help: "Words to look for (in the name, label and everyday words).")
  var search: [String] = []

  @Flag(help: "Show the document and section each symptom comes from.")
  var sources = false

  /// Accepted like every command's, so that a shell alias adding `--journal` works here too; the catalog is the
  /// same for every journal.
  @OptionGroup var global: GlobalOptions

  func run() throws {
    let text = search.joined(separator: " ")
    let needle = SymptomCatalog.normalized(text)
    let own = global.choice.ownSymptomTerms().filter { needle.isEmpty || $0.contains(needle) }
    let matches = SymptomCatalog.search(text)
    if matches.isEmpty && own.isEmpty {
      say("No symptom matches \"\(text)\". Run carelog symptoms to see them all, or log it with --new.")
      throw ExitCode(65)
    }
    for symptom in matches {
      var line = "\(EntryTable.padded(symptom.term, 26))  \(symptom.label)"
      if !symptom.synonyms.isEmpty { line += "  (also: \(symptom.synonyms.joined(separator: ", ")))" }
      say(line)
      if sources {
        for citation in symptom.sources { say("    \(citation.readable)") }
        if let external = symptom.external { say("    Not from the guides: \(external)") }
      }
    }
    for term in own {
      say("\(EntryTable.padded(term, 26))  This journal's own symptom (first recorded with --new)")
    }
  }
}
