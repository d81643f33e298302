import PlannerCore
import PlannerPathway
import PlannerRules

/// The applicant who followed a what-if plan until the day a failure is known, as
/// `ConsistencyTests.whatIfEqualsPlanningTheChangedApplicant` records them.
enum FollowedApplicant {
  /// Whether `plan` has work other than study, outside the failing exam's chain, started before
  /// `day` and not finished by then.
  static func underWay(_ plan: PlanResult, on day: Day, failing: Exam) -> Bool {
    plan.schedule.tasks.contains { t in
      guard t.task.state == .planned, t.task.fixedStart == nil, !t.task.isMilestone, t.start >= plan.today, t.start < day, t.lastDay >= day else { return false }
      let chain = PathwayTasks.task(t.id)?.chain
      return chain?.exam != failing && chain?.part != .prep
    }
  }

  /// The applicant who followed `plan` until `day`: what it finishes before that day is recorded
  /// done on its planned dates (another exam's sitting as a pass), and a study block under way
  /// keeps its start (`Profile.keptStudyStarts`, as the saved plan gives it). Recording a failure
  /// on the day the result is out is then what `what-if --fail` assumed today, with the work in between done
  /// rather than moved after the exam day.
  static func profile(_ plan: PlanResult, until day: Day, failing: Exam, profile: Profile) -> Profile {
    var p = profile
    let s = plan.schedule
    // Exams whose sitting the plan has before that day: passed then (their chains go with it).
    let passed = Set(Exam.allCases.filter { e in e != failing && s.task("\(e.rawValue).exam").map { $0.task.state != .done && $0.lastDay < day } ?? false })
    for e in passed.sorted(by: { $0.rawValue < $1.rawValue }) {
      guard let sitting = s.task("\(e.rawValue).exam") else { continue }
      p = Journal.apply(.result(e, .pass, on: sitting.start, score: nil), to: p)
    }
    for t in s.tasks where t.task.state == .planned && t.task.fixedStart == nil && t.start >= plan.today {
      let chain = PathwayTasks.task(t.id)?.chain
      if let exam = chain?.exam, exam == failing || passed.contains(exam) || chain?.part == .exam || chain?.part == .result { continue }
      if chain?.part == .prep, t.start < day, t.lastDay >= day {
        p.keptStudyStarts[t.id] = t.start
      } else if t.lastDay < day, !t.task.isMilestone {
        p = Journal.apply(.done(t.id, on: t.lastDay), to: p)
      }
    }
    return p
  }
}
