public import PlannerCohort
import PlannerRisk

/// The caseload's summary line and how its P(ready) was computed, in words.
extension Cohort {
  /// "5 applicants: 1 cannot be planned, 1 blocked, 1 late, 1 overdue, 1 on track".
  public var summary: String {
    let parts = CohortRow.Group.allCases.compactMap { g -> String? in
      let n = count(g)
      // Groups that are rare by nature are named only when they occur.
      guard n > 0 || (g != .error && g != .atRisk) else { return nil }
      return g == .error ? "\(n) cannot be planned" : "\(n) \(g.rawValue)"
    }
    return "\(rows.count) \(rows.count == 1 ? "applicant" : "applicants"): " + parts.joined(separator: ", ")
  }

  /// How P(ready) was computed, or that it was not.
  public var riskLine: String {
    options.riskRuns > 0
      ? "P(ready): the chance of being ready for the plan's Match year, from \(Self.thousands(options.riskRuns)) simulated runs per applicant (seed \(options.seed)); planner risk runs \(Self.thousands(RiskRun.standardRuns)) and shows every input"
      : "P(ready): not computed (--risk-runs 0)"
  }

  static func thousands(_ n: Int) -> String {
    let digits = Array(String(n))
    var out = ""
    for (k, c) in digits.enumerated() {
      if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return out
  }
}
