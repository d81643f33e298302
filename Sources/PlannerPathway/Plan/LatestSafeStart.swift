public import PlannerCore

/// The last day a task can start without moving a hard gate or a soft target downstream, and the
/// gate or target it protects. The one definition of "room" every view shows: the plan's JSON
/// (`latestSafeStart`, `latestSafeStartProtects`), the table, the Gantt float column, the HTML
/// report, `planner next` and the calendar's "Latest safe start" reminders
/// (`OneMeaningOfRoomTests` checks they agree).
///
/// It is the scheduler's late start against both deadlines and targets (`ScheduledTask.safeStart`):
/// the hard-only `lateStart` stays in JSON beside it, and `protects.isHard` says which kind binds.
public struct LatestSafeStart: Hashable, Sendable {
  /// The gate or target whose date a later start would move.
  public struct Protected: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
      /// A hard deadline or a date fixed by the cycle: missing it loses the Match year or the start.
      case hard
      /// A soft target: missing it costs (programs already reviewing, a late fee), not the year.
      case soft
    }

    /// The task that carries the gate (the task itself, or one it feeds).
    public var taskID: String
    public var date: Day
    public var kind: Kind
    /// The gate's words from the task catalogue (`PathwayTask.gate` / `.target`), as a clause:
    /// "ECFMG must verify your exams".
    public var what: String
  }

  public var day: Day
  /// Days between the planned start and `day` (negative: that many days too late already).
  public var float: Int
  /// Nil when nothing downstream bounds the task but the plan's own end.
  public var protects: Protected?

  /// The latest safe start of a task still to do (nil for done work: history has no room).
  public init?(_ t: ScheduledTask, in schedule: Schedule) {
    guard t.task.state != .done else { return nil }
    day = t.safeStart
    float = t.safeStart - t.start
    let limit = t.safeLimit
    guard limit.kind != .projectFinish, let id = limit.taskID, let gate = schedule.task(id) else {
      protects = nil
      return
    }
    let kind: GateRoom.Kind = limit.kind == .target ? .target : limit.kind == .deadline ? .deadline : .fixed
    protects = Protected(taskID: id, date: limit.day, kind: limit.isHard ? .hard : .soft, what: Margin.what(gate, kind: kind))
  }

  /// "; you can start as late as 2027-02-10 (65 days to spare)", or that there is no room left.
  public var clause: String {
    float <= 0 ? "; no room: start now" : "; you can start as late as \(day) (\(Explain.days(float)) to spare)"
  }

  /// The spare column of the table and the Gantt: "+65d", whether a deadline or a soft target
  /// sets it (`protects` says which; the legend says both count).
  public var floatLabel: String {
    float >= 0 ? "+\(float)d" : "\(float)d"
  }
}
