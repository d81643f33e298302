import PlannerCore
import PlannerRules

/// What only the scheduled dates reveal, said in the plan's findings so that nothing moves silently:
/// an exam that waits for its scheduling permit after preparation ends, or a Step 3 test date
/// outside the eligibility period that opens with the permit.
public enum ScheduleFindings {
  public static func run(_ plan: PlanResult) -> [Finding] {
    var found: [Finding] = []
    for exam in [Exam.step1, .step2ck, .step3] {
      let key = exam.rawValue
      guard let wait = permitWait(exam, in: plan.schedule) else { continue }
      let register = plan.schedule.task("\(key).register")!
      let because: String
      if case .predecessor(let id, _, .finishToStart) = register.driver, let waited = plan.schedule.task(id) {
        because = "the application cannot start before \(register.start), when this is done: \(waited.task.name)"
      } else {
        because = "the application, made \(register.start), takes \(register.task.duration) days to process"
      }
      found.append(Finding(
        wait.days > 7 ? .warning : .note, .examWaitsForPermit(exam),
        "\(exam.title): your scheduling permit is expected \(register.lastDay), \(wait.days) \(wait.days == 1 ? "day" : "days") after your preparation ends (\(wait.prepEnd)), so the exam waits until \(wait.exam): \(because)",
        action: "start what the application waits for sooner, or keep revising until the permit arrives"))
    }
    if let exam = plan.schedule.task("step3.exam"), exam.task.state == .planned, let window = plan.schedule.task("step3.window"), exam.start > window.lastDay {
      found.append(Finding(.warning, .step3OutsidePeriod, "Step 3 is planned for \(exam.start), after its eligibility period ends (\(window.lastDay)): the period starts when the permit is issued", action: "apply for Step 3 later, closer to the end of your preparation, or ask FSMB for an extension", source: "https://fsmb01mstr63nn9inte.dxcloud.episerver.net/usmle/step-3-eligibility-extension"))
    }
    if let order = StudyOrder.finding(plan) { found.append(order) }
    return found
  }

  /// When a planned exam starts after its preparation ends because the permit is not yet in hand.
  static func permitWait(_ exam: Exam, in schedule: Schedule) -> (days: Int, prepEnd: Day, exam: Day)? {
    let key = exam.rawValue
    guard let test = schedule.task("\(key).exam"), test.task.state == .planned,
      let register = schedule.task("\(key).register"), let prep = schedule.task("\(key).prep"),
      register.earlyFinish > prep.earlyFinish
    else { return nil }
    return (register.earlyFinish - prep.earlyFinish, prep.lastDay, test.start)
  }
}
