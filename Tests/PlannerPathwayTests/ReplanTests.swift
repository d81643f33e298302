import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

struct ReplanTests {
  let today = Day(iso: "2026-11-25")!

  func profile(_ yaml: String) throws -> Profile { try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules) }

  static let booked = """
    match: 2028
    exams:
      step1:
        attempts: [{date: 2026-06-22, result: pass}]
      step2ck:
        booked: 2027-03-18
    done:
      ecfmg.application: 2025-11-20
      credentials.verify: 2026-01-30
    """

  @Test func whyFollowsTheDriversBackToARoot() throws {
    let r = try PathwayPlanner.plan(profile: try profile(Self.booked), rules: bundledRules, matchYear: 2028, today: today)
    let chain = WhyChain.chain("ecfmg.verified", in: r)
    #expect(chain.first?.task.id == "ecfmg.verified")
    for (link, next) in zip(chain, chain.dropFirst()) { #expect(link.next == next.task.id) }
    let root = try #require(chain.last)
    #expect(root.next == nil)
    #expect(root.task.driver.predecessorID == nil)
    let text = WhyChain.render("ecfmg.verified", in: r)
    #expect(text.contains("hard deadline 2028-03-01"))
    #expect(text.contains("source: "))
  }

  @Test func aSlipMovesTheResultByTheSameDaysAndRecordsNothing() throws {
    let p = try profile(Self.booked)
    let base = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today)
    let scenario = WhatIf(slips: [WhatIf.Slip(argument: "step2ck.exam=+3w")!])
    try scenario.check(against: base, profile: p)
    let after = try scenario.plan(profile: p, base: base, matchYear: nil, today: today)
    #expect(after.schedule.task("step2ck.exam")!.start - base.schedule.task("step2ck.exam")!.start == 21)
    #expect(after.schedule.task("step2ck.result")!.start - base.schedule.task("step2ck.result")!.start == 21)
    let diff = PlanDiff(before: PlanSnapshot(base), after: after)
    #expect(diff.moved.contains { $0.id == "step2ck.result" && $0.days == 21 })
    #expect(diff.holds)
  }

  @Test func aFailedExamInAWhatIfBringsARetakeAfterTheResult() throws {
    let p = try profile(Self.booked)
    let base = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today)
    let after = try WhatIf(fails: [.step2ck]).plan(profile: p, base: base, matchYear: nil, today: today)
    let failed = try #require(after.schedule.task("step2ck.exam.1"))
    #expect(failed.start == Day(iso: "2027-03-18"))
    #expect(failed.task.state == .booked)
    let retake = try #require(after.schedule.task("step2ck.exam"))
    #expect(retake.task.name.contains("attempt 2"))
    #expect(after.schedule.task("step2ck.prep")!.start >= Day(iso: "2027-04-15")!)
    #expect(PlanDiff(before: PlanSnapshot(base), after: after).added.map(\.id).contains("step2ck.exam.1"))
  }

  @Test func aBrokenDeadlineNamesTheChainBehindIt() throws {
    var p = try profile(Self.booked)
    p = Journal.apply(.reschedule(.step2ck, from: Day(iso: "2027-03-18")!, to: Day(iso: "2028-02-15")!), to: p)
    let before = try PathwayPlanner.plan(profile: try profile(Self.booked), rules: bundledRules, matchYear: 2028, today: today)
    let after = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today)
    let diff = PlanDiff(before: PlanSnapshot(before), after: after)
    #expect(!diff.holds)
    let text = diff.render(since: "since before")
    #expect(text.contains("Verdict: the 2028 Match NO LONGER HOLDS."))
    #expect(text.contains("because: Step 2 CK exam, booked is on 2028-02-15; then Step 2 CK result released 2028-03-14 → ECFMG verifies exams + clinical/communication skills for NRMP 2028-03-14"))
    #expect(text.contains("Earliest feasible Match year: 2029."))
  }
}
