public import PlannerCore

/// The parts of a plan that a later plan is compared with: kept beside the journal as the plan's
/// JSON (`me.plan.json`) and read back from it, or taken from a fresh `PlanResult`.
public struct PlanSnapshot: Hashable, Sendable {
  public struct Task: Hashable, Sendable {
    public var id: String
    public var name: String
    public var start: Day
    /// Inclusive last day.
    public var finish: Day
    public var totalFloat: Int
    public var status: String

    public init(id: String, name: String, start: Day, finish: Day, totalFloat: Int, status: String) {
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
      tasks: s.tasks.map { Task(id: $0.id, name: $0.task.name, start: $0.start, finish: $0.lastDay, totalFloat: $0.float ?? 0, status: TaskStatus($0, in: s).rawValue) },
      targetMisses: Dictionary(s.targetMisses.map { ($0.taskID, $0.daysLate) }, uniquingKeysWith: max))
  }

  public func task(_ id: String) -> Task? { tasks.first { $0.id == id } }
}
