import PlannerCore
import PlannerTestSupport
import Testing

@testable import PlannerRules

struct ExamRulesTests {
  func d(_ s: String) -> Day { Day(iso: s)! }

  @Test func firstRetakeHasNoWaitingPeriod() {
    #expect(bundledRules.exam.earliestNextAttempt(after: [d("2026-03-10")]) == d("2026-03-11"))
  }

  @Test func threeAttemptsInAYearPushTheFourthOut() {
    // 3 attempts: the 4th must be ≥ 12 months after the first and ≥ 6 after the latest.
    let attempts = [d("2026-01-20"), d("2026-05-04"), d("2026-09-15")]
    #expect(bundledRules.exam.earliestNextAttempt(after: attempts) == d("2027-03-15"))
  }

  /// FACTS §9 attempt limit: "4th ≥12 months after the 1st and ≥6 after the latest" — the
  /// anniversary of the first attempt is itself allowed, the day before is not.
  @Test(arguments: ["2026-01-20", "2025-03-31", "2024-02-29", "2026-12-15"])
  func theFourthAttemptMayFallOnTheFirstAttemptsAnniversary(first: String) {
    let one = d(first)
    let attempts = [one, one + 30, one + 60]
    let earliest = bundledRules.exam.earliestNextAttempt(after: attempts)
    #expect(earliest == one.adding(months: 12))
    // And six months after the latest, to the day, when that is the later bound.
    let late = [one, one + 30, one + 200]
    #expect(bundledRules.exam.earliestNextAttempt(after: late) == (one + 200).adding(months: 6))
  }

  @Test func spreadOutAttemptsStillWaitSixMonthsForTheFourth() {
    let attempts = [d("2023-01-10"), d("2024-06-01"), d("2026-10-01")]
    #expect(bundledRules.exam.earliestNextAttempt(after: attempts) == d("2027-04-01"))
  }

  @Test func fourAttemptsEndEligibility() {
    let attempts = [d("2023-01-10"), d("2023-06-01"), d("2023-11-01"), d("2024-12-01")]
    #expect(bundledRules.exam.earliestNextAttempt(after: attempts) == nil)
  }

  @Test func januaryBlackout() {
    #expect(bundledRules.exam.firstTestingDay(onOrAfter: d("2027-01-01")) == d("2027-01-15"))
    #expect(bundledRules.exam.firstTestingDay(onOrAfter: d("2027-01-14")) == d("2027-01-15"))
    #expect(bundledRules.exam.firstTestingDay(onOrAfter: d("2027-01-15")) == d("2027-01-15"))
    #expect(bundledRules.exam.firstTestingDay(onOrAfter: d("2026-12-31")) == d("2026-12-31"))
  }

  @Test func step2ckPassingScoreByTestDate() {
    #expect(bundledRules.exam.step2ckPassingScore(on: d("2022-06-30"))?.value == 209)
    #expect(bundledRules.exam.step2ckPassingScore(on: d("2022-07-01"))?.value == 214)
    #expect(bundledRules.exam.step2ckPassingScore(on: d("2025-06-30"))?.value == 214)
    #expect(bundledRules.exam.step2ckPassingScore(on: d("2025-07-01"))?.value == 218)
    #expect(bundledRules.exam.step2ckPassingScore(on: d("2014-07-01"))?.value == 209)
    // The standard before 2014-07-01 is not in the pack: no score is claimed for it.
    #expect(bundledRules.exam.step2ckPassingScore(on: d("2014-06-30")) == nil)
  }
}
