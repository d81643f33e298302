import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// FACTS §9 late applications: "NRMP late registration runs up to the ROL deadline". An applicant
/// who registers after ranking opens (late fee) still enters the Match, as long as the list is
/// certified and ECFMG has verified by the ROL deadline.
struct LateRegistrationTests {
  /// Exams and clinical skills done, ERAS submitted, not registered with NRMP.
  let yaml = """
    graduation: 2018-07-01
    visa: none
    step2cs_pass: 2019-08-20
    exams:
      step1:
        attempts: [{date: 2019-03-12, result: pass}]
      step2ck:
        attempts: [{date: 2019-06-20, result: pass, score: 231}]
    done:
      credentials.verify: 2019-01-15
      eras.submit: 2026-10-01
    """

  func plan(today: Day) throws -> PlanResult {
    let profile = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2027, today: today)
  }

  @Test func registeringAfterRankingOpensStillMakesTheMatchUpToTheROLDeadline() throws {
    let cycle = try #require(bundledRules.cycle(2027))
    let opens = cycle.rankingOpens.value, rol = cycle.rolDeadline.value
    for today in [opens - 1, opens, opens + 1, opens + 14, rol - 1, rol] {
      let r = try plan(today: today)
      #expect(r.feasible, "registering on \(today) (ranking opens \(opens), ROL deadline \(rol))")
      #expect(r.matchYear == 2027)
      let register = try #require(r.schedule.task("nrmp.register"))
      #expect(register.start == today && register.lastDay <= rol)
      // The open ranking window is not overdue work: it runs to the ROL deadline.
      let overdue = OverdueWork.find(r, profile: try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules))
      #expect(overdue["nrmp.ranking"] == nil)
    }
    // The day after, the 2027 Match is closed to new applicants.
    let after = try plan(today: rol + 1)
    #expect(!after.feasible || after.matchYear != 2027)
  }
}
