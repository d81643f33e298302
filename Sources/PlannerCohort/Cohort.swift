/// `planner cohort`: a whole caseload planned at once, in parallel, each applicant a row, sorted
/// by urgency. The result depends only on the inputs and options, never on `jobs` or on which
/// worker finished first. Pure (the executable reads the files).
import PlannerPathway
import PlannerRisk

public struct Cohort: Sendable {
  public var rows: [CohortRow]
  public var options: CohortOptions

  public static func plan(_ inputs: [CohortInput], options: CohortOptions) async -> Cohort {
    var rows = [CohortRow?](repeating: nil, count: inputs.count)
    await withTaskGroup(of: (Int, CohortRow).self) { group in
      var next = 0
      // At most `jobs` profiles in flight: each new one starts as another finishes.
      func start() {
        guard next < inputs.count else { return }
        let i = next
        next += 1
        let input = inputs[i]
        group.addTask { (i, await CohortRow.make(input, options: options)) }
      }
      for _ in 0..<min(options.jobs, inputs.count) { start() }
      for await (i, row) in group {
        rows[i] = row
        start()
      }
    }
    return Cohort(rows: rows.compactMap { $0 }.sorted(by: CohortRow.urgency), options: options)
  }

  public func count(_ group: CohortRow.Group) -> Int { rows.count { $0.group == group } }

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
      ? "P(ready): the chance of being ready for the plan's Match year, from \(Self.thousands(options.riskRuns)) simulated worlds per applicant (seed \(options.seed)); planner risk runs \(Self.thousands(RiskRun.standardRuns)) and shows every input"
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
