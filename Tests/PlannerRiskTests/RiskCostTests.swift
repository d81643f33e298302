import Foundation
import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway
@testable import PlannerRisk

/// `risk`'s cost (issue 22, point 3): with every pass probability 1 the expected cost is the
/// deterministic ledger's, and a drawn retake or later season adds exactly its branch's price.
@Suite struct RiskCostTests {
  @Test func withEveryPassCertainTheExpectedCostIsTheLedger() async throws {
    var compared = 0
    for name in RiskTests.examples {
      let profile = try RiskTests.example(name)
      let today = RiskTests.today
      guard let plan = try? PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: profile.match, today: today), plan.feasible else { continue }
      var pack = bundledRules
      pack.risk = bundledRules.risk.degenerate(leadTimes: { profile.days($0, bundledRules.leadTimes) })
      let first = PathwayPlanner.firstOpenYear(pack, today: today)!
      let analysis = await RiskAnalysis.analyze(profile: profile, pack: pack, today: today, targetYear: plan.matchYear, firstYear: first, options: RiskRun(runs: 200), sensitivity: false)
      let ledger = CostLedger(plan, profile: profile, options: .standard(for: profile))
      let cost = RiskCost(analysis.draws, ledger: ledger)
      #expect(cost.expected == ledger.total(.applicant), "\(name)")
      #expect(cost.p90 == ledger.total(.applicant), "\(name)")
      compared += 1
    }
    #expect(compared >= 2)
  }

  @Test func aDrawnRetakeAndALaterSeasonAddTheirBranchPrices() throws {
    let profile = try RiskTests.example("fresh-graduate")
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: RiskTests.today)
    let ledger = CostLedger(plan, profile: profile, options: .standard(for: profile))
    let retake = try #require(ledger.branches.first { $0.kind == .retake(.step1) }).total(.applicant)
    let season = try #require(ledger.branches.first { $0.kind == .secondSeason }).total(.applicant)
    let draws = RiskDraws(exams: [.step1], extraAttempts: [0, 1, 0], outcomes: [2028, 2028, 2029], targetYear: 2028)
    let cost = RiskCost(draws, ledger: ledger)
    let base = ledger.total(.applicant)
    let usd = (3 * base.amount(.usd) + retake.amount(.usd) + season.amount(.usd))
    #expect(cost.expected.amount(.usd) == Int((Double(usd) / 3).rounded()))
    #expect(cost.p90 == base + season)
  }
}
