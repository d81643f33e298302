import PlannerCore

/// The "today" every hand-made schedule starts from (a Monday), so expected dates read as offsets.
let t0 = Day(iso: "2026-01-05")!

/// A day `offset` days after `t0`.
func day(_ offset: Int) -> Day { t0 + offset }

/// A planned task with only the fields a test cares about.
func task(
  _ id: String, _ duration: Int = 0, applicant: Bool = false, notBefore: Int? = nil, fixed: Int? = nil,
  deadline: Int? = nil, target: Int? = nil, state: PlanTask.State = .planned
) -> PlanTask {
  PlanTask(
    id: id, name: id, duration: duration, usesApplicant: applicant, notBefore: notBefore.map(day),
    fixedStart: fixed.map(day), deadline: deadline.map(day), target: target.map(day), state: state)
}

func schedule(_ tasks: [PlanTask], _ links: [Dependency] = [], today: Day = t0) throws -> Schedule {
  try Scheduler.schedule(TaskGraph(tasks: tasks, dependencies: links), today: today)
}

extension Schedule {
  /// A task's dates as day offsets from `t0`, for compact expectations.
  func offsets(_ id: String) -> Offsets? {
    guard let t = task(id) else { return nil }
    return Offsets(
      es: t.earlyStart - t0, ef: t.earlyFinish - t0, ls: t.lateStart - t0, lf: t.lateFinish - t0,
      totalFloat: t.totalFloat, freeFloat: t.freeFloat)
  }
}

struct Offsets: Equatable, CustomStringConvertible {
  var es, ef, ls, lf, totalFloat, freeFloat: Int
  var description: String { "es \(es) ef \(ef) ls \(ls) lf \(lf) tf \(totalFloat) ff \(freeFloat)" }
}

func o(es: Int, ef: Int, ls: Int, lf: Int, tf: Int, ff: Int) -> Offsets {
  Offsets(es: es, ef: ef, ls: ls, lf: lf, totalFloat: tf, freeFloat: ff)
}

// The result types have no public initialisers, so expectations compare compact summaries.
extension ConstraintViolation {
  /// "kind task limit actual", days as offsets from `t0`.
  var summary: String { "\(kind.rawValue) \(taskID) \(limit - t0) \(actual - t0)" }
}

extension TargetMiss {
  var summary: String { "\(taskID) \(target - t0) \(lastDay - t0)" }
}

extension BindingConstraint {
  var summary: String {
    switch kind {
    case .deadline(let d): "\(taskID) deadline \(d - t0) slack \(slack)"
    case .fixedDate(let d): "\(taskID) fixed \(d - t0) slack \(slack)"
    case .projectFinish: "\(taskID) end slack \(slack)"
    }
  }
}
