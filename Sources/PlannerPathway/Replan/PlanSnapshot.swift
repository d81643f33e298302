public import PlannerCore

/// The parts of a plan that a later plan is compared with: kept beside the journal as the plan's
/// JSON (`me.plan.json`) and read back from it, or taken from a fresh `PlanResult`.
public struct PlanSnapshot: Hashable, Sendable {
  public struct Task: Hashable, Sendable {
    public var id: String
    public var name: String
    /// nil for a task done on a day nobody gave (`PlanTask.dateKnown`): no date is made up for it.
    public var start: Day?
    /// Inclusive last day; nil when `start` is.
    public var finish: Day?
    public var totalFloat: Int
    public var status: TaskStatus

    public init(id: String, name: String, start: Day?, finish: Day?, totalFloat: Int, status: TaskStatus) {
      self.id = id
      self.name = name
      self.start = start
      self.finish = finish
      self.totalFloat = totalFloat
      self.status = status
    }
  }

  public var matchYear: Int
  public var today: Day
  public var feasible: Bool
  public var slack: Int
  public var earliestFeasibleMatchYear: Int?
  public var tasks: [Task]
  /// Task id → days late, for soft targets (ERAS review date) the plan misses.
  public var targetMisses: [String: Int]

  public init(matchYear: Int, today: Day, feasible: Bool, slack: Int, earliestFeasibleMatchYear: Int?, tasks: [Task], targetMisses: [String: Int]) {
    self.matchYear = matchYear
    self.today = today
    self.feasible = feasible
    self.slack = slack
    self.earliestFeasibleMatchYear = earliestFeasibleMatchYear
    self.tasks = tasks
    self.targetMisses = targetMisses
  }

  public init(_ r: PlanResult) {
    let s = r.schedule
    self.init(
      matchYear: r.matchYear, today: r.today, feasible: r.feasible, slack: r.slack, earliestFeasibleMatchYear: r.earliestFeasibleMatchYear,
      tasks: s.tasks.map {
        Task(id: $0.id, name: $0.task.name, start: $0.task.dateKnown ? $0.start : nil, finish: $0.task.dateKnown ? $0.lastDay : nil, totalFloat: $0.float ?? 0, status: TaskStatus($0, in: r))
      },
      targetMisses: Dictionary(s.targetMisses.map { ($0.taskID, $0.daysLate) }, uniquingKeysWith: max))
  }

  public func task(_ id: String) -> Task? { tasks.first { $0.id == id } }

  /// The study blocks this plan started on a day now passed, with their exam still to sit: a later
  /// plan keeps those starts (`Profile.keptStudyStarts`) instead of starting them again today
  /// (issue 20, "a study block keeps its saved start"; HonestStatusTests).
  public func keptStudyStarts(today: Day) -> [String: Day] {
    var kept: [String: Day] = [:]
    for t in tasks where !t.status.isDone && PathwayTasks.task(t.id)?.chain?.part == .prep {
      if let start = t.start, start < today { kept[t.id] = start }
    }
    return kept
  }
}
