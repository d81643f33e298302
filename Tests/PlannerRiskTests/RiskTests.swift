import Foundation
import PlannerCore
@testable import PlannerPathway
@testable import PlannerRisk
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

/// The risk simulation against the deterministic plan, against probability, and against the
/// attempt rules.
@Suite struct RiskTests {
  static let today = Day(iso: "2026-12-01")!
  static let examples = ["fresh-graduate", "h1b-track", "legacy-cs", "step1-passed-ck-booked"]

  static func example(_ name: String) throws -> Profile {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("Examples/\(name).yaml"), encoding: .utf8)
    return try ProfileParser.parse(text, file: name, rules: bundledRules)
  }

  /// The risk analysis with the bundled pack, its `risk:` section replaced by `rules` when given.
  static func analyze(_ profile: Profile, target: Int? = nil, rules: RiskRules? = nil, runs: Int = 2000, workers: Int = 2, sensitivity: Bool = false) async throws -> (RiskAnalysis, PlanResult) {
    var pack = bundledRules
    if let rules { pack.risk = rules }
    let plan = try PathwayPlanner.plan(profile: profile, rules: pack, matchYear: target ?? profile.match, today: today)
    let first = PathwayPlanner.firstOpenYear(pack, today: today)!
    let analysis = await RiskAnalysis.analyze(profile: profile, pack: pack, today: today, targetYear: plan.matchYear, firstYear: first, options: RiskRun(runs: runs, seed: 7, workers: workers), sensitivity: sensitivity)
    return (analysis, plan)
  }

  @Test(arguments: examples)
  func degenerateInputsReproduceThePlan(name: String) async throws {
    let profile = try Self.example(name)
    let (a, plan) = try await Self.analyze(profile, rules: bundledRules.risk.degenerate(leadTimes: { profile.days($0, bundledRules.leadTimes) }), runs: 200)
    #expect(a.pReady == (plan.feasible ? 1 : 0), "\(name)")
    let years = a.distribution.filter { $0.share > 0 }
    #expect(years.count == 1, "\(name): \(years)")
    // The bucket of `plan`'s earliest feasible year, relative to the target year.
    let y = plan.matchYear
    let expected = plan.earliestFeasibleMatchYear.map { e in e < y ? "earlier than \(y)" : e - y <= 2 ? "\(e)" : "later" } ?? "none"
    #expect(years.first?.share == 1 && years.first?.label == expected, "\(name): \(years) vs \(expected)")
    #expect(a.milestones.allSatisfy { $0.p50 == $0.p90 }, "\(name): zero-width ranges give one date per milestone")
    for m in a.milestones {
      guard let t = plan.schedule.task(m.id) else { continue }
      #expect(m.p50 == t.lastDay, "\(name) \(m.id)")
    }
  }

  /// Step 2 CK booked so late that a failure cannot be retaken before the 2028 ROL deadline.
  static let oneShot = """
    name: One Shot
    graduation: 2025-05-31
    visa: none
    exams:
      step1:
        attempts:
          - {date: 2026-06-22, result: pass}
      step2ck:
        booked: 2027-11-20
        study_weeks: 8
      oet:
        attempts:
          - {date: 2026-09-05, result: pass}
    pathway: {number: 6}
    done:
      ecfmg.account: 2025-11-02
      ecfmg.application: 2025-11-20
      credentials.verify: 2026-01-30
    risk:
      step2ck: {first: 0.6, repeat: 0.6}
    """

  @Test func oneUncertainExamGivesItsPassProbability() async throws {
    let profile = try ProfileParser.parse(Self.oneShot, file: "one-shot", rules: bundledRules)
    #expect(profile.risk[.step2ck]?.first == 0.6)
    var rules = bundledRules.risk.degenerate(leadTimes: { profile.days($0, bundledRules.leadTimes) })
    rules.passRates[.step2ck]?.first.value = 0.9
    let (a, plan) = try await Self.analyze(profile, target: 2028, rules: rules, runs: 20_000)
    #expect(plan.feasible)
    #expect(abs(a.pReady - 0.6) <= 4 * a.standardError, "P = \(a.pReady) ± \(a.standardError)")
    #expect(a.inputs.contains { $0.origin == "profile" && $0.name.contains("Step 2 CK pass, first") })
  }

  @Test func sampledAttemptsObeyTheRulesAndDependencies() throws {
    var profile = try Self.example("fresh-graduate")
    // Weak odds, so many worlds retake up to the limit.
    profile.risk = [.step1: PassOverride(first: 0.3, repeatAttempt: 0.3), .step2ck: PassOverride(first: 0.4, repeatAttempt: 0.3), .oet: PassOverride(first: 0.5)]
    let model = RiskModel(profile: profile, pack: bundledRules, today: Self.today, targetYear: 2028, firstYear: 2027, inputs: RiskInputs(profile: profile, rules: bundledRules.risk))
    let worker = RiskWorker(model: model)
    var fourth = 0
    for run in 0..<400 {
      guard let code = worker.draw(run: run, seed: 11) else { continue }
      for year in [2028, 2029] {
        let index = worker.world(yearIndex: model.years.firstIndex(of: year)!, code: code)
        try #require(index >= 0)
        _ = worker.evaluate(index)
        let w = worker.store[index]
        let ws = worker.workspace
        func start(_ id: String) -> Int { ws.start(w.graph.index(of: id)!) }
        func finish(_ id: String) -> Int { ws.finish(w.graph.index(of: id)!) }
        for (k, u) in model.uncertain.enumerated() where u.usmle {
          var previous = u.pastDates
          #expect(w.attemptNodes[k].count <= bundledRules.exam.attemptLimit.value)
          if w.attemptNodes[k].count == 4 { fourth += 1 }
          for node in w.attemptNodes[k] {
            let day = Day(ordinal: ws.start(Int(node)))
            let earliest = try #require(bundledRules.exam.earliestNextAttempt(after: previous))
            #expect(day >= earliest, "run \(run): attempt \(previous.count + 1) on \(day), rules allow \(earliest)")
            #expect(bundledRules.exam.firstTestingDay(onOrAfter: day) == day, "run \(run): exam in the January blackout")
            previous.append(day)
          }
        }
        for d in w.source.dependencies {
          guard let succ = w.source.task(d.successor), succ.fixedStart == nil else { continue }
          let bound = (d.kind == .finishToStart ? finish(d.predecessor) : start(d.predecessor))
          let lag = d.kind == .startToStart && d.successor.contains("result") ? 0 : d.lag
          #expect(start(d.successor) >= bound + lag, "run \(run) \(year): \(d.successor) before \(d.predecessor)")
        }
      }
    }
    #expect(fourth > 0, "some worlds reach a fourth attempt")
  }

  /// The booked example's rotation comes `after: [step2ck.exam]`, with a 2027-08-31 deadline.
  /// A failed sitting is still a sitting: the rotation follows the first one, so a world that
  /// needs a third attempt no longer breaks the rotation's deadline in every year (it used to
  /// count as "none": 8.9% of worlds). What is left in "none" is four failures.
  @Test func whatFollowsTheSittingFollowsTheFirstSitting() async throws {
    let profile = try Self.example("step1-passed-ck-booked")
    let base = PathwayBuilder.build(profile: profile, cycle: bundledRules.cycle(2028)!, rules: bundledRules, today: Self.today).graph
    var expansion = RetakeExpansion(base)
    expansion.expand(.step2ck, failures: 2, first: 1, retakeStudy: 56, application: 14, window: 90, bookingLead: 21)
    let into = expansion.graph.dependencies.filter { $0.successor == "usce.rotation" }.map(\.predecessor)
    #expect(into == ["step2ck.exam@1"])
    #expect(expansion.graph.dependencies.contains { $0.predecessor == "step2ck.exam@1" && $0.successor == "step2ck.result@1" })
    let (a, _) = try await Self.analyze(profile, runs: 4000)
    let none = try #require(a.distribution.first { $0.label == "none" }?.share)
    let rate = try #require(bundledRules.risk.passRates[.step2ck])
    let fourFailures = (1 - rate.first.value) * pow(1 - rate.repeatAttempt.value, 3)
    let se = (fourFailures * (1 - fourFailures) / 4000).squareRoot()
    #expect(abs(none - fourFailures) <= 4 * se, "none \(none) vs P(four failures) \(fourFailures) ± \(se)")
  }

  @Test func sameSeedSameOutputWhateverTheWorkers() async throws {
    let profile = try Self.example("step1-passed-ck-booked")
    let (one, plan) = try await Self.analyze(profile, runs: 1000, workers: 1, sensitivity: true)
    let (three, _) = try await Self.analyze(profile, runs: 1000, workers: 3, sensitivity: true)
    // The report in words (PlannerRender) is a function of the analysis: equal words, equal worlds.
    let verdict = "v"
    #expect(one.text(verdict: verdict) == three.text(verdict: verdict))
    #expect(one.json(verdict: verdict) == three.json(verdict: verdict))
    #expect(plan.matchYear == 2028)
    let other = await RiskAnalysis.analyze(profile: profile, pack: bundledRules, today: Self.today, targetYear: 2028, firstYear: 2027, options: RiskRun(runs: 1000, seed: 8, workers: 2), sensitivity: false)
    #expect(other.pReady != one.pReady || other.milestones.map(\.p80) != one.milestones.map(\.p80), "another seed gives other worlds")
  }

  @Test func riskSectionIsParsedAndChecked() throws {
    let p = try ProfileParser.parse("risk:\n  step1: {first: 80%, repeat: 0.5}\n", file: "p.yaml", rules: bundledRules)
    #expect(p.risk[.step1] == PassOverride(first: 0.8, repeatAttempt: 0.5))
    #expect(throws: DiagnosticError.self) { try ProfileParser.parse("risk:\n  step1: {first: 1.5}\n", file: "p.yaml", rules: bundledRules) }
    #expect(throws: DiagnosticError.self) { try ProfileParser.parse("risk:\n  step1: {frist: 0.5}\n", file: "p.yaml", rules: bundledRules) }
  }
}
