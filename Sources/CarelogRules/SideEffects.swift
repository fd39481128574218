import CarelogCore

/// Which treatments the sources list a symptom as a side effect of: one matching for the rules and the summary.
public enum SideEffects {
  /// For each symptom term, the treatments of `treatments` whose agent lists it as a side effect.
  public static func byTerm(_ treatments: [Treatment]) -> [String: [Treatment]] {
    var byTerm: [String: [Treatment]] = [:]
    for treatment in treatments {
      for term in TreatmentCatalog.agent(for: treatment.agent)?.sideEffects ?? [] { byTerm[term, default: []].append(treatment) }
    }
    return byTerm
  }

  /// The treatments given on `day` that list `term` as a side effect.
  public static func treatments(listing term: String, among treatments: [Treatment], on day: LocalDate) -> [Treatment] {
    (byTerm(treatments)[term] ?? []).filter { $0.isActive(on: day) }
  }
}
