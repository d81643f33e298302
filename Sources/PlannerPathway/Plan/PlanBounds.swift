import PlannerCore

/// Keeps every plan inside `PlannableDates`: the profile's own dates (from the file or merged in
/// from the journal), and the dates the schedule computes from them, which long chains of the
/// applicant's own tasks could push past any calendar.
enum PlanBounds {
  /// Each date of the profile outside the range, at the line it came from.
  static func profileDates(_ profile: Profile, file: String) -> [ProfileDiagnostic] {
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
        dated.append(("task:" + task.id, "task \(ProfileText.quoted(task.id)) \(what)", day))
      }
    }
    return dated.compactMap { entry in
      guard let day = entry.day, !PlannableDates.contains(day) else { return nil }
      return ProfileDiagnostic(file: file, line: profile.lines[entry.key] ?? 1, column: 1, message: "\(entry.what): '\(day)' is outside the dates planner can plan (\(PlannableDates.summary))")
    }
  }

  /// The first task the schedule puts past the range's last day, as a profile error at the
  /// applicant's task that causes it (or at the task list), else as a planning error.
  static func check(_ schedule: Schedule, profile: Profile, file: String) -> PlanningError? {
    let last = PlannableDates.range.upperBound
    guard let late = schedule.tasks.first(where: { $0.lastDay > last }) else { return nil }
    let message = "the plan would run to \(late.lastDay) (\(TerminalText.sanitize(late.task.name, keepingNewlines: false))), past the last day planner can plan (\(last)); shorten your own tasks or their chain"
    // The applicant's own tasks are the only unbounded durations: point at the latest one.
    let own = schedule.tasks.filter { profile.lines["task:" + $0.id] != nil }.max { ($0.lastDay, $1.id) < ($1.lastDay, $0.id) }
    if let line = own.flatMap({ profile.lines["task:" + $0.id] }) ?? profile.lines["tasks"] {
      return .profile(ProfileError([ProfileDiagnostic(file: file, line: line, column: 1, message: "tasks: " + message)]))
    }
    return .schedule(message)
  }
}
