public import PlannerCore

/// What is known of a task's progress, as a code; PlannerRender words it (`TaskStatus.word`).
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
