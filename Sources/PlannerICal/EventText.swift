import PlannerCore

/// The words of a task's event: a summary readable at a glance in a month view, and a
/// description that says why the task sits on this date and how much room it has.
struct EventText {
  var summary: String
  var description: String

  init(scheduled: ScheduledTask, schedule: Schedule) {
    let task = scheduled.task
    // An exam reads better as "Exam:" even when it also has a hard deadline.
    var prefix = ""
    if task.kind.contains(.exam) {
      prefix = "Exam: "
    } else if task.fixedStart != nil && task.deadline == task.fixedStart {
      // Only a deadline fixed on its own date is one; a task with a deadline is the planned
      // action, and its deadline has an event of its own on that date.
      prefix = "Deadline: "
    }
    summary = prefix + task.name + (task.provenance.estimated ? " (estimated)" : "")

    var lines: [String] = []
    lines.append(EventText.dates(scheduled))
    lines.append("Why this date: " + EventText.reason(scheduled, in: schedule))
    func days(_ n: Int) -> String { abs(n) == 1 ? "\(n) day" : "\(n) days" }
    if let float = scheduled.float {
      if float < 0 {
        lines.append("Days to spare: none, \(days(-float)) late: the plan is late here.")
      } else {
        lines.append("Days to spare: \(days(float)) before it moves a later deadline or the plan's end.")
      }
      if let target = scheduled.targetFloat {
        lines.append("Against the soft target downstream: \(days(target))" + (target < 0 ? " (already late for it)." : " before it is late for it."))
      }
    }
    lines.append(scheduled.critical ? "Critical: yes, on the chain of tasks with the fewest days to spare." : "Critical: no.")
    if let deadline = task.deadline { lines.append("Hard deadline: \(deadline).") }
    if let target = task.target, task.state != .done {
      // The soft target's own event is gone by default (issue 24, part 3): its verdict is here.
      let room = target - scheduled.lastDay
      let verdict = room >= 0 ? "the plan meets it with \(days(room)) to spare" : "the plan misses it by \(days(-room))"
      lines.append("Target: \(target) (soft: missing it costs, but does not end the plan); \(verdict).")
    } else if let target = task.target {
      lines.append("Target: \(target).")
    }
    for violation in schedule.violations where violation.taskID == task.id {
      switch violation.kind {
      case .deadline:
        lines.append("Warning: misses its deadline \(violation.limit) by \(violation.daysOver) days.")
      case .fixedTooEarly:
        lines.append("Warning: booked on \(violation.limit), before its prerequisites allow (\(violation.actual)).")
      }
    }
    lines.append(Self.basis(task.provenance))
    if !task.provenance.note.isEmpty { lines.append(task.provenance.note) }
    if !task.provenance.sources.isEmpty {
      lines.append("Sources:")
      lines.append(contentsOf: task.provenance.sources)
    }
    description = lines.joined(separator: "\n")
  }

  /// "Official" only when every value behind the task is marked official in the rules pack;
  /// never on the applicant's own tasks, dates or lengths (issue 24, part 3; OfficialLabelTests).
  static func basis(_ provenance: Provenance) -> String {
    if provenance.estimated { return "Estimated: projected from past cycles, not yet published. Check the sources." }
    switch provenance.basis {
    case .official: return "Official: from published dates and rules."
    case .thirdParty: return "Third-party: from sources that are not official (likely, not authoritative). Check the sources."
    case .applicant: return "Yours: from your profile, not from a published source."
    }
  }

  private static func dates(_ scheduled: ScheduledTask) -> String {
    let duration = scheduled.task.duration
    if duration <= 1 { return "Date: \(scheduled.start)." }
    return "Dates: \(scheduled.start) to \(scheduled.lastDay) (\(duration) days)."
  }

  private static func reason(_ scheduled: ScheduledTask, in schedule: Schedule) -> String {
    func name(_ id: String) -> String { "\"\(schedule.task(id)?.task.name ?? id)\"" }
    switch scheduled.driver {
    case .today:
      return "as early as possible; nothing before it holds it back."
    case .notBefore(let day):
      return "its window opens on \(day)."
    case .blackout(let day):
      return "it cannot start in a blackout (no testing before \(day))."
    case .unavailable(let day):
      return "you are busy before \(day) (your busy calendar)."
    case .fixed:
      switch scheduled.task.state {
      case .done: return "done on this date."
      case .booked: return "booked for this date."
      case .planned: return "fixed on this date."
      }
    case .predecessor(let id, let lag, let kind):
      let event = kind == .finishToStart ? "finishes" : "starts"
      let days = abs(lag) == 1 ? "day" : "days"
      if lag == 0 { return "starts when \(name(id)) \(event)." }
      if lag > 0 { return "starts \(lag) \(days) after \(name(id)) \(event)." }
      return "starts \(-lag) \(days) before \(name(id)) \(event)."
    case .applicantBusy(let id):
      return "starts when you finish \(name(id)) (one preparation block at a time)."
    }
  }
}
