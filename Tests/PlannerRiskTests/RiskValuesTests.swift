import Foundation
import PlannerCore
@testable import PlannerPathway
@testable import PlannerRisk
import PlannerRules
import PlannerTestSupport
import Testing

/// The simulation's numbers against ../shared/domain/RISK.md, and its limiting cases.
@Suite struct RiskValuesTests {
  static let today = RiskTests.today

  /// Step 2 CK booked on `day`, its first attempt certain to pass: only its result lag is drawn.
  static func booked(_ day: String) throws -> Profile {
    let text = RiskTests.oneShot.replacingOccurrences(of: "booked: 2027-11-20", with: "booked: \(day)")
      .replacingOccurrences(of: "step2ck: {first: 0.6, repeat: 0.6}", with: "step2ck: {first: 1}")
    return try ProfileParser.parse(text, file: "booked", rules: bundledRules)
  }

  /// RISK.md "USMLE result lag, normal": the first Wednesday on or after test + 17 days,
  /// P(≤28 d) = 0.85, P(≤42 d) = 0.95, P(≤56 d) = 0.99, range 14–56 d. Tests on each weekday of
  /// one March week (outside every scheduled delay and the December freeze).
  @Test func usmleResultsAsReleasedFollowRiskMd() throws {
    var lags: [Int] = []
    for offset in 0..<7 {
      let test = Day(iso: "2027-03-01")! + offset
      let profile = try Self.booked(test.description)
      let model = RiskModel(profile: profile, pack: bundledRules, today: Self.today, targetYear: 2028, firstYear: 2027, inputs: RiskInputs(profile: profile, rules: bundledRules.risk))
      let worker = RiskWorker(model: model)
      let year = try #require(model.years.firstIndex(of: 2028))
      for run in 0..<3000 {
        let code = try #require(worker.draw(run: run, seed: 5))
        let w = worker.world(yearIndex: year, code: code)
        _ = worker.evaluate(w)
        let exam = try #require(worker.store[w].graph.index(of: "step2ck.exam"))
        let result = try #require(worker.store[w].graph.index(of: "step2ck.result"))
        #expect(worker.workspace.start(exam) == test.ordinal, "the booked day is a fact")
        let release = Day(ordinal: worker.workspace.start(result))
        #expect(release.isoWeekday == 3)
        lags.append(release.ordinal - test.ordinal)
      }
    }
    func share(_ days: Int) -> Double { Double(lags.filter { $0 <= days }.count) / Double(lags.count) }
    #expect(lags.min()! >= 17 && lags.max()! <= 56, "released \(lags.min()!)–\(lags.max()!) days after the test")
    #expect(abs(share(28) - 0.85) <= 0.02, "P(≤28 d) = \(share(28))")
    #expect(abs(share(42) - 0.95) <= 0.015, "P(≤42 d) = \(share(42))")
    #expect(share(49) >= 0.98, "P(≤49 d) = \(share(49))")
  }

  /// Every exam certain to fail: no world is ready in any year when an exam is still to pass;
  /// when none is (legacy-cs has them all), the deterministic verdict stands.
  @Test(arguments: RiskTests.examples)
  func passRateZeroMeansNoWorldIsReady(name: String) async throws {
    let profile = try RiskTests.example(name)
    var rules = bundledRules.risk
    for (exam, rate) in rules.passRates {
      var zero = rate
      zero.first.value = 0
      zero.repeatAttempt.value = 0
      rules.passRates[exam] = zero
    }
    let (a, plan) = try await RiskTests.analyze(profile, rules: rules, runs: 300)
    let uncertain = a.inputs.contains { $0.name.contains("pass, first attempt") }
    if uncertain {
      #expect(a.pReady == 0, "\(name)")
      #expect(a.distribution.first { $0.label == "none" }?.share == 1, "\(name): \(a.distribution)")
    } else {
      let (deterministic, _) = try await RiskTests.analyze(profile, runs: 300)
      #expect(a.pReady == deterministic.pReady, "\(name): no exam left, the pass rate changes nothing")
      #expect(plan.feasible || a.pReady == 0)
    }
  }

  /// More worlds, same answer: 2,000 and 20,000 runs agree within four combined standard errors.
  @Test func moreRunsConverge() async throws {
    let profile = try RiskTests.example("fresh-graduate")
    let (small, _) = try await RiskTests.analyze(profile, runs: 2000)
    let (large, _) = try await RiskTests.analyze(profile, runs: 20_000)
    let se = (small.standardError * small.standardError + large.standardError * large.standardError).squareRoot()
    #expect(small.standardError > 0 && large.standardError < small.standardError)
    #expect(abs(small.pReady - large.pReady) <= 4 * se, "\(small.pReady) vs \(large.pReady) ± \(se)")
  }
}
