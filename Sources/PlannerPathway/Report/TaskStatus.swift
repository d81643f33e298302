public import PlannerCore

/// What is known of a task's progress: a code, and the word every text output shows (`word`).
///
/// A status says only what was recorded or what the rules imply (issue 20, "Honest status";
/// tests `HonestStatusTests`): nothing records that work has begun, so planned work is never
/// "in progress"; work whose planned start has passed with nothing recorded "should have started"
/// on that day (the saved plan's day where there is one, `OverdueWork`).
public enum TaskStatus: Hashable, Sendable {
  case done
  /// Done on a day the profile does not give: the plan shows no date for it.
  case doneUndated
  case booked
  case late
  /// Only read back from saved plans written before this rule (`init(code:start:)`).
  case inProgress
  case planned
  /// Its planned start has passed with nothing recorded (`OverdueWork`): the day it should have started.
  case shouldHaveStarted(Day)

  /// The status with the plan's overdue work: what every plan output shows.
  public init(_ task: ScheduledTask, in r: PlanResult) {
    let plain = TaskStatus(task, in: r.schedule)
    guard let late = r.overdue[task.id] else {
      self = plain
      return
    }
    // A passed booking with no result is modelled as taken; it is still overdue to record.
    self = plain == .planned || (plain == .done && late.basis == .bookedExam) ? .shouldHaveStarted(late.since) : plain
  }

  /// The status from the schedule alone: recorded facts, the rules' verdict on dates, else planned.
  public init(_ task: ScheduledTask, in schedule: Schedule) {
    if task.task.state == .done {
      self = task.task.dateKnown ? .done : .doneUndated
    } else if schedule.isViolated(task.id) {
      self = .late
    } else if task.task.state == .booked {
      self = .booked
    } else {
      self = .planned
    }
  }

  /// The code JSON and the saved plan (`me.plan.json`) carry. Kept as the strings planner has
  /// always written, so that saved plans of earlier versions still load (`init(code:start:)`).
  public var code: String {
    switch self {
    case .done: return "done"
    case .doneUndated: return "done (date not given)"
    case .booked: return "booked"
    case .late: return "late"
    case .inProgress: return "in progress"
    case .planned: return "planned"
    case .shouldHaveStarted: return "overdue"
    }
  }

  /// The words text outputs show: "should have started 2026-12-17".
  public var word: String {
    switch self {
    case .shouldHaveStarted(let day): return "should have started \(day)"
    default: return code
    }
  }

  /// Reads a code back; `start` dates an "overdue" code (the task's planned start). nil for a code
  /// planner never wrote.
  public init?(code: String, start: Day?) {
    switch code {
    case "done": self = .done
    case "done (date not given)": self = .doneUndated
    case "booked": self = .booked
    case "late": self = .late
    case "in progress": self = .inProgress
    case "planned": self = .planned
    case "overdue":
      guard let start else { return nil }
      self = .shouldHaveStarted(start)
    default: return nil
    }
  }

  public var isDone: Bool { self == .done || self == .doneUndated }
}

/// Plain-words explanations of scheduler facts, shared by every output.
public enum Explain {
  public static func driver(_ task: ScheduledTask, in schedule: Schedule) -> String {
    switch task.driver {
    case .today: return "can start today"
    case .notBefore(let day): return "window opens \(day)"
    case .blackout(let day): return "no testing before \(day) (January testing break)"
    case .fixed:
      if task.task.provenance.sources.first == PathwayBuilder.keptStartSource { return "under way since \(task.start), as the saved plan started it" }
      return task.task.state == .done ? "done" : "booked or fixed for \(task.start)"
    case .predecessor(let id, let lag, let kind):
      let name = schedule.task(id)?.task.name ?? id
      let relation = kind == .finishToStart ? "after" : "after the start of"
      if lag < 0 {
        // Placed ahead of what it leads up to (a study block ending when the permit arrives).
        return "\(-lag) days before \(kind == .finishToStart ? "the end" : "the start") of \(name) (\(id))"
      }
      return lag == 0 ? "\(relation) \(name) (\(id))" : "\(lag) days \(relation) \(name) (\(id))"
    case .applicantBusy(let id):
      return "after you finish \(schedule.task(id)?.task.name ?? id) (one study block at a time)"
    }
  }

  public static func violation(_ v: ConstraintViolation, in schedule: Schedule) -> String {
    let name = schedule.task(v.taskID)?.task.name ?? v.taskID
    switch v.kind {
    case .deadline:
      return "\(name) (\(v.taskID)) lands \(v.actual), \(days(v.daysOver)) after its deadline \(v.limit)"
    case .fixedTooEarly:
      return "\(name) (\(v.taskID)) is fixed for \(v.limit), but what comes before it cannot be ready until \(v.actual) (\(days(v.daysOver)) late)"
    }
  }

  public static func binding(_ b: BindingConstraint, in schedule: Schedule) -> String {
    let name = schedule.task(b.taskID)?.task.name ?? b.taskID
    switch b.kind {
    case .deadline(let day): return "\(name) by \(day) (\(b.taskID))"
    case .fixedDate(let day): return "\(name) on \(day) (\(b.taskID))"
    case .projectFinish: return "the end of the plan (\(b.taskID))"
    }
  }

  public static func days(_ n: Int) -> String { abs(n) == 1 ? "\(n) day" : "\(n) days" }
}
