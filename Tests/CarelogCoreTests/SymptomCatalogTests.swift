import Testing

@testable import CarelogCore

struct SymptomCatalogTests {
  /// The words that name an entry kind (`carelog log temperature 38.6`), which must never be a symptom.
  static let entryKindWords = ["temperature", "temp", "weight", "infection", "infections", "note"]

  @Test func theCatalogIsNotEmpty() {
    // Given the symptom catalog
    // When it is listed
    // Then it has symptoms, each with a label, a list and a source
    #expect(SymptomCatalog.all.count >= 40)
    for symptom in SymptomCatalog.all {
      #expect(!symptom.label.isEmpty, "\(symptom.term)")
      #expect(!symptom.lists.isEmpty, "\(symptom.term) belongs to no list")
      #expect(!symptom.sources.isEmpty || symptom.external != nil, "\(symptom.term) cites no source")
      #expect(symptom.sources.isEmpty || symptom.external == nil, "\(symptom.term) cites the sources and an outside one")
    }
  }

  @Test func everyTermIsUniqueAndAlreadyNormalized() {
    // Given every term of the catalog
    let terms = SymptomCatalog.all.map(\.term)
    // When they are compared
    // Then none repeats, and each is stored in its normalized (lowercase, hyphenated) form
    #expect(Set(terms).count == terms.count, "repeated: \(terms.filter { t in terms.filter { $0 == t }.count > 1 })")
    for term in terms {
      #expect(SymptomCatalog.normalized(term) == term, "\(term) is not normalized")
    }
  }

  @Test func everyWordLeadsToExactlyOneSymptom() {
    // Given every term, label and synonym, normalized the way lookups normalize them
    var owners: [String: Set<String>] = [:]
    for symptom in SymptomCatalog.all {
      for word in [symptom.term, symptom.label] + symptom.synonyms {
        owners[SymptomCatalog.normalized(word), default: []].insert(symptom.term)
      }
    }
    // When words are grouped by the symptoms that claim them
    let shared = owners.filter { $0.value.count > 1 }
    // Then no word belongs to two symptoms
    #expect(shared.isEmpty, "words claimed by more than one symptom: \(shared)")
  }

  @Test func everyWordLooksUpItsOwnSymptom() {
    // Given every term, label and synonym of every symptom
    for symptom in SymptomCatalog.all {
      for word in [symptom.term, symptom.label] + symptom.synonyms {
        // When it is looked up
        // Then it finds the symptom it belongs to
        #expect(SymptomCatalog.symptom(for: word)?.term == symptom.term, "\(word)")
      }
      #expect(SymptomCatalog.symptom(term: symptom.term) == symptom)
    }
  }

  @Test func synonymsAreLowercaseAndNotEmpty() {
    // Given every synonym
    for symptom in SymptomCatalog.all {
      for synonym in symptom.synonyms {
        // When it is checked
        // Then it is lowercase text with something in it
        #expect(synonym == synonym.lowercased(), "\(symptom.term): \(synonym)")
        #expect(!SymptomCatalog.normalized(synonym).isEmpty, "\(symptom.term) has an empty synonym")
      }
    }
  }

  @Test func noSymptomWordIsAnEntryKind() {
    // Given every term, label and synonym
    for symptom in SymptomCatalog.all {
      for word in [symptom.term, symptom.label] + symptom.synonyms {
        let key = SymptomCatalog.normalized(word)
        // When it is compared with the entry kind words
        // Then it is none of them, and none says "infection" (infections are their own entry kind)
        #expect(!Self.entryKindWords.contains(key), "\(symptom.term) claims the entry kind word \(word)")
        #expect(!key.contains("infection"), "\(symptom.term) claims \(word)")
      }
    }
    // And the entry kind words are read as kinds
    for word in Self.entryKindWords {
      guard case .kind = LogTerm(word) else {
        Issue.record("\(word) is not read as an entry kind")
        continue
      }
    }
  }

  @Test(arguments: [
    ("tired", "fatigue"), ("Tired", "fatigue"), ("nosebleed", "bleeding"), ("bruises", "easy-bruising"),
    ("petechiae", "red-pinhead-spots"), ("red spots", "red-pinhead-spots"), ("Red  Spots", "red-pinhead-spots"),
    ("red_spots", "red-pinhead-spots"), ("red-spots", "red-pinhead-spots"), ("fatigue", "fatigue"),
    ("Fatigue (tiredness)", "fatigue"), ("easy bruising", "easy-bruising"), ("throwing up", "vomiting"),
  ])
  func everydayWordsFindTheirSymptom(word: String, term: String) {
    // Given a word people type
    // When it is looked up
    // Then it finds the catalog symptom
    #expect(SymptomCatalog.symptom(for: word)?.term == term)
  }

  @Test func lookupByTermAcceptsOnlyTheStoredTerm() {
    // Given a stored term and one of its synonyms
    // When each is looked up as a stored term
    // Then only the term itself matches
    #expect(SymptomCatalog.symptom(term: "fatigue")?.term == "fatigue")
    #expect(SymptomCatalog.symptom(term: "tired") == nil)
    #expect(SymptomCatalog.symptom(term: "made-up") == nil)
  }

  @Test func unknownWordsFindNothing() {
    // Given words that are not in the catalog
    // When they are looked up
    // Then nothing is found
    #expect(SymptomCatalog.symptom(for: "zzzz") == nil)
    #expect(SymptomCatalog.symptom(for: "") == nil)
    #expect(SymptomCatalog.symptom(for: "temperature") == nil)
  }

  @Test func aTypoSuggestsTheSymptom() {
    // Given a misspelled symptom
    // When suggestions are asked for
    let suggestions = SymptomCatalog.suggestions(for: "fatige").map(\.term)
    // Then the intended symptom is among them, and no symptom is suggested twice
    #expect(suggestions.contains("fatigue"))
    #expect(Set(suggestions).count == suggestions.count)
    #expect(suggestions.count <= 3)
    #expect(SymptomCatalog.suggestions(for: "nosebled").map(\.term).contains("bleeding"))
  }

  @Test func nonsenseHasNoSuggestion() {
    // Given a word like no symptom at all
    // When suggestions are asked for
    // Then there are none
    #expect(SymptomCatalog.suggestions(for: "zzzz").isEmpty)
  }

  @Test func normalizationIgnoresCaseSpacingAndBrackets() {
    // Given the same words written differently
    // When they are normalized
    // Then they become the same key
    #expect(SymptomCatalog.normalized("  Red  Spots ") == "red-spots")
    #expect(SymptomCatalog.normalized("red_spots") == "red-spots")
    #expect(SymptomCatalog.normalized("Fatigue (tiredness)") == "fatigue")
    #expect(SymptomCatalog.normalized("very--severe") == "very-severe")
  }
}
