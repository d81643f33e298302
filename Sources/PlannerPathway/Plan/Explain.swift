public import PlannerCore

/// Plain-words explanations of scheduler facts, shared by every output.
public enum Explain {
  public static func driver(_ task: ScheduledTask, in schedule: Schedule) -> String {
    switch task.driver {
    case .today: return "can start today"
    case .notBefore(let day): return "window opens \(day)"
    case .blackout(let day): return "no testing before \(day) (January testing break)"
    case .unavailable(let day): return "you are busy until \(day) (your busy calendar)"
    case .fixed:
      if task.task.provenance.sources.first == PathwayBuilder.keptStartSource { return "under way since \(task.start), as the saved plan started it" }
      return task.task.state == .done ? "done" : "booked or fixed for \(task.start)"
    case .predecessor(let id, let lag, let kind):
      let name = schedule.task(id)?.task.name ?? id
      let relation = kind == .finishToStart ? "after" : "after the start of"
      if lag < 0 {
        // Placed ahead of what it leads up to (a study block ending when the permit arrives).
        return "\(-lag) days before \(kind == .finishToStart ? "the end" : "the start") of \(name)"
      }
      return lag == 0 ? "\(relation) \(name)" : "\(lag) days \(relation) \(name)"
    case .applicantBusy(let id):
      return "after you finish \(schedule.task(id)?.task.name ?? id) (one study block at a time)"
    }
  }

  public static func violation(_ v: ConstraintViolation, in schedule: Schedule) -> String {
    let name = schedule.task(v.taskID)?.task.name ?? v.taskID
    switch v.kind {
    case .deadline:
      return "\(name) lands \(v.actual), \(days(v.daysOver)) after its deadline \(v.limit)"
    case .fixedTooEarly:
      return "\(name) is fixed for \(v.limit), but what comes before it cannot be ready until \(v.actual) (\(days(v.daysOver)) late)"
    }
  }

  public static func binding(_ b: BindingConstraint, in schedule: Schedule) -> String {
    let name = schedule.task(b.taskID)?.task.name ?? b.taskID
    switch b.kind {
    case .deadline(let day): return "\(name) by \(day)"
    case .fixedDate(let day): return "\(name) on \(day)"
    case .projectFinish: return "the end of the plan (\(name))"
    }
  }

  public static func days(_ n: Int) -> String { abs(n) == 1 ? "\(n) day" : "\(n) days" }
}
