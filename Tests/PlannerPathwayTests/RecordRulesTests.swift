import PlannerCore
import Testing

@testable import PlannerPathway

struct RecordRulesTests {
  let today = Day(iso: "2027-09-01")!

  func d(_ s: String) -> Day { Day(iso: s)! }

  func refusal(_ action: JournalEntry.Action, _ profile: Profile = Profile(), ids: Set<String> = ["eras.submit", "eras.letters"]) -> String {
    do {
      try RecordRules.check(action, profile: profile, rules: bundledRules, today: today, taskIDs: ids)
      return ""
    } catch {
      return error.description
    }
  }

  func step1(_ results: [(String, Attempt.Result)]) -> Profile {
    var p = Profile()
    p.exams[.step1] = ExamRecord(attempts: results.map { Attempt(date: d($0.0), result: $0.1) })
    return p
  }

  @Test func aResultInTheFutureIsRefused() {
    #expect(refusal(.result(.step1, .fail, on: d("2027-09-02"), score: nil)).contains("is in the future (today is 2027-09-01)"))
  }

  @Test func aRetakeSoonerThanTheRulesIsRefused() {
    let p = step1([("2026-10-10", .fail), ("2027-01-20", .fail), ("2027-04-10", .fail)])
    let message = refusal(.result(.step1, .fail, on: d("2027-08-01"), score: nil), p)
    #expect(message.contains("attempt 4 on 2027-08-01 is sooner than the attempt rules allow: no earlier than 2027-10-10"))
    // 12 months after the first and 6 after the latest, both to the day: allowed.
    #expect(refusal(.book(.step1, for: d("2027-10-10")), p).isEmpty)
    #expect(refusal(.book(.step1, for: d("2027-10-09")), p).contains("no earlier than 2027-10-10"))
  }

  @Test func aPassForAPassedStepIsRefused() {
    #expect(refusal(.result(.step1, .pass, on: d("2027-08-01"), score: nil), step1([("2027-01-10", .pass)])).contains("already passed on 2027-01-10"))
  }

  @Test func aStep2CKPassBelowThePassingScoreIsRefused() {
    let message = refusal(.result(.step2ck, .pass, on: d("2027-08-01"), score: 210))
    #expect(message.contains("below the passing score for that test date (218)"))
    #expect(refusal(.result(.step2ck, .pass, on: d("2027-08-01"), score: 230)).isEmpty)
  }

  @Test func fourAttemptsEndCertification() {
    let p = step1([("2025-01-20", .fail), ("2025-04-20", .fail), ("2025-07-20", .fail), ("2026-07-20", .fail)])
    let message = refusal(.book(.step1, for: d("2027-10-01")), p)
    #expect(message.contains("all 4 attempts are used"))
    #expect(message.contains("ECFMG certification is no longer possible"))
  }

  /// FACTS §2/§9: reaching the attempt limit on one Step makes the person ineligible for all
  /// Steps, so no other Step can be booked, and no other Step's result dated after it recorded.
  @Test(arguments: [Exam.step1, .step2ck, .step3])
  func usingUpOneStepsAttemptsEndsEveryStep(used: Exam) {
    var p = Profile()
    p.exams[used] = ExamRecord(attempts: ["2025-01-20", "2025-04-20", "2025-07-20", "2026-07-20"].map { Attempt(date: d($0), result: .fail) })
    for other in [Exam.step1, .step2ck, .step3] where other != used {
      #expect(refusal(.book(other, for: d("2027-10-01")), p).contains("\(used.title): all 4 attempts were used without a pass, which ends eligibility for every USMLE Step from 2026-07-20, so \(other.title) cannot be booked"))
      #expect(refusal(.result(other, .pass, on: d("2026-07-21"), score: nil), p).contains("so there can be no \(other.title) result on 2026-07-21"))
      // What was taken before the limit was reached stands.
      #expect(refusal(.result(other, .pass, on: d("2026-07-20"), score: nil), p).isEmpty)
    }
    // OET is not a USMLE Step.
    #expect(refusal(.book(.oet, for: d("2027-10-01")), p).isEmpty)
  }

  @Test func anUnknownTaskSuggestsTheNearOne() {
    #expect(refusal(.done("eras.submt", on: d("2027-08-01"))).contains("unknown task 'eras.submt'; did you mean 'eras.submit'?"))
    #expect(refusal(.done("step1.exam", on: d("2027-08-01"))).contains("record it with `planner record step1"))
  }

  @Test func rescheduleNeedsABooking() {
    #expect(refusal(.reschedule(.step2ck, from: d("2027-10-01"), to: d("2027-10-01"))).contains("Step 2 CK is not booked"))
  }

  @Test func noUSMLEInEarlyJanuary() {
    #expect(refusal(.book(.step2ck, for: d("2028-01-05"))).contains("first testing day is 2028-01-15"))
  }
}
