import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// OET Medicine is no USMLE Step: it may be sat again after a pass, and is when the pass is older
/// than the season's `oet_taken_on_or_after` (2022-01-01 for the 2028 Match). `what-if --fail oet`
/// and a recorded failure of that new sitting then give one answer (issue 20's closing note).
@Suite struct OETResitTests {
  static let today = Day(iso: "2026-12-07")!

  static let oldPass = """
    name: Dr. Old OET
    match: 2028
    graduation: 2020-06-30
    visa: j1
    exams:
      step1:
        attempts:
          - {date: 2024-05-10, result: pass}
      step2ck:
        attempts:
          - {date: 2025-02-14, result: pass}
      oet:
        attempts:
          - {date: 2021-06-05, result: pass}

    """

  @Test func aPassBeforeTheSeasonsRecencyDateIsSatAgainAndItsFailureCanBeRecorded() throws {
    let profile = try ProfileParser.parse(Self.oldPass, file: "oet.yaml", rules: bundledRules)
    let base = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: Self.today)
    let sitting = try #require(base.schedule.task("oet.exam"))
    #expect(sitting.task.state == .planned)
    let scenario = WhatIf(fails: [.oet])
    try scenario.check(against: base, profile: profile)
    let whatIf = try scenario.plan(profile: profile, base: base, matchYear: 2028, today: Self.today)
    // The failure recorded when the result is out: planned, not refused as a "passed Step" retake.
    let known = sitting.start + profile.days("oet_result", bundledRules.leadTimes)
    let failed = Journal.apply(.result(.oet, .fail, on: sitting.start, score: nil), to: profile)
    let recorded = try PathwayPlanner.plan(profile: failed, rules: bundledRules, matchYear: 2028, today: known)
    #expect(recorded.schedule.task("oet.exam").map { $0.start > sitting.start } == true)
    #expect(whatIf.verdict.status == recorded.verdict.status)
    #expect(whatIf.feasible == recorded.feasible)
  }
}
