import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 9 §2: the application for an exam's eligibility period is made while studying, so the
/// scheduling permit is in hand when preparation ends; when it cannot be, the exam waits and the
/// plan says why. The exam is never before the permit.
struct PermitTimingTests {
  let today = Day(iso: "2026-12-01")!

  func plan(_ yaml: String, match: Int? = 2028) throws -> PlanResult {
    let p = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: match, today: today)
  }

  /// The latest finish of what the application needs besides the preparation it is made during.
  func prerequisitesDone(_ id: String, in r: PlanResult) -> Day {
    let ends = r.graph.dependencies.filter { $0.successor == id && $0.kind == .finishToStart }.compactMap { r.schedule.task($0.predecessor)?.earlyFinish }
    return ends.max() ?? today
  }

  /// Checks the rule for one exam of one plan and returns whether the exam waited for its permit.
  @discardableResult
  func checkRule(_ key: String, _ r: PlanResult, _ context: String) throws -> Bool {
    let prep = try #require(r.schedule.task("\(key).prep"), "\(context)")
    let register = try #require(r.schedule.task("\(key).register"), "\(context)")
    let exam = try #require(r.schedule.task("\(key).exam"), "\(context)")
    let window = try #require(r.schedule.task("\(key).window"), "\(context)")
    // Never before the permit, never before the end of preparation.
    #expect(exam.start >= register.earlyFinish, "\(context): \(key) exam \(exam.start) before the permit \(register.lastDay)")
    #expect(exam.start >= prep.earlyFinish, "\(context): \(key) exam before preparation ends")
    // The eligibility period covers the test date and does not open before the permit.
    #expect(window.start >= register.earlyFinish && window.start <= exam.start && exam.start <= window.lastDay, "\(context): \(key) period \(window.start)…\(window.lastDay) vs exam \(exam.start)")
    let ready = prerequisitesDone("\(key).register", in: r)
    if key != "step3" {
      // As early as its own prerequisites allow, and never before preparation starts.
      #expect(register.start == max(prep.start, ready), "\(context): \(key) applied \(register.start), prep \(prep.start), prerequisites \(ready)")
      if ready <= prep.lastDay { #expect(register.start <= prep.lastDay, "\(context): \(key) application not made while studying") }
    }
    let waited = register.earlyFinish > prep.earlyFinish
    let said = r.findings.contains { $0.code.string == "exam.waits-for-permit.\(key)" }
    #expect(waited == said, "\(context): \(key) waited \(waited), said \(said)")
    return waited
  }

  /// Today's fresh graduate: credential verification (90 days) comes before any USMLE
  /// application, so the Step 1 permit lands after preparation ends: the exam waits and the
  /// plan says for what.
  @Test func aLatePermitMakesTheExamWaitAndSaysWhy() throws {
    let r = try plan("")
    #expect(try checkRule("step1", r, "default"))
    let exam = try #require(r.schedule.task("step1.exam"))
    #expect(exam.driver.predecessorID == "step1.register")
    let finding = try #require(r.findings.first { $0.code == .examWaitsForPermit(.step1) })
    #expect(finding.message.contains("ECFMG verifies your diploma and transcript"))
    #expect(finding.message.contains("after your preparation ends (\(r.schedule.task("step1.prep")!.lastDay))"))
    #expect(finding.severity == .warning)
  }

  /// When the prerequisites are done early, the application is made during preparation and the
  /// permit is in hand when preparation ends: the exam follows the study block at once.
  @Test func theApplicationIsMadeWhileStudying() throws {
    let r = try plan("lead_times:\n  credentials: 20\nexams:\n  step1:\n    study_weeks: 16\n")
    let prep = try #require(r.schedule.task("step1.prep"))
    let register = try #require(r.schedule.task("step1.register"))
    let exam = try #require(r.schedule.task("step1.exam"))
    #expect(!(try checkRule("step1", r, "fast credentials")))
    #expect(register.start > prep.start && register.lastDay < prep.lastDay)
    #expect(exam.start == prep.earlyFinish)
    // Step 2 CK, studied after Step 1, is applied for when its own study block starts.
    let ckPrep = try #require(r.schedule.task("step2ck.prep"))
    #expect(r.schedule.task("step2ck.register")?.start == ckPrep.start)
    try checkRule("step2ck", r, "fast credentials")
  }

  /// The general case, over lead times and study lengths: no cycle, the exam never before the
  /// permit, the application as early as its prerequisites allow during preparation, the
  /// eligibility period around the test date, and every wait explained.
  @Test(arguments: [5, 30, 60, 90, 150, 240])
  func theRuleHoldsInGeneral(credentials: Int) throws {
    var waits = 0
    for weeks in [2, 6, 12, 20, 30] {
      for application in [3, 14, 45] {
        for graduated in [true, false] {
          let yaml = """
            \(graduated ? "graduation: 2026-06-30" : "graduation: 2027-05-30")
            lead_times:
              credentials: \(credentials)
              usmle_application: \(application)
            exams:
              step1:
                study_weeks: \(weeks)
              step2ck:
                study_weeks: \(weeks / 2 + 1)
            """
          let r = try plan(yaml, match: nil)
          let context = "credentials \(credentials), \(weeks) weeks, application \(application), graduated \(graduated)"
          if try checkRule("step1", r, context) { waits += 1 }
          try checkRule("step2ck", r, context)
        }
      }
    }
    // Long verifications and short study blocks do make the exam wait somewhere in the grid.
    if credentials >= 90 { #expect(waits > 0) }
  }

  /// Step 3 (H-1B): its permit waits for the ECFMG certificate, so the same rule holds with the
  /// preparation placed to end at the permit.
  @Test func step3FollowsTheSameRule() throws {
    let r = try plan("visa: h1b\nexams:\n  step3:\n    study_weeks: 10\n", match: 2029)
    try checkRule("step3", r, "h1b")
    #expect(!r.findings.contains { $0.code == .step3OutsidePeriod })
  }
}
