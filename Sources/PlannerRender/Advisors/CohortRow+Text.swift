public import PlannerCohort
import PlannerCore
import PlannerPathway

extension CohortRow {
  /// "85 days to spare", "at risk: step2ck.result 98 days late", "late by 43 days", "2027 is
  /// over", "1 blocker": the verdict's own cell (`VerdictText.cell`), or why there is none.
  public var verdict: String {
    if group == .error { return "cannot plan" }
    if group == .late, let t = targetYear, let p = planYear, t != p { return "\(t) is over" }
    return planVerdict.map(VerdictText.cell) ?? "cannot plan"
  }

  /// "2026-12-17 Study for Step 1": each overdue item's date and headline.
  var overdueLines: [String] { overdue.map { "\($0.date) \($0.headline)" } }

  /// "attempts.exhausted: …": each blocker's code and message.
  var blockerLines: [String] { blockers.map { "\($0.code): \($0.message)" } }

  /// Each blocker's code alone, for a narrow cell.
  var blockerCodes: [String] { blockers.map(\.code.string) }
}
