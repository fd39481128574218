/// What the first word of `carelog log` names: a measurement or record kind, or a catalog symptom.
public enum LogTerm: Sendable, Equatable {
  case kind(Entry.Kind)
  case symptom(Symptom)

  private static let kindWords: [String: Entry.Kind] = [
    "temperature": .temperature, "temp": .temperature, "weight": .weight,
    "infection": .infection, "infections": .infection, "note": .note,
    "anc": .anc, "neutrophils": .anc, "wbc": .wbc, "white-cells": .wbc, "white-cell-count": .wbc,
    "platelets": .platelets, "platelet": .platelets, "plt": .platelets, "hemoglobin": .hemoglobin,
    "haemoglobin": .hemoglobin, "hb": .hemoglobin, "hgb": .hemoglobin, "height": .height,
  ]

  /// The term for `word`, or nil when neither a kind nor in the catalog.
  public init?(_ word: String) {
    let key = SymptomCatalog.normalized(word)
    if let kind = LogTerm.kindWords[key] {
      self = .kind(kind)
    } else if let symptom = SymptomCatalog.symptom(for: word) {
      self = .symptom(symptom)
    } else {
      return nil
    }
  }
}
