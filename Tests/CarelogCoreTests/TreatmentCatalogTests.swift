import Testing

@testable import CarelogCore

struct TreatmentCatalogTests {
  @Test func everySideAndLateEffectIsACatalogSymptom() {
    // Given every side effect and late effect of every agent
    for agent in TreatmentCatalog.all {
      for term in agent.sideEffects + agent.lateEffects {
        // When it is looked up as a stored symptom term
        // Then the symptom catalog has it
        #expect(SymptomCatalog.symptom(term: term) != nil, "\(agent.key) lists unknown symptom \(term)")
      }
    }
  }

  @Test func effectListsDoNotRepeatATerm() {
    // Given each agent's effect lists
    for agent in TreatmentCatalog.all {
      // When the terms are counted
      // Then none appears twice in the same list
      #expect(Set(agent.sideEffects).count == agent.sideEffects.count, "\(agent.key) side effects")
      #expect(Set(agent.lateEffects).count == agent.lateEffects.count, "\(agent.key) late effects")
    }
  }

  @Test func keysAreUniqueAndEveryWordLeadsToOneAgent() {
    // Given every key, label and synonym of every agent
    let keys = TreatmentCatalog.all.map(\.key)
    var owners: [String: Set<String>] = [:]
    for agent in TreatmentCatalog.all {
      #expect(SymptomCatalog.normalized(agent.key) == agent.key, "\(agent.key) is not normalized")
      for word in [agent.key, agent.label] + agent.synonyms {
        owners[SymptomCatalog.normalized(word), default: []].insert(agent.key)
      }
    }
    // When they are grouped
    // Then no key repeats and no word belongs to two agents
    #expect(Set(keys).count == keys.count)
    #expect(owners.filter { $0.value.count > 1 }.isEmpty, "\(owners.filter { $0.value.count > 1 })")
    for agent in TreatmentCatalog.all {
      for word in [agent.key, agent.label] + agent.synonyms {
        #expect(TreatmentCatalog.agent(for: word)?.key == agent.key, "\(word)")
      }
    }
  }

  @Test(arguments: [
    ("dexamethasone", "steroid"), ("Dexamethasone", "steroid"), ("prednisone", "steroid"),
    ("6-mp", "mercaptopurine"), ("6MP", "mercaptopurine"), ("daunorubicin", "anthracycline"),
    ("doxorubicin", "anthracycline"), ("vincristine", "vincristine"), ("IT methotrexate", "intrathecal-methotrexate"),
    ("imatinib", "tki"), ("bone marrow transplant", "stem-cell-transplant"),
  ])
  func everydayNamesFindTheirAgent(word: String, key: String) {
    // Given a drug or therapy name as people type it
    // When it is looked up
    // Then it finds the catalog agent
    #expect(TreatmentCatalog.agent(for: word)?.key == key)
  }

  @Test func unknownNamesFindNothingButTyposGetSuggestions() {
    // Given an unknown drug and a misspelled one
    // When they are looked up
    // Then the unknown finds nothing, and the typo suggests the drug
    #expect(TreatmentCatalog.agent(for: "aspirin") == nil)
    #expect(TreatmentCatalog.agent(for: "vincristin") == nil)
    #expect(TreatmentCatalog.suggestions(for: "vincristin").map(\.key).contains("vincristine"))
    #expect(TreatmentCatalog.suggestions(for: "zzzz").isEmpty)
  }

  @Test func aTreatmentIsActiveBetweenItsDays() {
    // Given a treatment from 2026-01-10 to 2026-03-31, and one still given
    let closed = Treatment(
      profileID: 1, agent: "vincristine", from: LocalDate(iso: "2026-01-10"), to: LocalDate(iso: "2026-03-31"), note: nil)
    let open = Treatment(profileID: 1, agent: "steroid", from: LocalDate(iso: "2026-01-10"), to: nil, note: nil)
    // When it is asked about days around those dates
    // Then it is active on its first and last day and between, not outside
    #expect(!closed.isActive(on: LocalDate(iso: "2026-01-09")!))
    #expect(closed.isActive(on: LocalDate(iso: "2026-01-10")!))
    #expect(closed.isActive(on: LocalDate(iso: "2026-03-31")!))
    #expect(!closed.isActive(on: LocalDate(iso: "2026-04-01")!))
    #expect(open.isActive(on: LocalDate(iso: "2030-01-01")!))
    #expect(closed.label == "Vincristine")
  }
}
