/// Tasks and the dependencies between them, in the order the caller gave them.
///
/// Input order is kept: it breaks every tie, so the same graph always gives the same schedule.
public struct TaskGraph: Hashable, Sendable {
  public var tasks: [PlanTask]
  public var dependencies: [Dependency]
  /// The applicant's days (busy calendars, study hours): nil plans every day as full time,
  /// as before issue 23, so a plan without them keeps its dates.
  public var availability: Availability? = nil

  public init(tasks: [PlanTask] = [], dependencies: [Dependency] = []) {
    self.tasks = tasks
    self.dependencies = dependencies
  }

  public mutating func add(_ task: PlanTask) { tasks.append(task) }

  public mutating func link(_ predecessor: String, _ successor: String, lag: Int = 0, kind: Dependency.Kind = .finishToStart) {
    dependencies.append(Dependency(predecessor, successor, lag: lag, kind: kind))
  }

  public func task(_ id: String) -> PlanTask? { tasks.first { $0.id == id } }
}
