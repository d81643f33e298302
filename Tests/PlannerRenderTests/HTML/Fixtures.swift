import Foundation
import PlannerCohort
import PlannerCore
import PlannerPathway
import PlannerRisk
import PlannerRender
import PlannerRules
import PlannerTestSupport

/// Plans the bundled examples in-process, the way the executable does.
enum Fixtures {
  static let packageRoot = Repository.root
  static let today = Day(year: 2026, month: 11, day: 25)!
  static let examples = ["step1-passed-ck-booked", "fresh-graduate", "h1b-track", "legacy-cs"]

  static var rules: RulesPack { bundledRules }

  static func profile(_ name: String) throws -> Profile {
    let path = "Examples/\(name).yaml"
    let text = try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
    return try ProfileParser.parse(text, file: path, rules: rules)
  }

  static func plan(_ name: String) throws -> (PlanResult, Profile) {
    let p = try profile(name)
    return (try PathwayPlanner.plan(profile: p, rules: rules, matchYear: p.match, today: today, file: name), p)
  }

  /// The options `planner report` passes: the Next block (30 days) and the risk layer
  /// (`runs` seeded worlds), as ReportCommand builds them.
  static func fullOptions(_ r: PlanResult, _ p: Profile, runs: Int = 2_000) async -> ReportOptions {
    let first = PathwayPlanner.firstOpenYear(rules, today: today) ?? r.matchYear
    let analysis = await RiskAnalysis.analyze(profile: p, pack: rules, today: today, targetYear: r.matchYear, firstYear: first, options: RiskRun(runs: runs, seed: 2028, workers: 2), sensitivity: false)
    return ReportOptions(profileName: p.name, next: NextActions(r, profile: p, days: 30), risk: RiskSummary(analysis), costs: CostLedger(r, profile: p, options: .standard(for: p)))
  }

  /// The cohort page of Examples/cohort, as `planner cohort --format html` writes it (no risk runs).
  static func cohortHTML() async throws -> String {
    let base = packageRoot.appendingPathComponent("Examples/cohort")
    let names = (FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    let inputs = try names.map { name in
      CohortInput(file: "Examples/cohort/" + name, profile: .success(Array(try Data(contentsOf: base.appendingPathComponent(name)))))
    }
    return await Cohort.plan(inputs, options: CohortOptions(today: today, rules: rules, riskRuns: 0)).html()
  }

  /// A plan whose names and notes try to break out of HTML, CSV, Mermaid and TaskJuggler.
  static func hostile() throws -> (PlanResult, Profile) {
    var (r, p) = try plan("step1-passed-ck-booked")
    p.name = "<script>alert(1)</script> & \"Dr\" 'O'"
    let evil = ["<img src=x onerror=alert(1)>", "a, \"quoted\"\nline", "=HYPERLINK(\"x\")", "section: #1; title", "</text></svg><b>"]
    for (i, name) in evil.enumerated() {
      r.schedule.tasks[i * 3].task.name = name
    }
    return (r, p)
  }
}
