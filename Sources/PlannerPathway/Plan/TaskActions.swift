public import PlannerRules

/// What the applicant does for a task, in words, and how it is recorded: the wording `planner next`
/// and the plan's Next block use. Tasks that others do (ECFMG reviews, results released, Match Day)
/// have no entry: they are not the applicant's actions.
public struct TaskAction: Hashable, Sendable {
  public enum Record: Hashable, Sendable {
    /// `planner record TASK done --date today`.
    case done
    /// `planner record EXAM pass|fail --date D` (the exam day).
    case result(Exam)
    /// `planner book EXAM --date D` (the planned exam day).
    case book(Exam)
  }

  /// An imperative: "Ask three letter writers now".
  public var action: String
  /// What must be true when it is done, before " by DATE": "letters should be uploaded".
  public var outcome: String
  public var record: Record

  public init(_ action: String, _ outcome: String, record: Record = .done) {
    self.action = action
    self.outcome = outcome
    self.record = record
  }
}

public enum TaskActions {
  /// The actions of the pathway task catalogue, by plain task id.
  public static let catalogue: [String: TaskAction] = Dictionary(
    uniqueKeysWithValues: PathwayTasks.all.compactMap { t in t.action.map { (t.id, $0) } })

  /// The action for a task, or the generic one for the applicant's own tasks (nil for the work of others).
  public static func action(for task: PlanTaskRef) -> TaskAction? {
    if let known = catalogue[task.id] { return known }
    return task.isOwn ? TaskAction("Do: \(task.name)", "it should be done") : nil
  }
}

/// The parts of a task the catalogue looks at.
public struct PlanTaskRef: Sendable {
  public var id: String
  public var name: String
  public var isOwn: Bool

  public init(id: String, name: String, isOwn: Bool) {
    self.id = id
    self.name = name
    self.isOwn = isOwn
  }
}
