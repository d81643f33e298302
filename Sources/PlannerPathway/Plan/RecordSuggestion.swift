public import PlannerCore
public import PlannerRules

/// The command that records an item of `planner next`, and when to run it. A copied command must
/// be true on the day it is run as planned: `--date today` only for work planned to be finished
/// today; work that ends later is recorded on its planned last day "when done" (run earlier,
/// `record` refuses the future date, so nothing false is written); an exam's result names its
/// exam day; a booking names the planned exam day.
public struct RecordSuggestion: Hashable, Sendable {
  public enum When: String, Hashable, Sendable {
    /// Planned to be finished today: `--date today`.
    case now
    /// Work that ends on a later day: recorded on its planned last day, once it is done.
    case whenDone = "when-done"
    /// An exam: pass or fail is known only when the result is out.
    case whenResultIsOut = "when-result-out"
    /// `planner book` records a test date booked with the test centre.
    case onceBooked = "once-booked"

    /// The words before the command ("when done: planner record …"); nil for now.
    public var label: String? {
      switch self {
      case .now: nil
      case .whenDone: "when done"
      case .whenResultIsOut: "when the result is out"
      case .onceBooked: "once booked"
      }
    }
  }

  /// What is recorded.
  public enum Subject: Hashable, Sendable {
    /// `planner record TASK done`, on the task's planned last day.
    case done(String)
    /// `planner record EXAM pass|fail`, on the exam day.
    case result(Exam)
    /// `planner book EXAM`, for the planned exam day.
    case book(Exam)
  }

  public var when: When
  public var command: String

  public init(when: When, command: String) {
    self.when = when
    self.command = command
  }

  /// - Parameters:
  ///   - day: the planned last day (done), the exam day (result, book).
  ///   - profileSuffix: " --profile me.yaml" when the profile had to be named, else "".
  public static func choose(_ subject: Subject, day: Day, today: Day, profileSuffix: String = "") -> RecordSuggestion {
    switch subject {
    case .done(let id):
      // A day already passed cannot be "as planned" any more: doing it today is the plan now.
      // The id is quoted like every argument: a profile's text never reaches a shell raw.
      let word = ShellWord.quoted(id)
      if day <= today { return RecordSuggestion(when: .now, command: "planner record \(word) done --date today" + profileSuffix) }
      return RecordSuggestion(when: .whenDone, command: "planner record \(word) done --date \(day)" + profileSuffix)
    case .result(let exam):
      return RecordSuggestion(when: .whenResultIsOut, command: "planner record \(exam.rawValue) pass|fail --date \(day)" + profileSuffix)
    case .book(let exam):
      return RecordSuggestion(when: .onceBooked, command: "planner book \(exam.rawValue) --date \(day)" + profileSuffix)
    }
  }

  /// What to record for a task, nil when there is nothing the applicant records (Match Day, the
  /// residency start, work already recorded). Work of others with no exam behind it (ECFMG's
  /// certificate) is recorded done when it happens; an exam's result task records the exam.
  public static func subject(taskID: String, action: TaskAction?, kind: PathwayTask.Kind?, state: PlanTask.State) -> Subject? {
    guard state != .done else { return nil }
    switch action?.record {
    case .done: return .done(taskID)
    case .result(let exam): return .result(exam)
    case .book(let exam): return .book(exam)
    case nil: break
    }
    if let chain = PathwayTasks.task(taskID)?.chain, chain.part == .result { return .result(chain.exam) }
    if let exam = PathwayTasks.pastSitting(taskID) { return .result(exam) }
    return kind == .milestone ? nil : .done(taskID)
  }

  /// "→ when done: planner record …", or "→ planner record …" for now.
  public var line: String { "→ " + (when.label.map { "\($0): " } ?? "") + command }
}
