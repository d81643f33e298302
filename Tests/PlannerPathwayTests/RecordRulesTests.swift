import PlannerCore
import PlannerRules
import PlannerTestSupport
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
      // (Step 3 also needs Step 1 and Step 2 CK passed first, which these profiles lack.)
      if other != .step3 { #expect(refusal(.result(other, .pass, on: d("2026-07-20"), score: nil), p).isEmpty) }
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

  /// A result dated before recorded attempts must leave the history possible: no pass before
  /// another attempt, and the later attempts still obey the spacing rules with it among them.
  @Test func aBackdatedResultMustLeaveTheLaterAttemptsPossible() {
    let p = step1([("2026-11-20", .incomplete)])
    #expect(refusal(.result(.step1, .pass, on: d("2026-07-01"), score: nil), p).contains("has an attempt recorded on 2026-11-20, after 2026-07-01; a passed Step cannot be retaken"))
    #expect(refusal(.result(.step1, .fail, on: d("2026-07-01"), score: nil), p).isEmpty)
    // Three attempts in twelve months already: a fourth slipped in before the last is refused…
    let three = step1([("2026-10-10", .fail), ("2027-01-20", .fail), ("2027-04-10", .fail)])
    #expect(refusal(.result(.step1, .fail, on: d("2027-02-20"), score: nil), three).contains("the Step 1 attempt recorded on 2027-04-10 would be attempt 4, sooner than the attempt rules allow"))
    // …and so is one before them all (the last becomes a 4th, under 6 months after the 3rd),
    // while an earlier one that keeps the later attempts possible is recorded.
    #expect(refusal(.result(.step1, .fail, on: d("2025-09-01"), score: nil), three).contains("would be attempt 4"))
    let two = step1([("2026-10-10", .fail), ("2027-01-20", .fail)])
    #expect(refusal(.result(.step1, .fail, on: d("2025-09-01"), score: nil), two).isEmpty)
  }

  /// FACTS §2 Step 3 eligibility (IMG): Step 1 and Step 2 CK passed, the certificate issued.
  @Test func aStep3ResultNeedsItsPrerequisitesFirst() {
    var p = Profile()
    #expect(refusal(.result(.step3, .pass, on: d("2027-08-01"), score: nil), p).contains("Step 1 has no pass recorded before 2027-08-01"))
    p.exams[.step1] = ExamRecord(attempts: [Attempt(date: d("2026-03-01"), result: .pass)])
    p.exams[.step2ck] = ExamRecord(attempts: [Attempt(date: d("2027-08-01"), result: .pass, score: 240)])
    #expect(refusal(.result(.step3, .fail, on: d("2027-08-01"), score: nil), p).contains("Step 2 CK has no pass recorded before 2027-08-01"))
    p.done["ecfmg.certificate"] = d("2027-08-20")
    #expect(refusal(.result(.step3, .pass, on: d("2027-08-15"), score: nil), p).contains("Step 3 is taken after the ECFMG certificate is issued"))
    #expect(refusal(.result(.step3, .pass, on: d("2027-08-25"), score: nil), p).isEmpty)
  }

  /// Match Day and the residency start are the cycle's dates: recorded on any other day they
  /// would mark the whole road done (every prerequisite with them).
  @Test func matchDayAndTheStartAreRecordedOnlyOnTheirCycleDates() throws {
    let ids: Set<String> = ["match.day", "residency.start", "eras.submit"]
    let match2026 = try #require(bundledRules.cycle(2026))
    #expect(refusal(.done("match.day", on: d("2026-11-20")), ids: ids).contains("match.day done on 2026-11-20: Match Day is a date of the Match cycle, not one you choose; the 2026 Match's is \(match2026.matchDay.value)"))
    #expect(refusal(.done("match.day", on: match2026.matchDay.value), ids: ids).isEmpty)
    #expect(refusal(.done("residency.start", on: d("2026-07-02")), ids: ids).contains("the residency start is a date of the Match cycle"))
    #expect(refusal(.done("residency.start", on: match2026.residencyStart.value), ids: ids).isEmpty)
    #expect(refusal(.done("eras.submit", on: d("2026-11-20")), ids: ids).isEmpty)
  }
}
