public import PlannerCohort

extension CohortRow {
  /// "85 days to spare", "at risk: step2ck.result 98 days late", "late by 43 days", "2027 is
  /// over", "1 blocker": the verdict's own cell (`VerdictText.cell`), or why there is none.
  public var verdict: String {
    if group == .error { return "cannot plan" }
    if group == .late, let t = targetYear, let p = planYear, t != p { return "\(t) is over" }
    return planVerdict.map(VerdictText.cell) ?? "cannot plan"
  }
}
