import PlannerCore
import PlannerRules

extension PathwayBuilder {
  /// The last day a Step still needed may be passed before the first counting pass lapses; set
  /// only when it falls before this cycle's ROL deadline (later, the plan's own deadlines bind).
  func timeLimitDeadline(for exam: Exam) -> Sourced<Day>? {
    guard exam != .step3, let w = ExamTimeLimit.window(profile, lapsed: lapsed, rules: rules), w.lastDay < cycle.rolDeadline.value else { return nil }
    let rule = rules.certification.examTimeLimitMonths
    return Sourced(w.lastDay, rule.confidence, rule.source, note: "ECFMG's time limit: pass it by \(w.lastDay), seven years from your \(w.first.title) pass of \(w.passed), or that pass stops counting")
  }

  /// What the time limit has done or will do to this plan, in words.
  mutating func addTimeLimitFindings() {
    let rule = rules.certification.examTimeLimitMonths
    for lapse in lapsed {
      let outcome: String
      switch lapse.component {
      case .step2CS: outcome = "Step 2 CS can no longer be taken, so this plan meets the clinical skills requirement through a Pathway + OET Medicine"
      case .exam(let e): outcome = "this plan schedules a new \(e.title) attempt (a passed Step may be retaken to meet the time limit)"
      }
      findings.append(Finding(.warning, .timeLimitLapsed, "Your \(lapse.component.title) pass of \(lapse.passed) no longer counts for ECFMG certification: the \(rule.value / 12)-year time limit from it ended on \(lapse.limitEnded), before \(lapse.because); \(outcome)", action: "pass every Step still needed within \(rule.value / 12) years of your first counting pass", source: rule.source))
    }
    guard let w = ExamTimeLimit.window(profile, lapsed: lapsed, rules: rules), w.lastDay < cycle.rolDeadline.value else { return }
    let open = ExamTimeLimit.required(profile, lapsed: lapsed).filter { ExamTimeLimit.countingPass($0, profile, lapsed: lapsed) == nil }
    guard !open.isEmpty else { return }
    findings.append(Finding(.warning, .timeLimit, "ECFMG's \(rule.value / 12)-year time limit: pass \(open.map(\.title).joined(separator: " and ")) by \(w.lastDay), seven years from your \(w.first.title) pass of \(w.passed), or that pass stops counting", action: "keep that exam on or before \(w.lastDay)", source: rule.source))
  }
}
