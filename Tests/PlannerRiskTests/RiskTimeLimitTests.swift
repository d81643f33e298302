import Foundation
import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway
@testable import PlannerRisk

/// The risk layer follows the plan through the seven-year limit (issue 20, contradiction 4): a
/// world in which Step 2 CK fails or slips past the limit goes on through a Step 1 retake, as
/// the plan and `record` do, instead of ending in "none" (18% of the worlds before).
@Suite struct RiskTimeLimitTests {
  @Test func contradiction4RiskWorldsRetakeStep1InsteadOfEndingInNone() async throws {
    let profile = try ProfileParser.parse(SampleApplicants.timeLimit, file: "t.yaml", rules: bundledRules)
    let today = SampleApplicants.today
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: today)
    let first = PathwayPlanner.firstOpenYear(bundledRules, today: today)!
    let analysis = await RiskAnalysis.analyze(profile: profile, pack: bundledRules, today: today, targetYear: plan.matchYear, firstYear: first, options: RiskRun(runs: 2000, workers: 2), sensitivity: false)
    let none = analysis.distribution.first { $0.label == "none" }?.share ?? 0
    // The road ends only where four failures of Step 2 CK, or of the Step 1 retake the lapse
    // brings, end it (about 2% each with the pack's rates), not wherever Step 2 CK fails once.
    #expect(none < 0.06, "none: \(none) \(analysis.distribution)")
    #expect(analysis.pReady > 0.8, "\(analysis.pReady)")
  }

  /// The lapsed plan's Step 1 retake is simulated under the same attempt rules: its attempts
  /// follow the lapsed pass by the spacing the plan uses.
  @Test func theLapsedPlanIsThePlannersOwn() throws {
    let profile = try ProfileParser.parse(SampleApplicants.timeLimit, file: "t.yaml", rules: bundledRules)
    let today = SampleApplicants.today
    let cycle = try #require(bundledRules.cycle(2028))
    let graphs = try #require(CycleGraphs(profile: profile, cycle: cycle, rules: bundledRules, today: today))
    #expect(graphs.limitLastDay == Day(iso: "2027-06-15"))
    #expect(graphs.limitExams == [.step2ck])
    let lapsed = try #require(graphs.lapsed)
    #expect(lapsed.lapsed.map(\.component) == [.exam(.step1)])
    #expect(lapsed.graph.task("step1.exam")?.state == .planned)
  }
}
