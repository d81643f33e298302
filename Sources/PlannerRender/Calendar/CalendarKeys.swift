public import PlannerCore
public import PlannerPathway
public import PlannerRules

/// Calendar identity for a plan's tasks: the id plus, for an exam's chain, the attempt number,
/// so a failed attempt keeps its events (now done) and a retake gets new ones.
public enum CalendarKeys {
  /// The attempt each exam's current chain belongs to.
  public static func attemptNumbers(_ profile: Profile) -> [Exam: Int] {
    var numbers: [Exam: Int] = [:]
    for exam in Exam.allCases {
      let record = profile.record(exam)
      if let pass = record.passed, let i = record.attempts.firstIndex(of: pass) {
        numbers[exam] = i + 1
      } else if let pending = record.pending, let i = record.attempts.firstIndex(of: pending) {
        numbers[exam] = i + 1
      } else {
        numbers[exam] = record.attempts.count + 1
      }
    }
    return numbers
  }

  /// The key a task is known by in calendars.
  public static func key(for id: String, attempts: [Exam: Int]) -> String {
    guard let exam = PathwayTasks.task(id)?.examChain, let n = attempts[exam] else { return id }
    return "\(id).\(n)"
  }

  /// The schedule with every id (and every reference to one) replaced by its calendar key.
  public static func calendarSchedule(_ schedule: Schedule, profile: Profile) -> Schedule {
    let attempts = attemptNumbers(profile)
    func k(_ id: String) -> String { key(for: id, attempts: attempts) }
    let tasks = schedule.tasks.map { t -> ScheduledTask in
      var t = t
      t.task.id = k(t.id)
      switch t.driver {
      case .predecessor(let id, let lag, let kind): t.driver = .predecessor(k(id), lag: lag, kind: kind)
      case .applicantBusy(let id): t.driver = .applicantBusy(k(id))
      default: break
      }
      return t
    }
    var binding = schedule.binding
    binding?.taskID = k(schedule.binding?.taskID ?? "")
    return Schedule(
      today: schedule.today, tasks: tasks, projectFinish: schedule.projectFinish, minTotalFloat: schedule.minTotalFloat,
      criticalPath: schedule.criticalPath.map(k), binding: binding,
      violations: schedule.violations.map { var v = $0; v.taskID = k(v.taskID); return v },
      targetMisses: schedule.targetMisses.map { var m = $0; m.taskID = k(m.taskID); return m },
      applicantSequence: schedule.applicantSequence.map(k))
  }

  /// What each reminder tells the applicant to do, by plain task id (from the task catalogue).
  public static let reminderActions: [String: String] = Dictionary(
    uniqueKeysWithValues: PathwayTasks.all.compactMap { t in t.reminder.map { (t.id, $0) } })

  /// Windows whose opening day gets an event of its own.
  public static let windowOpenings: [String: String] = Dictionary(
    uniqueKeysWithValues: PathwayTasks.all.compactMap { t in t.opening.map { (t.id, $0) } })

  /// Reminder actions keyed by calendar key.
  public static func reminderActions(_ profile: Profile) -> [String: String] {
    let attempts = attemptNumbers(profile)
    var out: [String: String] = [:]
    for (id, text) in reminderActions { out[key(for: id, attempts: attempts)] = text }
    return out
  }
}
