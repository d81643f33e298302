import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Correction 6: the fourth attempt is the last. plan, check and record warn before it is
/// scheduled or taken that a fourth failure ends eligibility for every Step.
struct LastAttemptTests {
  let today = Day(iso: "2026-11-25")!
  let threeFails = "exams:\n  step1:\n    attempts:\n      - {date: 2025-03-01, result: fail}\n      - {date: 2025-08-01, result: fail}\n      - {date: 2026-01-20, result: fail}\n"
  let twoFails = "exams:\n  step1:\n    attempts:\n      - {date: 2025-08-01, result: fail}\n      - {date: 2026-01-20, result: fail}\n"

  func run(_ yaml: String) throws -> (Profile, PlanResult) {
    let p = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return (p, try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: nil, today: today))
  }

  @Test func planAndCheckWarnBeforeTheFourthAttempt() throws {
    let (p, r) = try run(threeFails)
    let warning = try #require(r.findings.first { $0.code == .lastAttempt(.step1) })
    #expect(warning.severity == .warning)
    #expect(warning.message.contains("last one allowed") && warning.message.contains("every USMLE Step"))
    #expect(r.schedule.task("step1.exam")?.task.state == .planned)
    let check = EligibilityCheck.run(profile: p, plan: r, today: today)
    #expect(check.contains { $0.code == .lastAttempt(.step1) && $0.severity == .warning && $0.message.contains("every USMLE Step") })
  }

  /// FACTS §2: reaching 4 attempts without a pass "makes the person ineligible for all Steps":
  /// the plan schedules no attempt at any other Step, and the blocker says why.
  @Test(arguments: [Exam.step1, .step2ck])
  func aFourthFailurePlansNoOtherStep(exhausted: Exam) throws {
    let fails = ["2024-01-20", "2024-05-20", "2024-10-20", "2025-10-21"].map { "      - {date: \($0), result: fail}\n" }.joined()
    let (p, r) = try run("visa: h1b\nexams:\n  \(exhausted.rawValue):\n    attempts:\n" + fails)
    #expect(!r.feasible)
    for exam in [Exam.step1, .step2ck, .step3] {
      for part in ["prep", "register", "exam"] {
        #expect(r.schedule.task("\(exam.rawValue).\(part)")?.task.state != .planned, "\(exam.rawValue).\(part) is planned")
      }
    }
    let check = EligibilityCheck.run(profile: p, plan: r, today: today)
    #expect(check.contains { $0.code == .attemptsExhausted && $0.severity == .blocker && $0.message.hasPrefix("\(exhausted.title): all 4 attempts") && $0.message.contains("every USMLE Step") })
  }

  /// Step 3 is not needed for ECFMG certification or a J-1 (FACTS §2 "Why Step 3 matters"): four
  /// Step 3 failures close the H-1B route only.
  @Test(arguments: [("j1", Finding.Severity.warning), ("h1b", .blocker)])
  func fourStep3FailuresCloseOnlyTheH1BRoute(visa: String, severity: Finding.Severity) throws {
    let fails = ["2024-01-20", "2024-05-20", "2024-10-20", "2025-10-21"].map { "      - {date: \($0), result: fail}\n" }.joined()
    let yaml = "visa: \(visa)\ngraduation: 2021-06-30\nstep2cs_pass: 2020-02-01\nexams:\n  step1:\n    attempts: [{date: 2021-09-01, result: pass}]\n  step2ck:\n    attempts: [{date: 2022-02-01, result: pass, score: 240}]\n  step3:\n    attempts:\n" + fails + "done:\n  credentials.verify: 2022-03-01\n  ecfmg.certificate: 2023-01-10\n"
    let (p, r) = try run(yaml)
    let check = EligibilityCheck.run(profile: p, plan: r, today: today)
    let hit = try #require(check.first { $0.code == .attemptsExhausted })
    #expect(hit.severity == severity)
    #expect(!hit.message.contains("ECFMG certification is not possible"))
    #expect(r.feasible == (visa == "j1"))
  }

  @Test func noWarningBeforeTheThirdAttempt() throws {
    let (p, r) = try run(twoFails)
    #expect(!r.findings.contains { $0.code.string.hasPrefix("attempts.last") })
    #expect(!EligibilityCheck.run(profile: p, plan: r, today: today).contains { $0.code.string.hasPrefix("attempts.last") })
  }

  @Test func recordWarnsOnTheThirdFailureAndOnBookingTheFourth() throws {
    let p2 = try ProfileParser.parse(twoFails, file: "t.yaml", rules: bundledRules)
    let third = RecordRules.warnings(.result(.step1, .fail, on: Day(iso: "2026-11-20")!, score: nil), profile: p2, rules: bundledRules)
    #expect(third.count == 1 && third[0].contains("3 of 4") && third[0].contains("last one allowed"))
    let p3 = try ProfileParser.parse(threeFails, file: "t.yaml", rules: bundledRules)
    let booking = RecordRules.warnings(.book(.step1, for: Day(iso: "2027-03-02")!), profile: p3, rules: bundledRules)
    #expect(booking.count == 1 && booking[0].contains("attempt 4, the last one allowed"))
    #expect(RecordRules.warnings(.book(.step1, for: Day(iso: "2027-03-02")!), profile: p2, rules: bundledRules).isEmpty)
  }
}
