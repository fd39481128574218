import CarelogCore

// The warning-flag rules of carelog. Reviewed against shared/sources: each `section` below is a heading line of the
// cited file, copied exactly, or, where the passage has no heading of its own, a short phrase quoted verbatim from
// one line of it. `external` marks every threshold the sources do not give (a number of days, a temperature, a
// percentage, a count, a severity), with where it does come from, so a clinician can check or change it.
//
// Levels follow the triage practice of oncology advice lines (named as `external` where used): urgent → call now,
// day or night; soon → call today or tomorrow; next-visit → bring it up at the next visit; info → for the record.
// A listed side effect changes the words (it can be either; tell the care team), never lowers a level below what
// the symptom's severity calls for.
//
// Two parameters are bookkeeping rather than clinical thresholds: `episodeGapDays` (reports this close together
// belong to one flag) and `lookBackDays` (how far back the check after `log` reads to find where an episode began).
//
// Wording: `message` is our own words. It says what the pattern can mean; it never names a diagnosis or asserts a
// cause. Words about the patient are placeholders, filled for the reader: {name} / {Name} become "you" / "You" for
// a patient who logs for themself and the patient's name ("Leo") when a caregiver usually logs; {name's} / {Name's}
// become "your" / "Your" or "Leo's".

/// The warning-flag rules, as a table a clinician can review. Each rule says what it watches, its windows and
/// thresholds by name, what it tells the user, and which source passage (or outside reference) each part comes from.
public enum RuleCatalog {
  // MARK: - Sections cited

  private static let adultSigns = Citation(.adultGuide, "Leukemia - Acute Lymphocytic - ALL - Symptoms and Signs")
  private static let adultChangeInSymptoms = Citation(
    .adultGuide, "including any new symptoms or a change in symptoms")
  private static let adultAskHowLong = Citation(
    .adultGuide, "Your doctor will ask how long and how often you’ve been experiencing the symptom(s)")
  private static let adultFrequentInfections = Citation(.adultGuide, "Frequent infections or infections that come back")
  private static let adultBleedingNotStopping = Citation(.adultGuide, "Bleeding that does not stop easily")
  private static let adultPinheadSpots = Citation(.adultGuide, "Red, pinhead-sized spots on the skin")
  private static let adultNeutrophils = Citation(
    .adultGuide, "Chemotherapy may lower the body’s resistance to infection by reducing the number of neutrophils")
  private static let adultChemoBleeding = Citation(
    .adultGuide, "cause bruising and bleeding because of the decrease in the number of platelets")
  private static let adultTooFewNeutrophils = Citation(
    .adultGuide, "do not have enough of the type of white blood cells called neutrophils that fight bacteria")
  private static let adultLowPlatelets = Citation(
    .adultGuide, "Increased risk of bruises or bleeding because of a low level of platelets")
  private static let adultBloodCount = Citation(
    .adultGuide, "Changes in blood cell levels can also be a sign of another medical problem that is not leukemia")
  private static let adultTellProblemQuickly = Citation(
    .adultGuide, "if you are experiencing a problem so it can be addressed as quickly as possible")
  private static let adultChemoAndTargeted = Citation(.adultGuide, "Side effects of chemotherapy and targeted therapy")
  private static let adultSpecificMedication = Citation(
    .adultGuide, "Talk with your doctor about possible side effects for a specific medication")
  private static let adultRadiation = Citation(.adultGuide, "Radiation therapy")
  private static let adultTalkingSideEffects = Citation(
    .adultGuide, "Talking with your health care team about side effects")
  private static let adultTellEvenIfNotSerious = Citation(
    .adultGuide, "Tell them even if you don’t think the side effects are serious")
  private static let adultLateEffects = Citation(.adultGuide, "Managing long-term and late side effects")
  private static let adultWatchingRecurrence = Citation(
    .adultGuide, "until they show up on test results or cause signs or symptoms")

  private static let childSigns = Citation(
    .childhoodGuide, "Leukemia - Acute Lymphoblastic - ALL - Childhood - Symptoms and Signs")
  /// A list item of the childhood symptom list.
  private static let childFeverNotGoingAway = Citation(.childhoodGuide, "A fever that doesn’t go away")
  private static let childLastsLonger = Citation(
    .childhoodGuide, "When 1 or more of these symptoms lasts for longer than one would expect")
  private static let childInfectionMoreOften = Citation(
    .childhoodGuide, "Infection may occur more often if the blood has too few normal white blood cells")
  /// The childhood guide's chemotherapy paragraph has no heading of its own, so its sentences are quoted.
  private static let childChemo = Citation(.childhoodGuide, "The side effects of chemotherapy depend on the individual")
  private static let childLowPlatelets = Citation(
    .childhoodGuide, "the blood cannot clot normally when the platelet count is low")
  private static let childVincristine = Citation(.childhoodGuide, "there may be muscle weakness and nerve pain")
  private static let childRadiation = Citation(.childhoodGuide, "Radiation therapy")
  private static let childRadiationLongTerm = Citation(
    .childhoodGuide, "long-term side effects of radiation treatment to the brain and body can occur")
  private static let childTalkingSideEffects = Citation(
    .childhoodGuide, "Talking with your health care team about side effects")
  private static let childChemoLasting = Citation(
    .childhoodGuide, "Other side effects related to chemotherapy that may last longer")
  /// The late-effects table (by type of treatment and by organ) sits under this heading.
  private static let childLateEffects = Citation(
    .childhoodGuide, "Managing long-term and late side effects of childhood cancer")
  /// The right-hand column heading of both late-effects tables.
  private static let adultMaintenance = Citation(.adultGuide, "Remission maintenance or continuation therapy")
  private static let childMaintenance = Citation(
    .childhoodGuide, "Continuation or maintenance therapy lasts for two to three years")
  private static let childLateEffectsColumn = Citation(.childhoodGuide, "Possible Late Effects")
  private static let childCheckUpsOften = Citation(.childhoodGuide, "At first, check-ups will occur often")

  private static let survivorExams = Citation(.survivorship, "Exams and tests")
  private static let survivorEveryMonth = Citation(.survivorship, "every month or so at first, and then less often")
  private static let survivorGoToAppointments = Citation(
    .survivorship, "It’s very important to go to all of your follow-up appointments")
  private static let survivorWatchClosely = Citation(
    .survivorship, "your doctors will still want to watch you closely")
  private static let survivorSideEffectsLast = Citation(
    .survivorship, "Almost any cancer treatment can have side effects")
  private static let survivorLateEffectsList = Citation(
    .survivorship, "A list of possible late- or long-term side effects from your treatment")

  private static let clinicTwoWeeks = Citation(
    .clevelandClinic, "changes in your body that last more than two weeks")
  private static let clinicLateEffects = Citation(
    .clevelandClinic, "Late effects are medical issues that may develop years after people finish treatment")
  private static let clinicBruiseBleed = Citation(
    .clevelandClinic, "you’re likely to bruise more easily, bleed more than usual")

  private static let relapseSigns = Citation(
    .relapseArticle, "You might experience chills, easy bleeding, unexplained weight loss, and fatigue")
  private static let relapseFeltBefore = Citation(
    .relapseArticle, "Relapses can cause you to feel many of the symptoms you felt before")
  private static let relapseAnyReturn = Citation(
    .relapseArticle, "Any return of the ALL symptoms you had before remission")
  private static let relapseVerySimilar = Citation(
    .relapseArticle, "symptoms that are very similar to those you had before")
  private static let relapseSimilarToDiagnosis = Citation(
    .relapseArticle, "if your current symptoms are similar to the symptoms you had before your initial diagnosis")
  private static let relapseNotSureSign = Citation(
    .relapseArticle, "these symptoms are not always a sure sign that your ALL has relapsed")
  private static let survivorWhenRelapse = Citation(
    .survivorship, "it is usually while a person is still being treated or shortly after they've finished treatment")
  private static let adultCentralLine = Citation(
    .adultGuide, "a central venous catheter or port may need to be placed in the body")
  private static let relapseInfection = Citation(
    .relapseArticle, "They might be caused by a standard virus or bacterial infection and not cancer")

  // MARK: - Outside references

  private static let feverThreshold = ExternalSource(
    threshold: "fever threshold 38.0 °C",
    origin: "CTCAE v5.0 fever grade 1 (≥ 38.0 °C); common oncology advice to call at once for fever during "
      + "chemotherapy (neutropenic fever)")
  private static let afterTreatment = ExternalSource(
    threshold: "up to 42 days after the last day of any treatment counts as during treatment",
    origin: "UKONS Oncology/Haematology 24 Hour Triage Toolkit (v3, 2025), for people who are receiving or have "
      + "received systemic anti-cancer treatment; UK acute oncology practice treats a fever within 6 weeks of "
      + "chemotherapy as possible neutropenic sepsis, since blood counts are still low then")
  private static let centralLine = ExternalSource(
    threshold: "with a central line, a fever is urgent in any phase",
    origin: "Children's Oncology Group Family Handbook, New Diagnosis Guide (2018), “When to Call for Help”: "
      + "fever, especially with a central line")
  private static let redAtOnce = ExternalSource(
    threshold: "chest pain, a seizure, confusion or being hard to wake, and fainting at any severity; shortness "
      + "of breath, bleeding, headache, vomiting and abdominal pain reported severe (3) or worse",
    origin: "UKONS Oncology/Haematology 24 Hour Triage Toolkit (v3, 2025): red (assess at once) for chest pain, "
      + "seizures, confusion and collapse, and for the severe grade of breathlessness, bleeding, pain and "
      + "vomiting; Children's Oncology Group Family Handbook, “When to Call for Help”; CTCAE v5.0 grade 3 = severe")
  private static let twoAmbers = ExternalSource(
    threshold: "2 or more different symptoms reported severe (3) or worse on the same day",
    origin: "UKONS Oncology/Haematology 24 Hour Triage Toolkit (v3, 2025): two or more ambers are treated as red")
  private static let gradeFour = ExternalSource(
    threshold: "a symptom reported very severe (4) on treatment or within 42 days after it makes the flag urgent",
    origin: "CTCAE v5.0: grade 4 is life-threatening; UKONS triage: the most severe grade of each symptom is red")

  private static let gradeFourCounts = ExternalSource(
    threshold: "neutrophil count (ANC) below 0.5 ×10⁹/L, platelet count below 25 ×10⁹/L",
    origin: "CTCAE v5.0 (NCI, 2017), Investigations: “Neutrophil count decreased” grade 4 (< 500/mm³; < 0.5 × 10e9/L) "
      + "and “Platelet count decreased” grade 4 (< 25,000/mm³; < 25.0 × 10e9/L)")

  // MARK: - Actions by level

  private static let callNow = "Call the care team now, day or night."
  private static let callSoon = "Call the care team today or tomorrow."
  private static let nextVisit = "Bring this up at the next visit."
  private static let forTheRecord = "Mention it to the care team at the next contact, and call sooner if it gets worse."

  // MARK: - Rules

  public static let rules: [RuleDefinition] = [
    // MARK: - Urgent

    RuleDefinition(
      id: "fever-on-treatment", level: .urgent,
      title: "Fever during or soon after treatment",
      message: "Treatment lowers the body's defence against infection, and the blood counts stay low for weeks "
        + "after it. A fever now needs to be checked by the care team straight away. Do not wait to see if it "
        + "passes.",
      action: "Fever: call the care team now, day or night.",
      phase: .onOrSoonAfterTreatment,
      symptoms: ["fever"],
      parameters: ["feverCelsius": 38.0, "afterTreatmentDays": 42, "lookBackDays": 14],
      sources: [
        adultNeutrophils, childInfectionMoreOften, adultTellProblemQuickly, adultSigns, childSigns,
        survivorWhenRelapse, adultCentralLine,
      ],
      external: [feverThreshold, afterTreatment, centralLine]),
    RuleDefinition(
      id: "red-flag-symptom", level: .urgent,
      title: "A reason to call at once",
      message: "Oncology advice lines ask people with leukemia to call at once about this, whatever its cause.",
      action: "Call the care team now, day or night; if it is sudden or very bad, call your emergency number.",
      symptoms: ["chest-pain", "seizure", "confusion", "fainting"],
      severeSymptoms: ["shortness-of-breath", "bleeding", "headache", "vomiting", "abdominal-pain"],
      parameters: ["severeLevel": 3, "episodeGapDays": 1, "lookBackDays": 7],
      sources: [adultTellProblemQuickly, adultBleedingNotStopping, adultSigns, childSigns],
      external: [
        redAtOnce,
        ExternalSource(
          threshold: "reports on consecutive days belong to one flag",
          origin: "carelog's own choice, so that one event is one flag"),
      ],
      yieldsToCoveringFlags: true),
    RuleDefinition(
      id: "severe-symptoms-together", level: .urgent,
      title: "Several severe symptoms at once",
      message: "Two or more severe symptoms on the same day, during or soon after treatment, need to be seen to at "
        + "once, even when each alone could wait until tomorrow.",
      action: callNow,
      phase: .onOrSoonAfterTreatment,
      parameters: ["severeLevel": 3, "minSymptoms": 2, "afterTreatmentDays": 42, "lookBackDays": 7],
      sources: [adultTellProblemQuickly, adultTellEvenIfNotSerious, adultTalkingSideEffects, childTalkingSideEffects],
      external: [twoAmbers, afterTreatment]),

    // MARK: - Soon

    RuleDefinition(
      id: "fever-persists", level: .soon,
      title: "Fever that keeps coming back",
      message: "A fever that does not go away can come from an infection, a treatment, or the leukemia itself; the "
        + "care team should know about it.",
      action: callSoon,
      symptoms: ["fever"],
      parameters: ["feverCelsius": 38.0, "minDays": 2, "windowDays": 7],
      sources: [childFeverNotGoingAway, adultSigns],
      external: [
        feverThreshold,
        ExternalSource(
          threshold: "fever on 2 or more separate days within 7 days",
          origin: "carelog's reading of “a fever that doesn’t go away”: the sources give no number of days"),
      ]),
    RuleDefinition(
      id: "symptom-persists-2-weeks", level: .soon,
      title: "Symptom lasting two weeks",
      message: "Changes that last two weeks or more are worth checking, whatever the cause; the care team can help "
        + "find out why.",
      action: callSoon,
      parameters: ["spanDays": 14, "minReports": 3, "maxGapDays": 7, "lookBackDays": 60],
      sources: [clinicTwoWeeks, childLastsLonger, adultAskHowLong],
      external: [
        ExternalSource(
          threshold: "the first and last report at least 14 days apart, with at least 3 reports",
          origin: "carelog's reading of “changes in your body that last more than two weeks”"),
        ExternalSource(
          threshold: "a gap of more than 7 days without a report ends the episode",
          origin: "carelog's own choice: a week without a report ends the episode"),
        ExternalSource(
          threshold: "when every report is mild and the symptom is a listed side effect of a treatment given then, "
            + "the flag is for the next visit",
          origin: "CTCAE v5.0 grade 1 (mild) needs no intervention; UKONS triage: mild (green) side effects are "
            + "managed at home with advice"),
      ],
      milder: RuleDefinition.Escalation(
        level: .nextVisit,
        when: "every report mild, and the symptom a listed side effect of a treatment given on each of those days",
        action: "Bring this up at the next visit, and call sooner if it gets worse.")),
    RuleDefinition(
      id: "baseline-symptom-returns", level: .soon,
      title: "Symptom from before diagnosis is back",
      message: "This can be a sign of relapse, and also of an infection or a treatment side effect. Tell the care "
        + "team.",
      action: callSoon,
      parameters: ["episodeGapDays": 14, "lookBackDays": 60],
      sources: [relapseAnyReturn, relapseVerySimilar, relapseSimilarToDiagnosis, relapseInfection]),
    RuleDefinition(
      id: "relapse-sign-cluster", level: .soon,
      title: "Several possible relapse signs",
      message: "Several different symptoms that the guides list as possible signs of relapse were reported within "
        + "two weeks. They can be signs of relapse, and also of an infection or a treatment side effect. Tell the "
        + "care team.",
      action: callSoon,
      lists: [.relapseSign, .presenting],
      parameters: ["minSigns": 3, "windowDays": 14],
      sources: [relapseFeltBefore, relapseSigns, relapseNotSureSign, relapseInfection, adultWatchingRecurrence],
      external: [
        ExternalSource(
          threshold: "3 or more different relapse signs within 14 days, after the remission date only",
          origin: "carelog's own choice (clustering window), echoing the two-week guidance; before remission "
            + "there is nothing to relapse from"),
        ExternalSource(
          threshold: "signs that are also listed side effects of current treatment count, and the flag says so",
          origin: "carelog's reading of “these symptoms are not always a sure sign”: low blood counts from "
            + "maintenance chemotherapy cause fatigue, bleeding and bruising too, and a blood count tells them apart"),
      ]),
    RuleDefinition(
      id: "bleeding-or-bruising", level: .soon,
      title: "Bleeding or bruising",
      message: "Bruising, bleeding, tiny red spots on the skin and periods lasting longer than usual can happen when "
        + "platelets are low, from the leukemia or from treatment. The care team should know; bleeding that does "
        + "not stop needs help at once.",
      action: callSoon,
      symptoms: ["easy-bruising", "red-pinhead-spots", "bleeding", "prolonged-periods"],
      parameters: ["urgentSeverity": 3, "episodeGapDays": 14],
      sources: [adultBleedingNotStopping, adultPinheadSpots, childSigns, adultChemoBleeding, clinicBruiseBleed],
      external: [
        ExternalSource(
          threshold: "bleeding reported severe (3) or very severe (4) makes the flag urgent",
          origin: "carelog's reading: bleeding reported severe or worse is treated as bleeding that does not stop"),
      ],
      escalation: RuleDefinition.Escalation(
        level: .urgent,
        when: "bleeding reported as severe or very severe (does not stop)",
        action: "Bleeding that does not stop: call the care team now, day or night, or get emergency care.")),
    RuleDefinition(
      id: "worsening-symptom", level: .soon,
      title: "Symptom getting worse",
      message: "Severe or worsening symptoms, including side effects, are worth telling the care team about; they "
        + "can often help.",
      action: callSoon,
      parameters: [
        "risePoints": 2, "windowDays": 14, "severeLevel": 3, "urgentLevel": 4, "afterTreatmentDays": 42, "lookBackDays": 60,
      ],
      sources: [
        adultTalkingSideEffects, childTalkingSideEffects, adultChangeInSymptoms, adultTellEvenIfNotSerious,
      ],
      external: [
        ExternalSource(
          threshold: "a rise of 2 severity points within 14 days, or any report at severe (3) or worse",
          origin: "symptom-monitoring practice: severe or worsening symptoms are reported to the team "
            + "(e.g. PRO-CTCAE grading)"),
        gradeFour,
      ],
      escalation: RuleDefinition.Escalation(
        level: .urgent,
        when: "reported very severe (4) during treatment or within 42 days after it",
        action: callNow),
      yieldsToCoveringFlags: true),
    RuleDefinition(
      id: "weight-loss", level: .soon,
      title: "Weight loss",
      message: "Weight loss can come from treatment, eating less or an illness, and unexplained weight loss is also "
        + "on the guides' lists of signs of leukemia and of relapse. The care team will want to know soon.",
      action: callSoon,
      symptoms: ["unexplained-weight-loss"],
      parameters: ["shortPercent": 5, "shortDays": 30, "longPercent": 10, "longDays": 180, "episodeGapDays": 30],
      sources: [adultSigns, relapseSigns],
      external: [
        ExternalSource(
          threshold: "weight down 5 % within 30 days, or 10 % within 180 days, of the person's own weight (children "
            + "too)",
          origin: "Common clinical definition of unintentional weight loss (≥ 5 % in 1 month, ≥ 10 % in 6 months)"),
      ]),

    // MARK: - Next visit

    RuleDefinition(
      id: "frequent-infections", level: .nextVisit,
      title: "Frequent infections",
      message: "Infections that keep coming back are worth raising with the care team, who can look at why and how "
        + "to prevent them.",
      action: nextVisit,
      parameters: ["minCount": 3, "windowDays": 90],
      // The childhood list item is "Frequent infections" under this heading (too short to quote alone).
      sources: [adultFrequentInfections, childSigns, childInfectionMoreOften],
      external: [
        ExternalSource(
          threshold: "3 or more infections within 90 days",
          origin: "carelog's own threshold: the sources say frequent infections without a number"),
      ]),
    RuleDefinition(
      id: "late-effect", level: .nextVisit,
      title: "Possible late effect of treatment",
      message: "Late effects can appear months or years after treatment, and there are often ways to check and "
        + "manage them; this symptom can also have other causes.",
      action: nextVisit,
      phase: .followUp,
      parameters: ["episodeGapDays": 30, "lookBackDays": 60],
      sources: [
        childLateEffects, childLateEffectsColumn, childChemoLasting, childRadiationLongTerm, adultLateEffects,
        survivorSideEffectsLast, survivorLateEffectsList, clinicLateEffects,
      ]),

    // MARK: - Info

    RuleDefinition(
      id: "treatment-side-effect", level: .info,
      title: "Listed side effect of current treatment",
      message: "A listed side effect is common, but the same symptom can also be a sign of something else, so tell "
        + "the care team it is happening; they can tell the causes apart, and can often prevent or relieve it.",
      action: forTheRecord,
      parameters: ["episodeGapDays": 14, "lookBackDays": 60],
      sources: [
        adultChemoAndTargeted, adultRadiation, adultSpecificMedication, childChemo, childVincristine,
        childRadiation, relapseNotSureSign,
      ]),
    RuleDefinition(
      id: "doses-missed", level: .nextVisit,
      title: "Doses missed",
      message: "Medicines taken at home work as planned only when the doses are taken; the care team will want to "
        + "know about missed doses and can help with ways to remember them.",
      action: nextVisit,
      parameters: ["windowDays": 30, "nextVisitPercent": 5, "soonPercent": 10],
      sources: [adultMaintenance, childMaintenance],
      external: [
        ExternalSource(
          threshold: "missed doses over 5 % (next visit) or over 10 % (today or tomorrow) of the doses due and not "
            + "held in the last 30 days",
          origin: "Bhatia et al., J Clin Oncol 2012 (Children's Oncology Group: mercaptopurine taken on fewer than "
            + "95 % of prescribed days, about 2.7 times the relapse risk) and Bhatia et al., Blood 2014 (below 90 %, "
            + "3.9 times)"),
      ],
      escalation: .init(
        level: .soon, when: "more than 10 % of the doses due were missed", action: callSoon)),
    RuleDefinition(
      id: "low-counts", level: .info,
      title: "Low blood count",
      message: "This is the clinic's result, shown as it was given; carelog does not interpret it further. Counts "
        + "this low (grade 4 on the scale doctors use) are common during treatment for leukemia; they say how well "
        + "the body can fight infection or stop bleeding in the days around the test.",
      action: "Follow the advice the care team gave with this result. With a fever, or bleeding that does not stop, "
        + "call the care team now, day or night.",
      symptoms: ["fever", "bleeding"],
      parameters: [
        "ancBelow": 0.5, "plateletsBelow": 25, "nearDays": 3, "feverCelsius": 38.0, "episodeGapDays": 14,
        "lookBackDays": 60,
      ],
      sources: [
        adultTooFewNeutrophils, adultNeutrophils, childInfectionMoreOften, adultLowPlatelets, childLowPlatelets,
        adultChemoBleeding, adultBloodCount,
      ],
      external: [
        gradeFourCounts,
        ExternalSource(
          threshold: "a fever or bleeding reported within 3 days of a low result makes the flag soon",
          origin: "carelog's own window, so that the care team hears of the two together; the fever and bleeding "
            + "rules keep their own levels, which are urgent for a fever during treatment"),
        feverThreshold,
      ],
      escalation: RuleDefinition.Escalation(
        level: .soon,
        when: "a fever or bleeding reported within 3 days of a low result",
        action: "Call the care team today or tomorrow about this result and the fever or bleeding near it. A fever "
          + "during treatment, or bleeding that does not stop, means calling now, day or night.")),
    RuleDefinition(
      id: "follow-up-overdue", level: .info,
      title: "Follow-up visit may be due",
      message: "Regular check-ups are part of care during and after treatment: often at first, then less often.",
      action: "Check when the next visit is booked, and book one if it is not.",
      parameters: ["onTreatmentDays": 42, "firstYearDays": 42, "toFiveYearsDays": 183, "afterDays": 365],
      sources: [survivorExams, survivorEveryMonth, survivorGoToAppointments, survivorWatchClosely, childCheckUpsOften],
      external: [
        ExternalSource(
          threshold: "visit overdue after 42 days on treatment and in the first year after it, 183 days up to "
            + "five years, 365 days after that",
          origin: "carelog's reading of “every month or so at first, and then less often”; the sources give no "
            + "day counts"),
      ]),
  ]

  /// The rule with this id.
  public static func rule(_ id: String) -> RuleDefinition? { rules.first { $0.id == id } }
}
