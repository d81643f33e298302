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
}
