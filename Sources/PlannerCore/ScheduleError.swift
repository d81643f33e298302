/// Why a task graph cannot be scheduled at all. Each description is one line of product text.
public enum ScheduleError: Error, Equatable, Sendable, CustomStringConvertible {
  case duplicateTask(String)
  case unknownTask(dependent: String, missing: String)
  /// A dependency whose successor (the task that would wait) is not defined.
  case unknownSuccessor(task: String, predecessor: String)
  case negativeDuration(task: String, duration: Int)
  case cycle([String])

  public var description: String {
    switch self {
    case .duplicateTask(let id):
      return "task '\(id)' is defined more than once"
    case .unknownTask(let dependent, let missing):
      return "task '\(dependent)' depends on unknown task '\(missing)'"
    case .unknownSuccessor(let id, let predecessor):
      return "unknown task '\(id)' depends on task '\(predecessor)'"
    case .negativeDuration(let id, let duration):
      return "task '\(id)' has a negative duration (\(duration) days)"
    case .cycle(let ids):
      return "dependency cycle: " + (ids + [ids[0]]).joined(separator: " → ")
    }
  }
}
