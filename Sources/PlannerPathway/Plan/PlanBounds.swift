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
      let at = position(of: entry.key, in: profile)
      return Diagnostic(file: file, line: at.line, column: at.column, message: "\(entry.what): '\(entry.day)' is outside the dates planner can plan (\(PlannableDates.summary))")
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
      dated.append((key + ".booked", key + ".booked", record.booked))
      dated.append((key + ".ready_by", key + ".ready_by", record.readyBy))
      dated += record.attempts.map { (ProfileParser.attemptKey(exam, $0.date), key + " attempt", $0.date) }
    }
    for (id, day) in profile.done.sorted(by: { $0.key < $1.key }) { dated.append(("done:" + id, "done.\(id)", day)) }
    for task in profile.tasks {
      // Only dates that are there are described: a 50,000-task list is mostly undated.
      for (what, day) in [("not_before", task.notBefore), ("fixed", task.fixed), ("deadline", task.deadline), ("target", task.target)] where day != nil {
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
    // The applicant's own tasks are the only unbounded durations: an own task past the end is
    // blamed on itself. A road task past the end was pushed there by a date (a booking, an
    // attempt, graduation), never by an own task, which nothing on the road waits for: blame
    // the latest date, at its own line (issue 26, point 8; PlanBoundsTests).
    let isOwn = { (task: ScheduledTask) in profile.lines["task:" + task.id] != nil }
    if !tooLate.contains(where: { !isOwn($0) }), let own = tooLate.first, let line = profile.lines["task:" + own.id] {
      let message = "task \(YAMLText.quoted(own.id)) would end on \(own.lastDay), past the last day planner can plan (\(last)); shorten your own tasks or their chain"
      return .profile(DiagnosticError([Diagnostic(file: file, line: line, column: 1, message: "tasks: " + message)]))
    }
    guard let late = tooLate.first(where: { !isOwn($0) }) ?? tooLate.first else { return nil }
    let message = "task \(YAMLText.quoted(late.id)) would end on \(late.lastDay), past the last day planner can plan (\(last)); use earlier dates"
    guard let latest = dated(profile).filter({ !$0.key.hasPrefix("task:") }).max(by: { $0.day < $1.day }) else {
      return .profile(DiagnosticError([Diagnostic(file: file, line: 1, column: 1, message: message)]))
    }
    let at = position(of: latest.key, in: profile)
    return .profile(DiagnosticError([Diagnostic(file: file, line: at.line, column: at.column, message: "\(latest.what) '\(latest.day)': " + message)]))
  }

  /// Where a dated value was written: its own line and column when the parser kept them, else
  /// its section's line (`exams`), else the first line.
  static func position(of key: String, in profile: Profile) -> (line: Int, column: Int) {
    if let line = profile.lines[key] { return (line, profile.columns[key] ?? 1) }
    let section = String(key.prefix { $0 != "." && $0 != ":" })
    return (profile.lines[section] ?? 1, 1)
  }
}
