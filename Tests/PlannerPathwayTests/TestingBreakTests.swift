import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 9 §6: the January testing break is a constraint of the schedule, in both passes, not a
/// re-scheduling loop. Step 1 preparation that starts on 2026-09-01 ends 2026-12-21; the permit
/// would allow the exam from 2027-01-07, inside the break.
struct TestingBreakTests {
  let today = Day(iso: "2026-09-01")!

  func plan(_ yaml: String) throws -> PlanResult {
    let p = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today)
  }

  @Test func anExamReadyInTheBreakStartsTheDayAfterIt() throws {
    let r = try plan("")
    let prep = try #require(r.schedule.task("step1.prep"))
    #expect(prep.lastDay == Day(iso: "2026-12-21")!)
    let exam = try #require(r.schedule.task("step1.exam"))
    #expect(exam.start == Day(iso: "2027-01-15")!)
    #expect(exam.driver == .blackout(Day(iso: "2027-01-15")!))
    #expect(Explain.driver(exam, in: r.schedule) == "no testing before 2027-01-15 (January testing break)")
    #expect(exam.task.provenance.note == "no USMLE testing in the first 14 days of January")
    #expect(exam.task.provenance.sources.contains(bundledRules.exam.januaryBlackoutDays.source))
    // The break holds the exam, not the permit: the application is done by 2027-01-06.
    let register = try #require(r.schedule.task("step1.register"))
    #expect(register.lastDay < Day(iso: "2027-01-07")!)
    // Only an exam the break moved says so.
    #expect(r.schedule.task("step2ck.exam")?.task.provenance.note != exam.task.provenance.note)
  }

  /// Results 50 days after the test put the latest exam day for ECFMG verification by the ROL
  /// deadline (2028-03-01) on 2028-01-11, inside the break: the latest real day is 2027-12-31.
  @Test func aLatestStartInTheBreakMovesBeforeIt() throws {
    let r = try plan("lead_times:\n  usmle_result: 50\n")
    for id in ["step1.exam", "step2ck.exam"] {
      let exam = try #require(r.schedule.task(id))
      #expect(exam.lateStart == Day(iso: "2027-12-31")!, "\(id)")
      #expect(exam.totalFloat == exam.lateStart - exam.earlyStart, "\(id)")
    }
    // Preparation must end before that latest exam day, not before the one inside the break.
    let prep = try #require(r.schedule.task("step2ck.prep"))
    #expect(prep.lateFinish <= Day(iso: "2027-12-31")!)
    // Without the break the same plan would allow 2028-01-11.
    let unbroken = try plan("lead_times:\n  usmle_result: 50\n", breakDays: 0)
    #expect(unbroken.schedule.task("step2ck.exam")?.lateStart == Day(iso: "2028-01-11")!)
  }

  /// Every USMLE exam the plan can move carries the break; OET and done or booked sittings do not.
  @Test func theBreakIsOnEveryMovableUSMLEExamOnly() throws {
    let r = try plan("visa: h1b\n")
    let breaks = bundledRules.exam.testingBreaks
    #expect(breaks == [StartBlackout(month: 1, firstDay: 1, lastDay: 14)])
    for t in r.graph.tasks {
      let usmleExam = ["step1.exam", "step2ck.exam", "step3.exam"].contains(t.id) && t.state == .planned
      #expect(t.startBlackouts == (usmleExam ? breaks : []), "\(t.id)")
    }
    #expect(r.graph.task("step3.exam") != nil)
  }

  func plan(_ yaml: String, breakDays: Int) throws -> PlanResult {
    var rules = bundledRules
    rules.exam.januaryBlackoutDays.value = breakDays
    let p = try ProfileParser.parse(yaml, file: "t.yaml", rules: rules)
    return try PathwayPlanner.plan(profile: p, rules: rules, matchYear: 2028, today: today)
  }
}
