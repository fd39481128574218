// The reviewed symptom table: every symptom named in the symptom, relapse-sign, side-effect and late-effect
// lists of the five patient guides in shared/sources/, with the everyday words people type for it and where it
// comes from. Reviewed against shared/sources: each `section` below is a heading line of the cited file, copied
// exactly, or, where the passage has no heading of its own, a short phrase quoted verbatim from one line of it.
//
// Left out on purpose:
// - Frequent or recurring infections (both Cancer.Net symptom lists). Infections are their own entry kind,
//   logged with `carelog log infection`, so no term or synonym here says "infection". Temperature, weight and
//   notes are entry kinds too, so those words are never a term or synonym here either.
// - Things nobody feels or logs as a symptom: anemia (its symptoms are listed instead), second or secondary
//   cancers, myelodysplasia, benign tumors.
// - Night sweats: no source document names them. (Constipation and other everyday symptoms are in the last
//   section, with the outside reference each comes from.)
// - The late-effect mark only where the sources tie the effect to a treatment (the `late-effect` rule needs that
//   link): bone pain, anxiety and depression are not tied to one; kidney and liver problems are "usually short term
//   effect seen during therapy" in the childhood late-effects table, so they stay side effects.
// The last section adds reasons to call the care team at once that the documents do not name; each says where it
// comes from (`external`).
extension SymptomCatalog {
  // MARK: - Sections cited

  private static let adultAbout = Citation(.adultGuide, "About ALL")
  private static let adultSigns = Citation(.adultGuide, "Leukemia - Acute Lymphocytic - ALL - Symptoms and Signs")
  private static let adultChemoAndTargeted = Citation(.adultGuide, "Side effects of chemotherapy and targeted therapy")
  private static let adultRadiation = Citation(.adultGuide, "Radiation therapy")
  private static let adultEmotions = Citation(.adultGuide, "Coping with emotional and social effects")

  private static let childAbout = Citation(.childhoodGuide, "About ALL")
  private static let childSigns = Citation(
    .childhoodGuide, "Leukemia - Acute Lymphoblastic - ALL - Childhood - Symptoms and Signs")
  /// The childhood guide's chemotherapy paragraph has no heading of its own, so its sentences are quoted.
  private static let childChemo = Citation(
    .childhoodGuide, "The side effects of chemotherapy depend on the individual")
  /// From the sentence naming vincristine ("If a drug called vincristine ... is part of your child's chemotherapy").
  private static let childVincristine = Citation(.childhoodGuide, "there may be muscle weakness and nerve pain")
  private static let childChemoLasting = Citation(
    .childhoodGuide, "Other side effects related to chemotherapy that may last longer")
  private static let childRadiation = Citation(.childhoodGuide, "Radiation therapy")
  private static let childEmotions = Citation(.childhoodGuide, "Coping with emotional and social effects")
  private static let childFollowUpLiver = Citation(.childhoodGuide, "as well as liver disease from chemotherapy")
  /// The late-effects table (by type of treatment and by organ) sits under this heading.
  private static let childLateEffects = Citation(
    .childhoodGuide, "Managing long-term and late side effects of childhood cancer")
  private static let childHealthyLiving = Citation(.childhoodGuide, "Healthy living after cancer")

  private static let survivorEmotions = Citation(.survivorship, "Getting emotional support")
  private static let clinicWhereItStarts = Citation(.clevelandClinic, "Where does ALL start?")
  private static let relapseSigns = Citation(
    .relapseArticle, "You might experience chills, easy bleeding, unexplained weight loss, and fatigue")

  /// Every symptom in the sources' lists. Reviewed against shared/sources; each row cites where it comes from.
  static let rows: [Symptom] = [
    // MARK: - Tiredness, weakness and blood counts

    Symptom(
      "fatigue", "Fatigue (tiredness)",
      synonyms: [
        "tired", "tiredness", "exhausted", "exhaustion", "worn out", "no energy", "low energy", "lack of energy",
        "tired all the time", "lethargic", "lethargy", "drained",
      ],
      lists: [.presenting, .relapseSign, .sideEffect],
      sources: [
        adultSigns, childSigns, childAbout, relapseSigns, adultChemoAndTargeted, adultRadiation, childChemo,
        childRadiation,
      ]),
    Symptom(
      "sleepiness", "Sleepiness (drowsiness)",
      synonyms: ["sleepy", "drowsy", "drowsiness", "sleeping a lot", "sleeping more than usual", "dozing off"],
      lists: [.presenting],
      sources: [childAbout]),
    Symptom(
      "muscle-weakness", "Muscle weakness",
      synonyms: [
        "weak", "weakness", "feeling weak", "weak muscles", "weak legs", "weak arms", "no strength",
        "loss of strength",
      ],
      lists: [.presenting, .sideEffect, .lateEffect],
      sources: [adultSigns, childSigns, childVincristine, childLateEffects]),
    Symptom(
      "pale-skin", "Pale skin (paleness)",
      synonyms: ["pale", "paleness", "pallor", "looking pale", "pasty", "washed out"],
      lists: [.presenting],
      sources: [adultSigns, childSigns, childAbout]),
    Symptom(
      "rapid-heartbeat", "Rapid heartbeat",
      synonyms: [
        "fast heartbeat", "fast heart rate", "racing heart", "heart racing", "pounding heart", "heart pounding",
        "palpitations",
      ],
      lists: [.presenting],
      sources: [childAbout]),
    Symptom(
      "dizziness", "Dizziness",
      synonyms: [
        "dizzy", "lightheaded", "light-headed", "lightheadedness", "woozy", "faint", "feeling faint", "vertigo",
        "room spinning",
      ],
      lists: [.presenting],
      sources: [adultSigns]),
    Symptom(
      "irritability", "Irritability",
      synonyms: ["irritable", "cranky", "grumpy", "fussy", "moody", "short-tempered"],
      lists: [.presenting],
      sources: [childAbout]),
    Symptom(
      "fever", "Fever",
      synonyms: ["feverish", "fevers", "running a fever", "high fever", "persistent fever", "febrile"],
      lists: [.presenting],
      sources: [adultSigns, childSigns]),
    Symptom(
      "chills", "Chills",
      synonyms: ["shivering", "shivers", "shivery", "shaking chills", "the chills", "rigors", "feeling chilled"],
      lists: [.relapseSign],
      sources: [relapseSigns]),

    // MARK: - Bruising and bleeding

    Symptom(
      "easy-bruising", "Easy bruising",
      synonyms: [
        "bruises", "bruising", "bruise", "bruised", "bruise easily", "bruises easily", "bruising easily",
        "black and blue", "unexplained bruises",
      ],
      lists: [.presenting, .sideEffect],
      sources: [adultAbout, adultSigns, childAbout, childSigns, clinicWhereItStarts, adultChemoAndTargeted]),
    Symptom(
      "red-pinhead-spots", "Red pinhead-sized spots on the skin",
      synonyms: [
        "red spots", "petechiae", "pinpoint spots", "pinhead spots", "tiny red spots", "tiny red dots", "red dots",
        "pinprick spots",
      ],
      lists: [.presenting],
      sources: [adultSigns]),
    Symptom(
      "bleeding", "Bleeding (easily, or hard to stop)",
      synonyms: [
        "bleed", "bleeds", "easy bleeding", "bleeding easily", "bleeding that won't stop", "nosebleed",
        "nosebleeds", "nose bleed", "nose bleeds", "bloody nose", "bleeding gums", "gums bleeding",
      ],
      lists: [.presenting, .relapseSign, .sideEffect],
      sources: [
        adultAbout, adultSigns, childAbout, childSigns, clinicWhereItStarts, relapseSigns, adultChemoAndTargeted,
      ]),
    Symptom(
      "prolonged-periods", "Periods lasting longer than usual",
      synonyms: [
        "long periods", "longer periods", "prolonged period", "period won't stop", "heavy periods",
        "heavy period", "heavy menstrual bleeding", "menstruation lasting longer",
      ],
      lists: [.presenting],
      sources: [adultSigns]),
    Symptom(
      "unexplained-weight-loss", "Unexplained weight loss",
      synonyms: ["weight loss", "losing weight", "lost weight", "dropping weight", "getting thinner"],
      lists: [.presenting, .relapseSign],
      sources: [adultSigns, relapseSigns]),

    // MARK: - Pain and nerves

    Symptom(
      "bone-pain", "Bone pain",
      synonyms: ["bones hurt", "bones ache", "aching bones", "bone ache", "bone aches", "sore bones", "painful bones"],
      lists: [.presenting],
      sources: [adultSigns, childSigns, childHealthyLiving]),
    Symptom(
      "back-pain", "Back pain",
      synonyms: ["backache", "back ache", "sore back", "aching back", "lower back pain"],
      lists: [.presenting],
      sources: [adultSigns]),
    Symptom(
      "abdominal-pain", "Abdominal pain (belly pain)",
      synonyms: [
        "belly pain", "belly ache", "bellyache", "stomach ache", "stomachache", "stomach pain", "tummy ache",
        "tummy pain", "sore tummy", "sore stomach",
      ],
      lists: [.presenting],
      sources: [adultSigns]),
    Symptom(
      "joint-pain", "Joint pain (joint damage)",
      synonyms: [
        "sore joints", "aching joints", "achy joints", "joints hurt", "painful joints", "stiff joints",
        "joint ache", "joint damage", "avascular necrosis", "osteonecrosis",
      ],
      lists: [.lateEffect],
      sources: [childLateEffects, childChemoLasting, childHealthyLiving]),
    Symptom(
      "headache", "Headache",
      synonyms: ["headaches", "head ache", "head hurts", "head pain", "sore head", "migraine"],
      lists: [.presenting],
      sources: [adultSigns, childSigns]),
    Symptom(
      "nerve-pain", "Nerve pain (tingling, numbness)",
      synonyms: [
        "pins and needles", "tingling", "tingly", "numbness", "numb", "numb hands", "numb feet", "numb fingers",
        "numb toes", "tingling hands", "tingling feet", "burning feet", "neuropathy", "peripheral neuropathy",
        "nerve damage",
      ],
      lists: [.sideEffect, .lateEffect],
      sources: [childVincristine, childLateEffects]),

    // MARK: - Breathing, heart and lungs

    Symptom(
      "shortness-of-breath", "Shortness of breath",
      synonyms: [
        "short of breath", "out of breath", "breathless", "breathlessness", "difficulty breathing",
        "trouble breathing", "hard to breathe", "can't catch my breath", "winded",
      ],
      lists: [.presenting],
      sources: [adultSigns, childSigns, childAbout]),
    Symptom(
      "fluid-in-lungs", "Fluid in the lungs",
      synonyms: ["fluid on the lungs", "water on the lungs", "pleural effusion"],
      lists: [.sideEffect],
      sources: [adultChemoAndTargeted]),
    Symptom(
      "heart-problems", "Heart problems (weakened heart muscle)",
      synonyms: [
        "heart trouble", "heart damage", "weak heart", "weakened heart", "heart muscle damage", "cardiomyopathy",
      ],
      lists: [.lateEffect],
      sources: [childLateEffects]),
    Symptom(
      "lung-problems", "Lung problems",
      synonyms: ["lung trouble", "lung damage", "weak lungs", "lung disease"],
      lists: [.lateEffect],
      sources: [childLateEffects]),

    // MARK: - Lumps and swelling

    Symptom(
      "swollen-lymph-nodes", "Swollen lymph nodes (glands)",
      synonyms: [
        "swollen glands", "swollen gland", "swollen lymph node", "enlarged lymph nodes", "swollen nodes",
        "lump in neck", "lumps in neck", "lump in armpit", "lump under arm", "lump in groin",
      ],
      lists: [.presenting],
      sources: [adultAbout, adultSigns, childAbout, childSigns]),
    Symptom(
      "enlarged-liver-or-spleen", "Enlarged liver or spleen",
      synonyms: [
        "enlarged liver", "enlarged spleen", "swollen liver", "swollen spleen", "big spleen", "swollen belly",
        "swollen abdomen",
      ],
      lists: [.presenting],
      sources: [adultSigns, childSigns]),
    Symptom(
      "swelling", "Swelling (legs or around the eyes)",
      synonyms: [
        "edema", "oedema", "swollen legs", "swollen ankles", "swollen feet", "puffy eyes", "puffy eyelids",
        "swollen eyes", "swelling around eyes", "puffiness", "fluid retention", "water retention",
      ],
      lists: [.sideEffect],
      sources: [adultChemoAndTargeted]),

    // MARK: - Stomach, mouth and bowels

    Symptom(
      "nausea", "Nausea (feeling sick)",
      synonyms: [
        "nauseous", "nauseated", "queasy", "feeling sick", "feel sick", "sick to my stomach", "upset stomach",
        "want to throw up",
      ],
      lists: [.presenting, .sideEffect],
      sources: [adultSigns, adultChemoAndTargeted, adultRadiation, childChemo, childRadiation]),
    Symptom(
      "vomiting", "Vomiting (throwing up)",
      synonyms: ["throwing up", "threw up", "throw up", "vomit", "vomited", "puking", "puke", "being sick"],
      lists: [.presenting, .sideEffect],
      sources: [adultSigns, adultChemoAndTargeted, childChemo]),
    Symptom(
      "diarrhea", "Diarrhea (loose stools)",
      synonyms: [
        "diarrhoea", "loose stools", "loose stool", "loose bowel movements", "loose bowels", "watery stools",
        "runny poo", "the runs",
      ],
      lists: [.sideEffect],
      sources: [adultChemoAndTargeted, adultRadiation, childChemo, childRadiation]),
    Symptom(
      "loss-of-appetite", "Loss of appetite",
      synonyms: [
        "not hungry", "no appetite", "poor appetite", "low appetite", "appetite loss", "off food", "off my food",
        "not eating", "don't feel like eating",
      ],
      lists: [.sideEffect],
      sources: [childChemo]),
    Symptom(
      "mouth-sores", "Mouth sores",
      synonyms: [
        "sore mouth", "mouth ulcers", "mouth ulcer", "mouth sore", "ulcers in mouth", "sores in mouth",
        "painful mouth", "canker sores", "mucositis",
      ],
      lists: [.sideEffect],
      sources: [adultChemoAndTargeted]),

    // MARK: - Skin, hair and eyes

    Symptom(
      "skin-reaction", "Skin reaction (redness, irritation)",
      synonyms: [
        "skin irritation", "irritated skin", "red skin", "skin redness", "sore skin", "itchy skin", "rash",
        "skin rash", "peeling skin", "radiation burn",
      ],
      lists: [.sideEffect],
      sources: [adultRadiation, childRadiation]),
    Symptom(
      "hair-loss", "Hair loss",
      synonyms: [
        "losing hair", "losing my hair", "hair falling out", "hair coming out", "thinning hair", "bald",
        "balding", "alopecia",
      ],
      lists: [.sideEffect],
      sources: [adultChemoAndTargeted, childChemo, childRadiation]),
    Symptom(
      "blurred-vision", "Blurred vision",
      synonyms: [
        "blurry vision", "blurry eyes", "blurred eyesight", "fuzzy vision", "trouble seeing", "can't see clearly",
      ],
      lists: [.presenting],
      sources: [adultSigns]),

    // MARK: - Learning, thinking and mood

    Symptom(
      "learning-problems", "Learning problems",
      synonyms: [
        "learning difficulties", "learning difficulty", "trouble learning", "slow learning", "trouble at school",
        "struggling at school", "falling behind at school", "school problems",
      ],
      lists: [.lateEffect],
      sources: [childLateEffects, childChemoLasting, childRadiation, childHealthyLiving]),
    Symptom(
      "attention-problems", "Attention problems",
      synonyms: [
        "trouble concentrating", "can't concentrate", "poor concentration", "hard to concentrate",
        "concentration problems", "trouble focusing", "can't focus", "easily distracted", "short attention span",
      ],
      lists: [.lateEffect],
      sources: [childLateEffects]),
    Symptom(
      "memory-problems", "Memory or thinking problems",
      synonyms: [
        "forgetful", "forgetfulness", "memory loss", "poor memory", "trouble remembering", "thinking problems",
        "trouble thinking", "slow thinking", "brain fog", "foggy brain", "chemo brain", "cognitive problems",
      ],
      lists: [.lateEffect],
      sources: [childLateEffects]),
    Symptom(
      "anxiety", "Anxiety (worry)",
      synonyms: [
        "anxious", "worried", "worry", "worrying", "nervous", "on edge", "panicky", "fear of relapse", "scanxiety",
      ],
      lists: [.sideEffect],
      sources: [adultEmotions, childEmotions, childLateEffects, survivorEmotions]),
    Symptom(
      "depression", "Depression (low mood)",
      synonyms: ["depressed", "sad", "sadness", "low mood", "feeling down", "feeling low", "feeling blue", "hopeless"],
      lists: [.sideEffect],
      sources: [adultEmotions, childLateEffects, survivorEmotions]),

    // MARK: - Bones, growth, fertility and organs (late effects)

    Symptom(
      "weak-bones", "Weak bones (osteopenia, osteoporosis)",
      synonyms: ["osteopenia", "osteoporosis", "thin bones", "brittle bones", "bone thinning", "low bone density"],
      lists: [.lateEffect],
      sources: [childLateEffects, childChemoLasting]),
    Symptom(
      "hormone-problems", "Hormone problems (growth, puberty, metabolism)",
      synonyms: [
        "growth problems", "slow growth", "poor growth", "not growing", "short for age", "delayed puberty",
        "late puberty", "hormone imbalance", "low hormones", "low hormone levels", "metabolism problems",
      ],
      lists: [.lateEffect],
      sources: [childLateEffects, childRadiation]),
    Symptom(
      "fertility-problems", "Fertility problems (infertility)",
      synonyms: [
        "infertility", "infertile", "trouble getting pregnant", "can't get pregnant", "difficulty becoming pregnant",
        "trouble fathering children", "low sperm count", "can't have children",
      ],
      lists: [.lateEffect],
      sources: [adultChemoAndTargeted, childLateEffects]),
    Symptom(
      "kidney-problems", "Kidney problems",
      synonyms: ["kidney trouble", "kidney damage", "reduced kidney function", "poor kidney function"],
      lists: [.sideEffect],
      sources: [childChemo, childLateEffects]),
    Symptom(
      "liver-problems", "Liver problems",
      synonyms: ["liver trouble", "liver damage", "liver inflammation", "liver disease"],
      lists: [.sideEffect],
      sources: [childChemo, childLateEffects, childFollowUpLiver]),

    // MARK: - Reasons to call at once (not named by the five documents)

    Symptom(
      "chest-pain", "Chest pain",
      synonyms: ["chest hurts", "pain in my chest", "pain in the chest", "chest tightness", "tight chest"],
      lists: [.emergency], sources: [], external: emergencyLists),
    Symptom(
      "seizure", "Seizure (fit)",
      synonyms: ["seizures", "fit", "fits", "convulsion", "convulsions", "had a fit", "shaking fit"],
      lists: [.emergency], sources: [], external: emergencyLists),
    Symptom(
      "confusion", "Confusion or hard to wake",
      synonyms: [
        "confused", "disoriented", "not making sense", "hard to wake", "hard to wake up", "difficult to wake",
        "very drowsy and hard to wake", "unresponsive",
      ],
      lists: [.emergency], sources: [], external: emergencyLists),
    Symptom(
      "fainting", "Fainting (passing out)",
      synonyms: ["fainted", "passed out", "passing out", "blacked out", "blackout", "collapsed", "collapse"],
      lists: [.emergency], sources: [], external: emergencyLists),

    // MARK: - Everyday symptoms (not named by the five documents)

    Symptom(
      "sore-throat", "Sore throat",
      synonyms: ["throat hurts", "my throat hurts", "scratchy throat", "painful throat", "throat pain", "throat ache"],
      lists: [.everyday], sources: [], external: ctcae("Sore throat")),
    Symptom(
      "cough", "Cough",
      synonyms: ["coughing", "a cough", "dry cough", "chesty cough", "coughs", "tickly cough"],
      lists: [.everyday], sources: [], external: ctcae("Cough")),
    Symptom(
      "constipation", "Constipation",
      synonyms: ["constipated", "can't poo", "cant poo", "hard stools", "no bowel movement", "bunged up", "blocked up"],
      lists: [.everyday], sources: [], external: ctcae("Constipation")),
    Symptom(
      "runny-nose", "Runny or blocked nose",
      synonyms: ["runny nose", "snotty nose", "stuffy nose", "blocked nose", "sniffles", "sniffly", "snuffly", "snotty"],
      lists: [.everyday], sources: [], external: ctcae("Rhinorrhea")),
    Symptom(
      "leg-pain", "Leg pain",
      synonyms: ["legs hurt", "my legs hurt", "leg hurts", "sore legs", "sore leg", "leg ache", "aching legs", "leg pains"],
      lists: [.everyday], sources: [], external: ctcae("Pain in extremity")),
    Symptom(
      "jaw-pain", "Jaw pain",
      synonyms: ["jaw hurts", "my jaw hurts", "sore jaw", "jaw ache", "aching jaw", "jaw pains"],
      lists: [.everyday], sources: [], external: ctcae("Jaw pain")),
    Symptom(
      "trouble-sleeping", "Trouble sleeping",
      synonyms: [
        "can't sleep", "cant sleep", "cannot sleep", "insomnia", "sleeping badly", "poor sleep", "not sleeping",
        "sleepless",
      ],
      lists: [.everyday], sources: [], external: ctcae("Insomnia")),
  ]

  /// Where an everyday symptom's term comes from.
  private static func ctcae(_ term: String) -> String {
    "CTCAE v5.0 adverse-event term “\(term)”: a common symptom during treatment that the five documents do not list"
  }

  /// Where the reasons to call at once come from: the five documents do not name these symptoms.
  private static let emergencyLists =
    "Children's Oncology Group Family Handbook, New Diagnosis Guide (2018), “When to Call for Help”; UKONS "
    + "Oncology/Haematology 24 Hour Triage Toolkit (v3, 2025): chest pain, seizures, confusion and collapse are "
    + "red (assess at once)"
}
