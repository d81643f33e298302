import PlannerCore
import PlannerRules

/// Keeps every plan inside `PlannableDates`: the profile's own dates (from the file or merged in
/// from the journal), and the dates the schedule computes from them, which long chains of the
/// applicant's own tasks could push past any calendar.
enum PlanBounds {
  /// Each date of the profile outside the range, at the line it came from.
  static func profileDates(_ profile: Profile, file: String) -> [Diagnostic] {
    dated(profile).compactMap { entry in
      guard !PlannableDates.contains(entry.day) else { return nil }
      return Diagnostic(file: file, line: profile.lines[entry.key] ?? 1, column: 1, message: "\(entry.what): '\(entry.day)' is outside the dates planner can plan (\(PlannableDates.summary))")
    }
  }

  /// Every date in the profile: the line key it came from, its name in messages, the day.
  static func dated(_ profile: Profile) -> [(key: String, what: String, day: Day)] {
    var dated: [(key: String, what: String, day: Day?)] = [
      ("graduation", "graduation", profile.graduation),
      ("step2cs_pass", "step2cs_pass", profile.legacyCSPass),
      ("pathway", "pathway.applied", profile.pathwayApplied),
      ("pathway", "pathway.accepted", profile.pathwayAccepted),
    ]
    for (exam, record) in profile.exams.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      let key = "exams.\(exam.rawValue)"
      dated.append(("exams", key + ".booked", record.booked))
      dated.append(("exams", key + ".ready_by", record.readyBy))
      dated += record.attempts.map { ("exams", key + " attempt", $0.date) }
    }
    for (id, day) in profile.done.sorted(by: { $0.key < $1.key }) { dated.append(("done:" + id, "done.\(id)", day)) }
    for task in profile.tasks {
      for (what, day) in [("not_before", task.notBefore), ("fixed", task.fixed), ("deadline", task.deadline), ("target", task.target)] {
        dated.append(("task:" + task.id, "task \(YAMLText.quoted(task.id)) \(what)", day))
      }
    }
    return dated.compactMap { entry in entry.day.map { (entry.key, entry.what, $0) } }
  }

  /// The first task the schedule puts past the range's last day, as a profile error at the
  /// applicant's task that causes it (or at the task list), else as a planning error.
  static func check(_ schedule: Schedule, profile: Profile, file: String) -> PlanningError? {
    let last = PlannableDates.range.upperBound
    let tooLate = schedule.tasks.filter { $0.lastDay > last }
    // The applicant's own tasks are the only unbounded durations: point at the first one past
    // the end, else at the task list.
    guard let late = tooLate.first(where: { profile.lines["task:" + $0.id] != nil }) ?? tooLate.first else { return nil }
    let message = "task \(YAMLText.quoted(late.id)) would end on \(late.lastDay), past the last day planner can plan (\(last)); shorten your own tasks or their chain"
    if let line = profile.lines["task:" + late.id] ?? profile.lines["tasks"] {
      return .profile(DiagnosticError([Diagnostic(file: file, line: line, column: 1, message: "tasks: " + message)]))
    }
    // Otherwise the latest date in the profile leaves too little room: point at it.
    let message2 = "task \(YAMLText.quoted(late.id)) would end on \(late.lastDay), past the last day planner can plan (\(last)); use earlier dates"
    guard let latest = dated(profile).max(by: { $0.day < $1.day }) else {
      return .profile(DiagnosticError([Diagnostic(file: file, line: 1, column: 1, message: message2)]))
    }
    return .profile(DiagnosticError([Diagnostic(file: file, line: profile.lines[latest.key] ?? 1, column: 1, message: "\(latest.what) '\(latest.day)': " + message2)]))
  }
}
