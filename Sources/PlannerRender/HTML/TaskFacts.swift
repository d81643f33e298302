public import PlannerCore
public import PlannerPathway

/// What every output says about one task, worded once: status, float, why it sits where it does.
public struct TaskFacts: Sendable {
  public var task: ScheduledTask
  public var status: TaskStatus
  public var why: String
  /// The task's room: its latest safe start, the same value the terminal and `planner next` show.
  public var latest: LatestSafeStart?

  public init(_ t: ScheduledTask, in s: Schedule) {
    task = t
    status = TaskStatus(t, in: s)
    why = Explain.driver(t, in: s)
    latest = LatestSafeStart(t, in: s)
  }

  /// With the plan's overdue work, as every plan output shows it.
  public init(_ t: ScheduledTask, in r: PlanResult) {
    self.init(t, in: r.schedule)
    status = TaskStatus(t, in: r)
    if let late = r.overdue[t.id], case .shouldHaveStarted = status { why = "overdue: " + late.reason }
  }

  /// Days to the latest safe start, or nil for a task that is done (it has no room to slip any more).
  public var floatDays: Int? { latest?.float }

  /// The short text at the end of a chart row: "done", "+85d", "0d", "late".
  public var floatLabel: String {
    guard let latest else { return "done" }
    if status == .late { return "late" }
    return latest.floatLabel
  }

  /// The tooltip: name, dates, float and the reason, one fact a line.
  public var tooltip: String {
    let t = task
    var lines = ["\(t.task.name) (\(t.id))"]
    if !t.task.dateKnown {
      lines.append("Done, date not given")
    } else if t.task.isMilestone {
      lines.append("\(t.start) (milestone)")
    } else {
      lines.append("\(t.start) → \(t.lastDay), \(Explain.days(t.task.duration))")
    }
    lines.append("Status: \(status.word)" + (t.critical ? ", on the deciding chain" : ""))
    if let latest {
      let f = latest.float
      var line = f >= 0 ? "You can start as late as \(latest.day) (\(Explain.days(f)) to spare)" : "Latest safe start: \(latest.day) — already \(Explain.days(-f)) late"
      if let p = latest.protects { line += ", before \(p.what) (\(p.date), \(p.kind == .hard ? "hard" : "soft"))" }
      lines.append(line)
    }
    lines.append("Why here: \(why)")
    if let d = t.task.deadline { lines.append("Deadline: \(d)") }
    if let d = t.task.target {
      lines.append("Target: \(d)" + (t.targetFloat.map { $0 >= 0 ? ", \(Explain.days($0)) to spare" : ", \(Explain.days(-$0)) late" } ?? ""))
    }
    if t.task.provenance.estimated { lines.append("≈ rests on an estimated date or duration") }
    if !t.task.provenance.note.isEmpty { lines.append(t.task.provenance.note) }
    return lines.joined(separator: "\n")
  }
}
