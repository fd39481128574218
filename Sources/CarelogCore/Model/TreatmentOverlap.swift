/// A second course of the same treatment may follow the first, never overlap it: overlapping courses would be
/// one course typed twice (`6-MP`, then `mercaptopurine`), and would count its side effects twice.
public enum TreatmentOverlap {
  /// Refuses `new` when a course of the same agent in `existing` shares a day with it. A course with no start
  /// began at an unknown time, and one with no end is ongoing, so both reach as far as they could.
  public static func check(_ new: Treatment, against existing: [Treatment], today: LocalDate) throws {
    guard let clash = existing.first(where: { $0.agent == new.agent && overlaps($0, new) }) else { return }
    let from = clash.from?.description ?? "an unknown day"
    let to = clash.to.map { "to \($0)" } ?? "and still going on"
    var message = "\(clash.label) is already recorded from \(from) \(to), and this course overlaps it, "
    message += "so nothing was added (the same treatment under another name counts too). "
    // A later start is advised only when carelog would take it: not in the future, clear of every course.
    let later = clash.to.map { Treatment(profileID: new.profileID, agent: new.agent, from: $0.adding(days: 1), to: nil, note: nil) }
    if let later, let start = later.from, start <= today,
      !existing.contains(where: { $0.agent == new.agent && overlaps($0, later) }) {
      message += "If this is a later course, start it after the first one, for example: "
      message += "carelog treatment add \(new.agent) --from \(start)"
    } else {
      message += "See the treatments with: carelog treatment list"
    }
    throw CarelogError.badData(message)
  }

  private static func overlaps(_ a: Treatment, _ b: Treatment) -> Bool {
    let (aStart, bStart) = (a.from?.dayNumber ?? Int.min, b.from?.dayNumber ?? Int.min)
    let (aEnd, bEnd) = (a.to?.dayNumber ?? Int.max, b.to?.dayNumber ?? Int.max)
    return aStart <= bEnd && bStart <= aEnd
  }
}
