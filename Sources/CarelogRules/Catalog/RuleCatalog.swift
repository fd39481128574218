import CarelogCore

// The warning-flag rules of carelog. Reviewed against shared/sources: each `section` below is a heading line of the
// cited file, copied exactly, or, where the passage has no heading of its own, a short phrase quoted verbatim from
// one line of it. `external` marks every threshold the sources do not give (a number of days, a temperature, a
// percentage, a count, a severity), with where it does come from, so a clinician can check or change it.
//
// Wording: `message` is our own words. It says what the pattern can mean and what to do; it never names a
// diagnosis. `action` matches the level: urgent → call now, soon → call within a day or two, next-visit → bring it
// up at the next visit, info → no call needed.

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
  private static let relapseInfection = Citation(
    .relapseArticle, "They might be caused by a standard virus or bacterial infection and not cancer")

  // MARK: - Outside thresholds

  private static let feverThreshold = ExternalSource(
    threshold: "fever threshold 38.0 °C",
    origin: "CTCAE v5.0 fever grade 1 (≥ 38.0 °C); common oncology advice to call at once for fever during "
      + "chemotherapy (neutropenic fever)")

  // MARK: - Actions by level

  private static let callNow = "Call your care team now, day or night."
  private static let callSoon = "Call your care team within a day or two."
  private static let nextVisit = "Bring this up at your next visit."

  // MARK: - Rules

  public static let rules: [RuleDefinition] = [
    // MARK: - Urgent

    RuleDefinition(
      id: "fever-on-treatment", level: .urgent,
      title: "Fever during treatment",
      message: "You have a fever while on treatment. Treatment can lower the body's defence against infection, so "
        + "a fever now needs to be checked by your care team straight away. Do not wait to see if it passes.",
      action: "Fever during treatment: call your care team now, day or night.",
      phase: .onTreatment,
      symptoms: ["fever"],
      parameters: ["feverCelsius": 38.0],
      sources: [adultNeutrophils, childInfectionMoreOften, adultTellProblemQuickly, adultSigns, childSigns],
      external: [feverThreshold]),

    // MARK: - Soon

    RuleDefinition(
      id: "fever-persists", level: .soon,
      title: "Fever that keeps coming back",
      message: "You have had a fever on more than one day this week. A fever that does not go away can come from "
        + "an infection, a treatment, or the leukemia itself; your care team should know about it.",
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
      message: "You have reported the same symptom for two weeks or more. Changes that last this long are worth "
        + "checking, whatever the cause; your care team can help find out why.",
      action: callSoon,
      parameters: ["spanDays": 14, "maxGapDays": 7],
      sources: [clinicTwoWeeks, childLastsLonger, adultAskHowLong],
      external: [
        ExternalSource(
          threshold: "a gap of more than 7 days without a report ends the episode",
          origin: "carelog's own choice: a week without a report ends the episode"),
      ]),
    RuleDefinition(
      id: "baseline-symptom-returns", level: .soon,
      title: "Symptom from before diagnosis is back",
      message: "A symptom you had before diagnosis has come back after remission. This can be a sign of relapse, "
        + "and also of an infection or a treatment side effect. Tell your care team.",
      action: callSoon,
      sources: [relapseAnyReturn, relapseVerySimilar, relapseSimilarToDiagnosis, relapseInfection]),
    RuleDefinition(
      id: "relapse-sign-cluster", level: .soon,
      title: "Several possible relapse signs",
      message: "You have reported several different symptoms within two weeks that the guides list as possible "
        + "signs of relapse. These can be signs of relapse, and also of an infection or a treatment side effect. "
        + "Tell your care team.",
      action: callSoon,
      lists: [.relapseSign, .presenting],
      parameters: ["minSigns": 3, "windowDays": 14, "countKnownSideEffects": 0],
      sources: [relapseFeltBefore, relapseSigns, relapseNotSureSign, relapseInfection, adultWatchingRecurrence],
      external: [
        ExternalSource(
          threshold: "3 or more different relapse signs within 14 days",
          origin: "carelog's own choice (clustering window), echoing the two-week guidance"),
        ExternalSource(
          threshold: "a sign that is a known side effect of a treatment given that day is not counted "
            + "(countKnownSideEffects 0); the treatment-side-effect flag reports it, saying it is both",
          origin: "carelog's own choice, so that ordinary side effects of maintenance do not add up to a warning"),
      ]),
    RuleDefinition(
      id: "bleeding-or-bruising", level: .soon,
      title: "Bleeding or bruising",
      message: "You have reported bruising, bleeding or tiny red spots on the skin. These can happen when platelets "
        + "are low, from the leukemia or from treatment. Your care team should know; bleeding that does not stop "
        + "needs help at once.",
      action: callSoon,
      symptoms: ["easy-bruising", "red-pinhead-spots", "bleeding"],
      parameters: ["urgentSeverity": 3],
      sources: [adultBleedingNotStopping, adultPinheadSpots, childSigns, adultChemoBleeding, clinicBruiseBleed],
      external: [
        ExternalSource(
          threshold: "bleeding reported severe (3) or very severe (4) makes the flag urgent",
          origin: "carelog's reading: bleeding reported severe or worse is treated as bleeding that does not stop"),
      ],
      escalation: RuleDefinition.Escalation(
        level: .urgent,
        when: "bleeding reported as severe or very severe (does not stop)",
        action: "Bleeding that does not stop: call your care team now, day or night, or get emergency care.")),
    RuleDefinition(
      id: "worsening-symptom", level: .soon,
      title: "Symptom getting worse",
      message: "A symptom has become severe or is getting worse quickly. Severe or worsening symptoms, including "
        + "side effects, are worth telling your care team about; they can often help.",
      action: callSoon,
      parameters: ["risePoints": 2, "windowDays": 14, "severeLevel": 3],
      sources: [
        adultTalkingSideEffects, childTalkingSideEffects, adultChangeInSymptoms, adultTellEvenIfNotSerious,
      ],
      external: [
        ExternalSource(
          threshold: "a rise of 2 severity points within 14 days, or any report at severe (3) or worse",
          origin: "symptom-monitoring practice: severe or worsening symptoms are reported to the team "
            + "(e.g. PRO-CTCAE grading)"),
      ]),

    // MARK: - Next visit

    RuleDefinition(
      id: "weight-loss", level: .nextVisit,
      title: "Weight loss",
      message: "Your weight has gone down noticeably. Weight loss can come from treatment, eating less or an "
        + "illness, and unexplained weight loss is also on the lists of leukemia signs. Your care team will want "
        + "to know.",
      action: nextVisit,
      symptoms: ["unexplained-weight-loss"],
      parameters: ["shortPercent": 5, "shortDays": 30, "longPercent": 10, "longDays": 180],
      sources: [adultSigns, relapseSigns],
      external: [
        ExternalSource(
          threshold: "weight down 5 % within 30 days, or 10 % within 180 days",
          origin: "Common clinical definition of unintentional weight loss (≥ 5 % in 1 month, ≥ 10 % in 6 months)"),
      ]),
    RuleDefinition(
      id: "frequent-infections", level: .nextVisit,
      title: "Frequent infections",
      message: "You have logged several infections in a few months. Infections that keep coming back are worth "
        + "raising with your care team, who can look at why and how to prevent them.",
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
      message: "This symptom is listed as a possible long-term or late effect of a treatment you have had. Late "
        + "effects can appear months or years later, and there are often ways to check and manage them.",
      action: nextVisit,
      phase: .followUp,
      sources: [
        childLateEffects, childLateEffectsColumn, childChemoLasting, childRadiationLongTerm, adultLateEffects,
        survivorSideEffectsLast, survivorLateEffectsList, clinicLateEffects,
      ]),

    // MARK: - Info

    RuleDefinition(
      id: "treatment-side-effect", level: .info,
      title: "Known side effect of current treatment",
      message: "This is a known side effect of a treatment being given now. Mention it to your care team; they "
        + "can often prevent or relieve it.",
      action: "No call needed; mention it at your next contact, and call sooner if it gets worse.",
      sources: [
        adultChemoAndTargeted, adultRadiation, adultSpecificMedication, childChemo, childVincristine,
        childRadiation, relapseNotSureSign,
      ]),
    RuleDefinition(
      id: "follow-up-overdue", level: .info,
      title: "Follow-up visit may be due",
      message: "It has been a while since your last recorded visit. Regular check-ups are part of care during "
        + "and after treatment: often at first, then less often.",
      action: "No call needed; check when your next visit is booked, and book one if it is not.",
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
