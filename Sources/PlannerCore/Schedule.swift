/// What fixes a task's early start.
public enum StartDriver: Hashable, Sendable {
  /// Nothing earlier than today can be planned.
  case today
  /// A window opens on this day.
  case notBefore(Day)
  /// Booked or done on a fixed date.
  case fixed
  /// A predecessor (through a dependency with this lag).
  case predecessor(String, lag: Int, kind: Dependency.Kind)
  /// The applicant is busy with another preparation block until then.
  case applicantBusy(String)
  /// The day it was ready to start is in one of its start blackouts; this is the first day after.
  case blackout(Day)
  /// The applicant is away (or has no time for it) on the day it was ready to start; this is
  /// the first day they can (`TaskGraph.availability`, issue 23).
  case unavailable(Day)

  /// The id of the task this one waits for, if any.
  public var predecessorID: String? {
    switch self {
    case .predecessor(let id, _, _), .applicantBusy(let id): return id
    default: return nil
    }
  }
}

/// What bounds a task's late finish: the gate its room runs out against, found by following the
/// successors that set each late finish (the same walk `BindingConstraint` makes for the plan).
public struct LateLimit: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    /// A hard deadline of `taskID` (the task itself or one it feeds).
    case deadline
    /// A soft target of `taskID`: only in the pass that bounds by targets.
    case target
    /// The fixed (booked, or set by the cycle) date of `taskID`.
    case fixedDate
    /// Nothing: the plan's own end.
    case projectFinish
  }

  public var kind: Kind
  /// The task whose deadline, target or fixed date it is (nil for the plan's end).
  public var taskID: String?
  /// The inclusive day of the gate (the plan's last day for `projectFinish`).
  public var day: Day

  public init(kind: Kind, taskID: String?, day: Day) {
    self.kind = kind
    self.taskID = taskID
    self.day = day
  }

  /// Whether missing it loses something hard (a deadline or a fixed date), not a soft target.
  public var isHard: Bool { kind == .deadline || kind == .fixedDate }
}

/// One task with its computed dates and floats. Finishes are exclusive internally;
/// `lastDay` and `lateLastDay` are the inclusive days people read.
public struct ScheduledTask: Hashable, Sendable {
  public var task: PlanTask
  public var earlyStart: Day
  /// Exclusive: the day after the last day (equal to the start for a milestone).
  public var earlyFinish: Day
  public var lateStart: Day
  public var lateFinish: Day
  public var totalFloat: Int
  public var freeFloat: Int
  /// The room before a soft target downstream makes it late, when that is less than `totalFloat`
  /// (nil otherwise, and for done tasks).
  public var targetFloat: Int?
  /// What sets `lateFinish`: the hard gate (deadline or fixed date) it protects, or the plan's end.
  public var lateLimit: LateLimit
  /// The latest start that moves neither a hard gate nor a soft target downstream (equal to
  /// `lateStart` when no target is tighter), and the gate or target it protects.
  public var safeStart: Day
  public var safeLimit: LateLimit
  /// On a path with the least total float in the plan.
  public var critical: Bool
  public var driver: StartDriver

  public var id: String { task.id }
  public var start: Day { earlyStart }
  /// The inclusive last day of the task (the start day for a milestone).
  public var lastDay: Day { task.duration == 0 ? earlyFinish : earlyFinish - 1 }
  public var lateLastDay: Day { task.duration == 0 ? lateFinish : lateFinish - 1 }
  /// The inclusive last day if it starts on its safe start (never after `lateLastDay`: a period
  /// is cut short at what it serves): where a chart's float marks end.
  public var safeLastDay: Day { task.duration == 0 ? safeStart : min(lateLastDay, safeStart + task.duration - 1) }
  /// The float people are shown: none for a done task (history has no room to slip).
  public var float: Int? { task.state == .done ? nil : totalFloat }
}

/// A hard deadline or a fixed date that the schedule cannot honour.
public struct ConstraintViolation: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    /// The task's last day falls after its hard deadline.
    case deadline
    /// A fixed (booked) date comes before its prerequisites allow.
    case fixedTooEarly
  }

  public var kind: Kind
  public var taskID: String
  /// The deadline, or the booked date.
  public var limit: Day
  /// The planned last day, or the earliest start the prerequisites allow.
  public var actual: Day
  public var daysOver: Int { actual - limit }
}

/// A soft target that the plan misses.
public struct TargetMiss: Hashable, Sendable {
  public var taskID: String
  public var target: Day
  public var lastDay: Day
  public var daysLate: Int { lastDay - target }
}

/// The constraint that leaves the plan the least room.
public struct BindingConstraint: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// The task's own hard deadline.
    case deadline(Day)
    /// A booked or fixed date that everything before it must fit in front of.
    case fixedDate(Day)
    /// Nothing but the plan's own end.
    case projectFinish
  }

  public var taskID: String
  public var kind: Kind
  /// Days of room left before the constraint (negative when it is broken).
  public var slack: Int
}

/// The scheduler's result: every task's dates and floats, the critical path and the verdict inputs.
public struct Schedule: Hashable, Sendable {
  public var today: Day
  /// In the graph's input order.
  public var tasks: [ScheduledTask]
  /// The exclusive finish of the whole plan.
  public var projectFinish: Day
  public var minTotalFloat: Int
  /// Task ids from the first driver to the binding task.
  public var criticalPath: [String]
  public var binding: BindingConstraint?
  public var violations: [ConstraintViolation] {
    didSet { violatedIDs = Set(violations.map(\.taskID)) }
  }
  public var targetMisses: [TargetMiss]
  /// The order the scheduler placed the applicant's preparation blocks in.
  public var applicantSequence: [String]
  private let indexByID: [String: Int]
  private var violatedIDs: Set<String>

  public init(
    today: Day, tasks: [ScheduledTask], projectFinish: Day, minTotalFloat: Int,
    criticalPath: [String], binding: BindingConstraint?, violations: [ConstraintViolation],
    targetMisses: [TargetMiss], applicantSequence: [String]
  ) {
    var map: [String: Int] = [:]
    for (i, t) in tasks.enumerated() { map[t.id] = i }
    self.init(
      today: today, tasks: tasks, indexByID: map, projectFinish: projectFinish, minTotalFloat: minTotalFloat, criticalPath: criticalPath,
      binding: binding, violations: violations, targetMisses: targetMisses, applicantSequence: applicantSequence)
  }

  /// For the scheduler, which already holds the id → position map (its ids are unique).
  init(
    today: Day, tasks: [ScheduledTask], indexByID: [String: Int], projectFinish: Day, minTotalFloat: Int,
    criticalPath: [String], binding: BindingConstraint?, violations: [ConstraintViolation],
    targetMisses: [TargetMiss], applicantSequence: [String]
  ) {
    self.today = today
    self.tasks = tasks
    self.projectFinish = projectFinish
    self.minTotalFloat = minTotalFloat
    self.criticalPath = criticalPath
    self.binding = binding
    self.violations = violations
    self.targetMisses = targetMisses
    self.applicantSequence = applicantSequence
    self.indexByID = indexByID
    violatedIDs = Set(violations.map(\.taskID))
  }

  /// Whether a hard deadline or booking of this task is broken (constant time, for outputs that
  /// ask for every task).
  public func isViolated(_ id: String) -> Bool { violatedIDs.contains(id) }

  public var isFeasible: Bool { violations.isEmpty }

  public func task(_ id: String) -> ScheduledTask? {
    guard let index = indexByID[id] else { return nil }
    return tasks[index]
  }
}
