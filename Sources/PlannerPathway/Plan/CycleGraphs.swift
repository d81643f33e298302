public import PlannerCore
public import PlannerRules

/// The planner's own graphs for one Match cycle, for a model that varies dates and outcomes on
/// them (`planner risk`): the plan `PathwayPlanner.planCycle` makes, and, while a pass still
/// runs under ECFMG's seven-year limit, the plan the planner makes once that pass lapses. A world
/// whose dates take a Step still needed past the limit follows the second, as the plan does
/// (`ExamTimeLimit.nextLapse`; issue 20, contradiction 4; `RiskTimeLimitTests`).
public struct CycleGraphs: Sendable {
  /// The plan as `planCycle` makes it (the graph it scheduled, one-exam-a-day links included).
  public var plan: PlanResult
  /// The plan once the first counting pass lapses; nil when no pass can lapse in this cycle.
  public var lapsed: PlanResult?
  /// The last day of the seven years still running (nil: none runs).
  public var limitLastDay: Day?
  /// The exams still needed within it: a sitting of one after `limitLastDay` lapses the pass.
  public var limitExams: [Exam]

  /// Nil when the cycle cannot be planned at all (the plan command reports why).
  public init?(profile: Profile, cycle: CycleRules, rules: RulesPack, today: Day) {
    guard let plan = try? PathwayPlanner.planCycleUnmarked(profile: profile, cycle: cycle, rules: rules, today: today, file: "profile") else { return nil }
    self.plan = plan
    lapsed = nil
    limitLastDay = nil
    limitExams = []
    // A limit that ends after the ROL deadline cannot lapse a pass in a world that makes this
    // cycle (the same test as `PathwayBuilder.timeLimitDeadline`).
    guard plan.lapsed.count < 3, let window = ExamTimeLimit.window(profile, lapsed: plan.lapsed, rules: rules), window.lastDay < cycle.rolDeadline.value else { return }
    let open = ExamTimeLimit.required(profile, lapsed: plan.lapsed).compactMap { c -> Exam? in
      guard ExamTimeLimit.countingPass(c, profile, lapsed: plan.lapsed) == nil, case .exam(let e) = c else { return nil }
      return e
    }
    guard !open.isEmpty else { return }
    let lapse = LapsedPass(component: window.first, passed: window.passed, limitEnded: window.lastDay, because: open.map(\.title).joined(separator: " and ") + " (after \(window.lastDay))")
    lapsed = try? PathwayPlanner.planOnce(profile: profile, cycle: cycle, rules: rules, today: today, file: "profile", lapsed: plan.lapsed + [lapse])
    lapsed?.lapsed = plan.lapsed + [lapse]
    if lapsed != nil {
      limitLastDay = window.lastDay
      limitExams = open
    }
  }
}
