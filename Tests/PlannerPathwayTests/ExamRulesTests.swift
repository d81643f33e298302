import PlannerCore
import Testing

@testable import PlannerPathway

struct ExamRulesTests {
  func d(_ s: String) -> Day { Day(iso: s)! }

  @Test func firstRetakeHasNoWaitingPeriod() {
    #expect(bundledRules.exam.earliestNextAttempt(after: [d("2026-03-10")]) == d("2026-03-11"))
  }

  @Test func threeAttemptsInAYearPushTheFourthOut() {
    // 3 attempts: the 4th must be ≥ 12 months after the first, ≥ 6 after the latest,
    // and more than 12 months after the third-latest.
    let attempts = [d("2026-01-20"), d("2026-05-04"), d("2026-09-15")]
    #expect(bundledRules.exam.earliestNextAttempt(after: attempts) == d("2027-03-15"))
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
