public import PlannerPathway

extension EligibilityCheck {
  /// `planner check` for the terminal: the plan's findings, one line each, then the eligibility
  /// part of the plan's verdict (`VerdictText.checkLine`).
  public static func text(_ plan: PlanResult, profileName: String, notices: [String] = []) -> String {
    var lines = ["Eligibility check for \(profileName), \(plan.matchYear) Match"] + notices
    lines += plan.findings.map(\.line)
    lines.append(VerdictText.checkLine(plan.verdict, lateBy: lateBy(plan)))
    return lines.joined(separator: "\n") + "\n"
  }
}
