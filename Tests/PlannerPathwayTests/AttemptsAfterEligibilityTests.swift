import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 26, point 9: four Step 1 failures followed by a pass ("attempt 5 of 4") cleared the
/// blocker and planned "Nothing blocks", exit 0, while `planner record` refuses the same history.
/// Four attempts at a Step without a pass end eligibility for every Step (exam.attempt_limit, from
/// exam.attempt_limit_from): any later sitting in a profile is refused where it is written.
struct AttemptsAfterEligibilityTests {
  static let today = Day(iso: "2026-12-07")!

  func errors(_ yaml: String) -> [Diagnostic] {
    do {
      let profile = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
      _ = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: nil, today: Self.today, file: "t.yaml")
      return []
    } catch let error as PlanningError {
      guard case .profile(let diagnostics) = error else { return [] }
      return diagnostics.diagnostics
    } catch {
      return []
    }
  }

  static func history(_ step1: [String], step2ck: [String] = []) -> String {
    func list(_ items: [String]) -> String { items.map { "      - {\($0)}\n" }.joined() }
    return "name: x\nexams:\n  step1:\n    attempts:\n" + list(step1) + (step2ck.isEmpty ? "" : "  step2ck:\n    attempts:\n" + list(step2ck))
  }

  @Test func aPassAfterFourFailuresIsRefusedAtItsLine() {
    let yaml = Self.history(["date: 2022-02-01, result: fail", "date: 2022-05-01, result: fail", "date: 2022-09-01, result: fail", "date: 2023-09-10, result: fail", "date: 2024-10-01, result: pass"])
    let found = errors(yaml)
    #expect(found.count == 1)
    #expect(found.first?.line == 9 && found.first?.column == 9, "\(found)")
    #expect(found.first?.message.contains("exams.step1: an attempt on 2024-10-01 (pass) after Step 1: all 4 attempts were used without a pass, which ends eligibility for every USMLE Step from 2023-09-10") == true, "\(found)")
  }

  @Test func anotherStepAfterTheLimitIsRefusedToo() {
    let yaml = Self.history(
      ["date: 2022-02-01, result: fail", "date: 2022-05-01, result: fail", "date: 2022-09-01, result: fail", "date: 2023-09-10, result: fail"],
      step2ck: ["date: 2024-03-01, result: pass"])
    let found = errors(yaml)
    #expect(found.map(\.line) == [11], "\(found)")
    #expect(found.first?.message.hasPrefix("exams.step2ck: an attempt on 2024-03-01 (pass) after Step 1: all 4 attempts") == true)
  }

  /// Before the limit took effect (2021-07-01) a fifth attempt was allowed; after it, not.
  @Test func attemptsBeforeTheLimitTookEffectCountFromThatDay() {
    let early = ["date: 2019-01-10, result: fail", "date: 2019-06-10, result: fail", "date: 2020-01-10, result: fail", "date: 2020-08-10, result: fail"]
    #expect(errors(Self.history(early + ["date: 2021-05-10, result: pass"])).isEmpty)
    #expect(errors(Self.history(early + ["date: 2021-09-10, result: pass"])).map(\.line) == [9])
  }

  @Test func threeFailuresThenAPassIsAHistoryLikeAnyOther() {
    #expect(errors(Self.history(["date: 2022-02-01, result: fail", "date: 2022-05-01, result: fail", "date: 2022-09-01, result: fail", "date: 2023-09-10, result: pass"])).isEmpty)
  }

  /// Issue 26, point 8: an attempt in the future was reported at `exams:`, not at the attempt.
  @Test func aFutureAttemptIsReportedWhereItIsWritten() {
    let found = errors(Self.history(["date: 2025-02-01, result: fail", "date: 2027-05-01, result: pass"]))
    #expect(found.count == 1)
    #expect(found.first?.line == 6 && found.first?.column == 9, "\(found)")
    #expect(found.first?.message.contains("attempt dated '2027-05-01' is in the future (today is 2026-12-07)") == true, "\(found)")
  }
}
