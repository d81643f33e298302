public import PlannerCore
import PlannerRules

/// Work whose planned start has passed with nothing recorded: one definition, used by `plan`
/// (gantt, table, JSON status) and `planner next`, so an overdue task is never shown as simply
/// starting today.
///
/// A task is overdue, in this order of evidence:
/// - a booked exam whose day has passed with no result;
/// - a fixed date (a booked or ready-by block) that has passed with the task not done;
/// - the saved plan (`me.plan.json`) planned it to start on a day that has now passed, and it is
///   not done (the saved plan's own starts are what the applicant was shown);
/// - with no saved plan for it: the scheduler had to move it to today although what it waits for
///   allowed an earlier start — its window opened, or every prerequisite was done, before today
///   (an undated done prerequisite counts at the latest day the order allows). It could have
///   started then and nothing says it did.
/// Only the applicant's own work counts (tasks with an action): nobody is overdue on ECFMG's review.
public struct OverdueWork: Hashable, Sendable {
  public enum Basis: Hashable, Sendable {
    case bookedExam, fixedDate, savedPlan(Day), windowOpened, prerequisitesDone(String)
  }

  public var taskID: String
  /// The planned (or earliest possible) start that has passed.
  public var since: Day
  /// Days from `since` to today.
  public var days: Int
  public var basis: Basis

  /// "planned to start 2026-11-25 (the saved plan of 2026-11-25)", for the outputs.
  public var reason: String {
    switch basis {
    case .bookedExam: return "booked for \(since), no result recorded"
    case .fixedDate: return "fixed for \(since), not recorded as done"
    case .savedPlan(let saved): return "planned to start \(since) in the saved plan of \(saved), nothing recorded"
    case .windowOpened: return "could start from \(since), when its window opened; nothing recorded"
    case .prerequisitesDone(let id): return "could start from \(since), when \(id) was done; nothing recorded"
    }
  }

  /// Every overdue task of a plan, by task id.
  public static func find(_ r: PlanResult, profile: Profile, baseline: PlanSnapshot? = nil) -> [String: OverdueWork] {
    let s = r.schedule
    let today = r.today
    var found: [String: OverdueWork] = [:]
    func note(_ id: String, _ since: Day, _ basis: Basis) {
      if found[id] == nil, since < today { found[id] = OverdueWork(taskID: id, since: since, days: today - since, basis: basis) }
    }
    for exam in Exam.allCases {
      if let booked = profile.record(exam).booked, booked < today, r.findings.contains(where: { $0.code == .examBookedPast && $0.message.hasPrefix(exam.title) }) {
        note("\(exam.rawValue).exam", booked, .bookedExam)
      }
    }
    // Built only when a task waits on nothing but today: most plans have few or none.
    var preds: [String: [Dependency]]?
    for t in s.tasks where t.task.state != .done && found[t.id] == nil {
      let candidate: (day: Day, basis: Basis)?
      if let baseline, let old = baseline.task(t.id), let saved = old.start, t.task.fixedStart == saved {
        // A study block that keeps its saved start (`Profile.keptStudyStarts`): its day is the saved plan's.
        candidate = !old.status.isDone && saved < today ? (saved, .savedPlan(baseline.today)) : nil
      } else if let fixed = t.task.fixedStart {
        // A planned block fixed to a passed day; a booked one, or a calendar window such as
        // ranking (open until the ROL deadline), only once it should be over.
        let runsItsCourse = t.task.state == .booked || t.task.kind.contains(.window)
        candidate = fixed < today && (!runsItsCourse || t.lastDay < today) ? (fixed, .fixedDate) : nil
      } else if let baseline, let old = baseline.task(t.id), let saved = old.start {
        candidate = !old.status.isDone && saved < today && saved >= baseline.today ? (saved, .savedPlan(baseline.today)) : nil
      } else if case .today = t.driver {
        if preds == nil {
          var index: [String: [Dependency]] = [:]
          for d in r.graph.dependencies { index[d.successor, default: []].append(d) }
          preds = index
        }
        candidate = earliestStart(t, preds: preds?[t.id] ?? [], in: s)
      } else {
        candidate = nil
      }
      // Only work the applicant can record counts (the action lookup is the dearer test).
      guard let candidate, candidate.day < today,
        TaskActions.action(for: PlanTaskRef(id: t.id, name: t.task.name, isOwn: t.task.group == Phase.own.rawValue)) != nil
      else { continue }
      note(t.id, candidate.day, candidate.basis)
    }
    return found
  }

  /// The start the task's window and prerequisites allowed, when every bound is a known date.
  static func earliestStart(_ t: ScheduledTask, preds: [Dependency], in s: Schedule) -> (day: Day, basis: Basis)? {
    var best: (day: Day, basis: Basis)? = t.task.notBefore.map { ($0, .windowOpened) }
    for d in preds {
      // A prerequisite still to do gives no date to be overdue from. One done on no known day is
      // placed as late as the order allows, so its bound is the latest it can be: safe to use.
      guard let p = s.task(d.predecessor), p.task.state == .done else { return nil }
      let bound = d.kind == .finishToStart ? p.earlyFinish + d.lag : p.start + d.lag
      if best.map({ bound > $0.day }) ?? true { best = (bound, .prerequisitesDone(p.id)) }
    }
    return best
  }
}
