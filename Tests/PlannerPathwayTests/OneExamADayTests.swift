import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// No two exams on one day: the January testing break (FACTS §2: no USMLE testing in the first
/// 14 days of January) pushed Step 1 and Step 2 CK, both ready in early January, to the same day.
struct OneExamADayTests {
  func plan(step1: String, step2ck: String) throws -> PlanResult {
    let yaml = """
      match: 2028
      graduation: 2024-06-30
      visa: none
      school_ecfmg_note: true
      exams:
        step1:
          ready_by: \(step1)
        step2ck:
          ready_by: \(step2ck)
      done:
        ecfmg.account: 2024-10-01
        ecfmg.application: 2024-10-20
        credentials.verify: 2025-01-15
      """
    let p = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: try #require(Day(iso: "2026-12-01")))
  }

  /// Every pair of ready days around the break: the exams still to sit never share a day.
  @Test(arguments: ["2026-12-28", "2027-01-01", "2027-01-05", "2027-01-14", "2027-01-15"])
  func examsStillToSitNeverShareADay(step1: String) throws {
    for step2ck in ["2027-01-01", "2027-01-05", "2027-01-13", "2027-01-15"] {
      let r = try plan(step1: step1, step2ck: step2ck)
      let exams = r.schedule.tasks.filter { $0.task.kind.contains(.exam) && $0.task.state != .done }
      for (i, a) in exams.enumerated() {
        for b in exams[(i + 1)...] {
          #expect(a.lastDay < b.start || b.lastDay < a.start, "\(a.id) \(a.start) and \(b.id) \(b.start) (ready \(step1), \(step2ck))")
        }
      }
      #expect(OneExamADay.clash(in: r.schedule) == nil)
    }
  }

  /// Both ready on New Year's Day: Step 1 keeps the first open day, Step 2 CK sits the day after,
  /// and the why chain says it waits for Step 1.
  @Test func theLaterStepWaitsForTheEarlierOne() throws {
    let r = try plan(step1: "2027-01-01", step2ck: "2027-01-05")
    #expect(r.schedule.task("step1.exam")?.start == Day(iso: "2027-01-15"))
    #expect(r.schedule.task("step2ck.exam")?.start == Day(iso: "2027-01-16"))
    #expect(r.dependencies(of: "step2ck.exam").contains("step1.exam"))
    #expect(r.feasible)
  }
}
