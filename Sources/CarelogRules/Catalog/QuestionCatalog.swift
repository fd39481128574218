import CarelogCore

// Questions to ask the care team, taken from the question lists of the five patient guides in shared/sources/.
// Reviewed against shared/sources: each `source` section is the exact heading line of the list (or passage) the
// question comes from. The question texts are the sources' own words, lightly shortened; where a guide words a
// question for a parent ("my child"), it is reworded to fit a patient or a parent, and where a source gives a list
// of things to ask for rather than questions (the ACS survivorship care plan), the item is put as a question.
// The sources give no thresholds here, so nothing in this file is `external`.
//
// `phase`: .onTreatment for treatment and side-effect questions, .followUp for follow-up, late-effect and
// survivorship questions, .any for general ones. `afterRules`: the rule ids (RuleCatalog) whose flags make the
// question a natural next step.

/// Questions to ask the care team, from the sources' question lists.
public enum QuestionCatalog {
  // MARK: - Sections cited

  private static let adultChoosingTreatment = Citation(
    .adultGuide, "Questions to ask about choosing a treatment and managing side effects")
  /// The heading has a no-break space after the comma, then a normal space, exactly as in the file.
  private static let adultHavingTreatment = Citation(
    .adultGuide, "Questions to ask about having chemotherapy,\u{00A0} targeted therapy, and radiation therapy")
  private static let adultFollowUp = Citation(.adultGuide, "Questions to ask about planning follow-up care")
  private static let adultTalkingSideEffects = Citation(
    .adultGuide, "Talking with your health care team about side effects")

  private static let childChoosingTreatment = Citation(
    .childhoodGuide, "Questions to ask about choosing a treatment and managing side effects")
  private static let childFollowUp = Citation(.childhoodGuide, "Questions to ask about planning follow-up care")

  private static let survivorCarePlan = Citation(.survivorship, "Ask your doctor for a survivorship care plan")
  private static let survivorLowerRisk = Citation(
    .survivorship, "Can I lower my risk of ALL progressing or coming back?")
  private static let survivorSupplements = Citation(.survivorship, "About dietary supplements")

  private static let clinicQuestions = Citation(.clevelandClinic, "What questions should I ask my healthcare provider?")

  // MARK: - Rules the questions follow

  /// Flags that mean "something may need the team soon": whom to call, and when.
  private static let callRules = [
    "fever-on-treatment", "fever-persists", "bleeding-or-bruising", "worsening-symptom", "symptom-persists-2-weeks",
    "relapse-sign-cluster", "baseline-symptom-returns",
  ]
  /// Flags about signs that may mean the leukemia is back: what to watch for.
  private static let recurrenceRules = [
    "symptom-persists-2-weeks", "relapse-sign-cluster", "baseline-symptom-returns", "weight-loss",
  ]
  /// Flags about infection and fever.
  private static let infectionRules = ["fever-on-treatment", "fever-persists", "frequent-infections"]

  // MARK: - Questions

  public static let questions: [Question] = [
    // MARK: - Side effects during treatment

    Question(
      "What are the possible side effects of this treatment, both in the short term and the long term?",
      phase: .onTreatment, afterRules: ["treatment-side-effect"], source: adultChoosingTreatment),
    Question(
      "What side effects can I expect during treatment?",
      phase: .onTreatment, afterRules: ["treatment-side-effect"], source: adultHavingTreatment),
    Question(
      "What can be done to relieve the side effects?",
      phase: .onTreatment, afterRules: ["treatment-side-effect", "worsening-symptom"], source: adultHavingTreatment),
    Question(
      "Which side effects are most likely?",
      phase: .onTreatment, afterRules: ["treatment-side-effect"], source: adultTalkingSideEffects),
    Question(
      "When are side effects likely to happen?",
      phase: .onTreatment, afterRules: ["treatment-side-effect"], source: adultTalkingSideEffects),
    Question(
      "What can we do to prevent or relieve side effects?",
      phase: .onTreatment, afterRules: ["treatment-side-effect", "worsening-symptom"], source: adultTalkingSideEffects),
    Question(
      "How much care may be needed at home and with daily tasks during and after treatment?",
      phase: .onTreatment, source: adultTalkingSideEffects),
    Question(
      "What are the possible long-term effects of having this treatment?",
      phase: .onTreatment, source: adultHavingTreatment),

    // MARK: - Infection, fever and whom to call

    Question(
      "What can I do to protect myself (or my child) from infection during and after treatment?",
      phase: .onTreatment, afterRules: infectionRules, source: childChoosingTreatment),
    Question(
      "When should I call the doctor or hospital if there is a problem at home?",
      phase: .onTreatment, afterRules: callRules, source: childChoosingTreatment),
    Question(
      "Whom should I call with questions or problems?",
      phase: .any, afterRules: callRules + ["frequent-infections"], source: adultChoosingTreatment),

    // MARK: - The treatment plan

    Question(
      "What is the goal of each treatment? Is it to eliminate the leukemia, manage the symptoms and side effects, "
        + "or both?",
      phase: .onTreatment, source: adultChoosingTreatment),
    Question("How long will treatment last?", phase: .onTreatment, source: adultChoosingTreatment),
    Question(
      "What are the chances initial treatment will put ALL into remission?",
      phase: .onTreatment, source: clinicQuestions),
    Question(
      "How will the treatment affect daily life? Will I (or my child) be able to work or go to school, exercise, "
        + "and do usual activities?",
      phase: .onTreatment, source: adultChoosingTreatment),
    Question(
      "Could this treatment affect the ability to become pregnant or have children? If so, should we talk with a "
        + "fertility specialist before treatment begins?",
      phase: .onTreatment, source: adultChoosingTreatment),
    Question(
      "Will I need to stay in the hospital at specific times during treatment?",
      phase: .onTreatment, source: adultHavingTreatment),

    // MARK: - Recurrence

    Question(
      "Should I watch for specific signs or symptoms?",
      phase: .any, afterRules: recurrenceRules, source: adultFollowUp),
    Question(
      "What is the chance that the ALL will come back?",
      phase: .followUp, afterRules: ["baseline-symptom-returns"], source: adultFollowUp),
    Question(
      "What are treatment options if ALL comes back after treatment?",
      phase: .followUp, source: clinicQuestions),
    Question(
      "Can I lower my risk of ALL progressing or coming back?",
      phase: .followUp, source: survivorLowerRisk),

    // MARK: - Follow-up care and late effects

    Question(
      "What long-term side effects or late effects are possible based on the treatment I received?",
      phase: .followUp, afterRules: ["late-effect"], source: adultFollowUp),
    Question(
      "Which late or long-term side effects of my treatment should I watch for, and when should I contact you?",
      phase: .followUp, afterRules: ["late-effect"], source: survivorCarePlan),
    Question(
      "What tests might I need in the future, such as screening for other cancers or tests for long-term effects "
        + "of treatment?",
      phase: .followUp, afterRules: ["late-effect"], source: survivorCarePlan),
    Question(
      "What follow-up tests will I need, and how often will I need them?",
      phase: .followUp, afterRules: ["follow-up-overdue"], source: adultFollowUp),
    Question(
      "What schedule do you suggest for follow-up exams and tests?",
      phase: .followUp, afterRules: ["follow-up-overdue"], source: survivorCarePlan),
    Question(
      "Are there blood tests or check-ups that can be done closer to home?",
      phase: .followUp, afterRules: ["follow-up-overdue"], source: childFollowUp),
    Question(
      "Who will be leading my follow-up care?",
      phase: .followUp, afterRules: ["follow-up-overdue"], source: adultFollowUp),
    Question(
      "How do I get a treatment summary and survivorship care plan to keep in my personal records?",
      phase: .followUp, afterRules: ["late-effect"], source: adultFollowUp),
    Question(
      "What diet and physical activity suggestions do you have?",
      phase: .followUp, source: survivorCarePlan),
    Question(
      "Is it safe to take this dietary supplement (vitamins, minerals or herbal products)?",
      phase: .followUp, source: survivorSupplements),
    Question(
      "What survivorship support services are available to me? To my family?",
      phase: .followUp, source: adultFollowUp),

    // MARK: - General

    Question("What support services are available to me? To my family?", phase: .any, source: adultChoosingTreatment),
    Question(
      "If I’m worried about managing the costs of cancer care, who can help me?",
      phase: .any, source: adultChoosingTreatment),
    Question("Are there clinical trials I should consider?", phase: .any, source: clinicQuestions),
    Question("Is there anything else I should be asking?", phase: .any, source: adultChoosingTreatment),
  ]
}
