public import PlannerCore

/// One complete plan for one Match year: the schedule and everything said about it.
public struct PlanResult: Sendable {
  public var matchYear: Int
  public var cycle: CycleRules
  /// The rules pack the plan was made with.
  public var rules: RulesPack
  public var today: Day
  public var schedule: Schedule
  public var assumptions: [String]
  public var findings: [Finding]
  /// The earliest Match year the same profile can make (nil when none up to the last supported).
  public var earliestFeasibleMatchYear: Int?
  /// The graph the schedule came from, for dependency listings.
  public var graph: TaskGraph

  /// The ids a task depends on, in the graph's order.
  public func dependencies(of id: String) -> [String] {
    graph.dependencies.filter { $0.successor == id }.map(\.predecessor)
  }

  /// Every task's dependencies at once, in the graph's order: one pass over the links, for
  /// outputs that list them for all tasks (a filter per task would be quadratic).
  public var dependencyIndex: [String: [String]] {
    var index: [String: [String]] = [:]
    for link in graph.dependencies { index[link.successor, default: []].append(link.predecessor) }
    return index
  }

  /// Feasible when no hard deadline or booking is broken and nothing blocks the cycle.
  public var feasible: Bool {
    schedule.isFeasible && !findings.contains { $0.severity == .blocker }
  }

  /// Days of room before the binding constraint breaks (negative when it is broken).
  public var slack: Int { schedule.binding?.slack ?? schedule.minTotalFloat }

  /// True when any task rests on an estimated date or duration.
  public var usesEstimates: Bool { schedule.tasks.contains { $0.task.provenance.estimated } }
}
