// The reviewed treatment table: every drug, kind of therapy and procedure for ALL that the five patient guides
// in shared/sources/ name, with the symptom terms (from SymptomCatalogData.swift) that the sources list as its
// side effects while it is given and as its late effects afterwards. Reviewed against shared/sources: each
// `section` below is a heading line of the cited file, copied exactly, or, where the passage has no heading of
// its own, a short phrase quoted verbatim from one line of it.
//
// How the lists are filled:
// - Side effects the sources give for a whole class apply to every agent of that class: the chemotherapy lists
//   (adult and childhood guides) to each chemotherapy agent, the targeted-therapy list to the TKIs, and the
//   radiation lists to both radiation rows. Vincristine adds its own (muscle weakness, nerve pain).
// - Late effects are only those a source ties to that treatment: the childhood guide's late-effects table (by
//   type of treatment) and its radiation paragraph. Statements about chemotherapy as a whole ("bone and joint
//   problems and learning problems", "may affect fertility") stay in the symptom table and are not spread to
//   every drug.
// - Where the sources name a treatment but list no side effects for it (transplant, the antibodies, CAR T-cell
//   therapy), the lists are left empty rather than guessed.
extension TreatmentCatalog {
  // MARK: - Sections cited

  private static let adultChemo = Citation(.adultGuide, "Chemotherapy")
  private static let adultTargeted = Citation(.adultGuide, "Targeted therapy")
  private static let adultChemoAndTargeted = Citation(.adultGuide, "Side effects of chemotherapy and targeted therapy")
  private static let adultRadiation = Citation(.adultGuide, "Radiation therapy")
  private static let adultTransplant = Citation(.adultGuide, "Stem cell transplantation/bone marrow transplantation")
  private static let adultRecurrence = Citation(.adultGuide, "Remission and the chance of recurrence")
  private static let adultResearch = Citation(.adultGuide, "Leukemia - Acute Lymphocytic - ALL - Latest Research")

  /// The childhood guide's chemotherapy paragraph has no heading of its own, so its sentences are quoted.
  private static let childChemo = Citation(
    .childhoodGuide, "The side effects of chemotherapy depend on the individual")
  /// From the sentence naming vincristine ("If a drug called vincristine ... is part of your child's chemotherapy").
  private static let childVincristine = Citation(.childhoodGuide, "there may be muscle weakness and nerve pain")
  private static let childRadiation = Citation(.childhoodGuide, "Radiation therapy")
  private static let childTransplant = Citation(
    .childhoodGuide, "Stem cell transplantation/bone marrow transplantation")
  /// The late-effects table (by type of treatment and by organ) sits under this heading.
  private static let childLateEffects = Citation(
    .childhoodGuide, "Managing long-term and late side effects of childhood cancer")
  private static let childResearch = Citation(
    .childhoodGuide, "Leukemia - Acute Lymphoblastic - ALL - Childhood - Latest Research")

  private static let clinicTargeted = Citation(.clevelandClinic, "Targeted therapy")
  private static let clinicImmunotherapy = Citation(
    .clevelandClinic, "Immunotherapy for ALL may include CAR-T cell therapy or monoclonal antibody therapy")
  private static let clinicRadiation = Citation(.clevelandClinic, "Radiation therapy")
  private static let clinicTransplant = Citation(.clevelandClinic, "Allogeneic stem cell (bone marrow) transplantation")

  private static let relapseCarT = Citation(.relapseArticle, "newer immunotherapies such as CAR T-cell therapy")
  private static let relapseStandardTherapies = Citation(
    .relapseArticle, "more standard therapies such as blinatumomab or imatinib")
  private static let relapseTransplant = Citation(
    .relapseArticle, "Stem cell transplants use stem cells to restore and replace bone marrow")
  private static let relapseRadiation = Citation(
    .relapseArticle, "caused by ALL that has spread to your brain or spinal cord")

  // MARK: - Side effects given for a whole class

  /// Adult guide ("Side effects of chemotherapy and targeted therapy") and childhood guide chemotherapy paragraph.
  private static let chemotherapySideEffects = [
    "hair-loss", "mouth-sores", "nausea", "vomiting", "easy-bruising", "bleeding", "fatigue", "loss-of-appetite",
    "diarrhea", "kidney-problems", "liver-problems",
  ]
  /// Adult guide: "The side effects of targeted therapy include nausea, vomiting, diarrhea, edema ...".
  private static let targetedTherapySideEffects = ["nausea", "vomiting", "diarrhea", "swelling", "fluid-in-lungs"]
  /// Adult and childhood guides: hair loss (childhood), fatigue, mild skin reactions, upset stomach (nausea),
  /// loose bowel movements (diarrhea).
  private static let radiationSideEffects = ["hair-loss", "fatigue", "skin-reaction", "nausea", "diarrhea"]
  /// Thinking, learning and attention late effects of brain radiation and of high-dose or spinal-fluid chemotherapy.
  private static let cognitiveLateEffects = ["learning-problems", "attention-problems", "memory-problems"]
  /// Corticosteroids and methotrexate: weak bones and damage to bone joints.
  private static let boneLateEffects = ["weak-bones", "joint-pain"]
  /// Sections every chemotherapy row draws its class side effects from.
  private static let chemotherapySources = [adultChemoAndTargeted, childChemo]

  /// Treatments named in the sources, with the side effects and late effects they list for each.
  static let rows: [TreatmentAgent] = [
    // MARK: - Chemotherapy

    TreatmentAgent(
      "vincristine", "Vincristine",
      synonyms: ["oncovin", "vincasar", "vcr", "liposomal vincristine", "marqibo"],
      group: .chemotherapy,
      sideEffects: chemotherapySideEffects + ["muscle-weakness", "nerve-pain"],
      // The late-effects table's peripheral-nerve row: "Motor nerve weakness, sensory nerve injury causing
      // tingling and numbness".
      lateEffects: ["nerve-pain", "muscle-weakness"],
      sources: [adultChemo, adultRecurrence, childVincristine, childLateEffects] + chemotherapySources),
    TreatmentAgent(
      "methotrexate", "Methotrexate",
      synonyms: ["mtx", "high-dose methotrexate", "oral methotrexate"],
      group: .chemotherapy,
      sideEffects: chemotherapySideEffects,
      lateEffects: boneLateEffects + cognitiveLateEffects,
      sources: [adultChemo, childLateEffects] + chemotherapySources),
    TreatmentAgent(
      "intrathecal-methotrexate", "Intrathecal methotrexate (into the spinal fluid)",
      synonyms: [
        "it methotrexate", "it mtx", "intrathecal mtx", "spinal methotrexate", "methotrexate spinal injection",
      ],
      group: .chemotherapy,
      sideEffects: chemotherapySideEffects,
      lateEffects: cognitiveLateEffects,
      sources: [adultChemo, childLateEffects] + chemotherapySources),
    // Not named in any source document: kept because the key is required; chemotherapy class side effects only.
    TreatmentAgent(
      "mercaptopurine", "Mercaptopurine (6-MP)",
      synonyms: ["6-mp", "6mp", "purinethol", "purixan"],
      group: .chemotherapy,
      sideEffects: chemotherapySideEffects,
      sources: chemotherapySources),
    TreatmentAgent(
      "cytarabine", "Cytarabine (Ara-C)",
      synonyms: ["ara-c", "cytosar-u", "cytosar", "high-dose cytarabine", "intrathecal cytarabine", "it cytarabine"],
      group: .chemotherapy,
      sideEffects: chemotherapySideEffects,
      lateEffects: cognitiveLateEffects,
      sources: [adultChemo, childLateEffects] + chemotherapySources),
    TreatmentAgent(
      "cyclophosphamide", "Cyclophosphamide",
      synonyms: ["cytoxan", "neosar"],
      group: .chemotherapy,
      sideEffects: chemotherapySideEffects,
      lateEffects: ["fertility-problems"],
      sources: [adultChemo, childLateEffects] + chemotherapySources),
    TreatmentAgent(
      "anthracycline", "Anthracycline (daunorubicin, doxorubicin)",
      synonyms: ["anthracyclines", "daunorubicin", "doxorubicin", "daunomycin", "adriamycin", "cerubidine"],
      group: .chemotherapy,
      sideEffects: chemotherapySideEffects,
      lateEffects: ["heart-problems"],
      sources: [adultChemo, childLateEffects] + chemotherapySources),
    TreatmentAgent(
      "asparaginase", "Asparaginase (pegaspargase)",
      synonyms: ["pegaspargase", "pegasparaginase", "peg-asparaginase", "l-asparaginase", "oncaspar", "elspar"],
      group: .chemotherapy,
      sideEffects: chemotherapySideEffects,
      sources: [adultChemo] + chemotherapySources),
    TreatmentAgent(
      "steroid", "Steroid (corticosteroid)",
      synonyms: [
        "steroids", "corticosteroid", "corticosteroids", "prednisone", "prednisolone", "dexamethasone", "dex",
      ],
      group: .chemotherapy,
      sideEffects: chemotherapySideEffects,
      lateEffects: boneLateEffects,
      sources: [adultChemo, childLateEffects] + chemotherapySources),
    TreatmentAgent(
      "etoposide", "Etoposide",
      synonyms: ["vepesid", "toposar", "vp-16"],
      group: .chemotherapy,
      sideEffects: chemotherapySideEffects,
      sources: [childLateEffects] + chemotherapySources),
    TreatmentAgent(
      "clofarabine", "Clofarabine",
      synonyms: ["clolar"],
      group: .chemotherapy,
      sideEffects: chemotherapySideEffects,
      sources: [adultRecurrence, adultResearch] + chemotherapySources),

    // MARK: - Targeted therapy

    TreatmentAgent(
      "tki", "Tyrosine kinase inhibitor (TKI)",
      synonyms: [
        "targeted therapy", "tyrosine kinase inhibitors", "tki therapy", "tkis", "imatinib", "gleevec", "glivec",
        "dasatinib", "sprycel", "nilotinib", "tasigna", "ponatinib", "iclusig", "iculsig",
      ],
      group: .targetedTherapy,
      sideEffects: targetedTherapySideEffects,
      sources: [adultTargeted, adultChemoAndTargeted, clinicTargeted, relapseStandardTherapies]),
    // The adult guide lists nelarabine under targeted therapy but gives no side effects for it specifically.
    TreatmentAgent(
      "nelarabine", "Nelarabine",
      synonyms: ["arranon"],
      group: .targetedTherapy,
      sources: [adultTargeted, childResearch]),
    TreatmentAgent(
      "bortezomib", "Bortezomib",
      synonyms: ["velcade"],
      group: .targetedTherapy,
      sources: [adultResearch]),

    // MARK: - Immunotherapy

    TreatmentAgent(
      "blinatumomab", "Blinatumomab",
      synonyms: ["blincyto", "blinatumumab"],
      group: .immunotherapy,
      sources: [adultTargeted, adultResearch, relapseStandardTherapies]),
    TreatmentAgent(
      "inotuzumab", "Inotuzumab ozogamicin",
      synonyms: ["besponsa"],
      group: .immunotherapy,
      sources: [adultTargeted, adultResearch]),
    TreatmentAgent(
      "rituximab", "Rituximab",
      synonyms: ["rituxan"],
      group: .immunotherapy,
      sources: [adultTargeted, adultResearch]),
    TreatmentAgent(
      "alemtuzumab", "Alemtuzumab",
      synonyms: ["campath"],
      group: .immunotherapy,
      sources: [adultResearch]),
    TreatmentAgent(
      "epratuzumab", "Epratuzumab",
      synonyms: ["lymphocide"],
      group: .immunotherapy,
      sources: [childResearch]),
    TreatmentAgent(
      "car-t", "CAR T-cell therapy",
      synonyms: [
        "car t", "cart", "car-t therapy", "car t cells", "car-t cells", "chimeric antigen receptor t-cell therapy",
      ],
      group: .immunotherapy,
      sources: [adultResearch, clinicImmunotherapy, relapseCarT]),

    // MARK: - Radiation

    TreatmentAgent(
      "cranial-radiation", "Cranial radiation (radiation to the brain)",
      synonyms: [
        "brain radiation", "cranial irradiation", "cranial radiotherapy", "radiation to the brain",
        "head radiation", "craniospinal radiation", "cns radiation",
      ],
      group: .radiation,
      sideEffects: radiationSideEffects,
      lateEffects: ["hormone-problems"] + cognitiveLateEffects,
      sources: [adultRadiation, childRadiation, childLateEffects, clinicRadiation, relapseRadiation]),
    TreatmentAgent(
      "radiation", "Radiation therapy (other)",
      synonyms: ["radiotherapy", "radiation treatment", "xrt", "testicular radiation"],
      group: .radiation,
      sideEffects: radiationSideEffects,
      // Lung problems: the late-effects table's lungs row (radiation to the chest).
      lateEffects: ["hormone-problems", "lung-problems"],
      sources: [adultRadiation, childRadiation, clinicRadiation, childLateEffects]),

    // MARK: - Transplant

    TreatmentAgent(
      "stem-cell-transplant", "Stem cell transplant (bone marrow transplant)",
      synonyms: [
        "bone marrow transplant", "stem cell transplantation", "bmt", "sct", "hsct", "allogeneic transplant",
        "allogeneic stem cell transplant", "allo transplant", "allo-sct", "transplant",
      ],
      group: .transplant,
      sources: [adultTransplant, childTransplant, clinicTransplant, relapseTransplant]),
  ]
}
