import Foundation
import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway
@testable import PlannerRisk

/// Risk with every pass probability 1 and every sampled range of zero width is the plan: the
/// simulated world compiled from the planner's own graph gives every task the plan's dates
/// (issue 20, tests: "risk … reproduces the plan's dates exactly").
@Suite struct RiskDegenerateTests {
  static func profiles() throws -> [(String, Profile, Day)] {
    var out: [(String, Profile, Day)] = []
    for name in RiskTests.examples { out.append((name, try RiskTests.example(name), RiskTests.today)) }
    for (name, profile) in try SampleApplicants.profiles() where !RiskTests.examples.contains(name) {
      out.append((name, profile, SampleApplicants.today))
    }
    return out
  }

  @Test func everyTaskKeepsThePlansDates() throws {
    var compared = 0
    for (name, profile, today) in try Self.profiles() {
      guard let plan = try? PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: profile.match, today: today) else { continue }
      var pack = bundledRules
      pack.risk = bundledRules.risk.degenerate(leadTimes: { profile.days($0, bundledRules.leadTimes) })
      let first = PathwayPlanner.firstOpenYear(pack, today: today)!
      let model = RiskModel(profile: profile, pack: pack, today: today, targetYear: plan.matchYear, firstYear: first, inputs: RiskInputs(profile: profile, rules: pack.risk))
      let worker = RiskWorker(model: model)
      let code = try #require(worker.draw(run: 0, seed: 1), "\(name): every exam passes first time")
      let y = try #require(model.years.firstIndex(of: plan.matchYear))
      let (w, evaluation, blocked) = try #require(worker.evaluateYear(y, code: code), "\(name)")
      #expect(evaluation.feasible && !blocked == plan.feasible, "\(name): verdict")
      for t in plan.schedule.tasks {
        guard let node = worker.store[w].graph.index(of: t.id) else {
          Issue.record("\(name): \(t.id) is not in the simulated world")
          continue
        }
        #expect(Day(ordinal: worker.workspace.start(node)) == t.start, "\(name) \(t.id) start")
        #expect(Day(ordinal: worker.workspace.finish(node)) == t.earlyFinish, "\(name) \(t.id) finish")
        compared += 1
      }
    }
    #expect(compared > 500)
  }
}
