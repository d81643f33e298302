import Foundation
import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Corrections 1 and 2: ECFMG's seven-year exam time limit is a rule. Every required Step (and a
/// legacy Step 2 CS pass) must be passed within 7 years of the first pass, the last day included;
/// past that the earliest pass stops counting and the plan schedules that Step again.
struct TimeLimitTests {
  let today = Day(iso: "2026-11-25")!

  func plan(_ yaml: String, match: Int = 2028) throws -> (Profile, PlanResult) {
    let profile = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return (profile, try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: match, today: today))
  }

  func step1Passed(_ pass: String, ckBooked: String) -> String {
    "exams:\n  step1:\n    attempts: [{date: \(pass), result: pass}]\n  step2ck:\n    booked: \(ckBooked)\n"
  }

  @Test func theLastDayOfTheSevenYearsStillCounts() throws {
    let (profile, r) = try plan(step1Passed("2020-05-04", ckBooked: "2027-05-04"))
    #expect(r.lapsed.isEmpty)
    #expect(r.schedule.task("step1.exam")?.task.state == .done)
    // The remaining Step carries the limit as a hard deadline, and check says so.
    #expect(r.schedule.task("step2ck.exam")?.task.deadline == Day(iso: "2027-05-04"))
    let f = EligibilityCheck.run(profile: profile, plan: r, today: today)
    #expect(!f.contains { $0.code == .timeLimitLapsed })
    #expect(f.contains { $0.code == .timeLimit && $0.message.contains("2027-05-04") && $0.message.contains("Step 2 CK") })
  }

  @Test func theDayAfterTheEarliestPassLapsesAndIsRetaken() throws {
    let (profile, r) = try plan(step1Passed("2020-05-04", ckBooked: "2027-05-05"))
    let lapse = try #require(r.lapsed.first)
    #expect(lapse.component == .exam(.step1))
    #expect(lapse.passed == Day(iso: "2020-05-04"))
    #expect(lapse.limitEnded == Day(iso: "2027-05-04"))
    // The old pass is history; a new Step 1 attempt is planned and feeds ECFMG's verification.
    #expect(r.schedule.task("step1.exam.1")?.task.state == .done)
    let retake = try #require(r.schedule.task("step1.exam"))
    #expect(retake.task.state == .planned)
    #expect(retake.task.name.contains("retake for the 7-year limit"))
    #expect(r.dependencies(of: "ecfmg.verified").contains("step1.result"))
    // check: the plan's own finding, with the dates. The retake is planned before ECFMG's
    // verification, so the lapse blocks certification until then, not the Match year.
    let f = EligibilityCheck.run(profile: profile, plan: r, today: today)
    #expect(f == r.findings)
    let lapsed = try #require(f.first { $0.code == .timeLimitLapsed })
    #expect(lapsed.severity == .warning)
    for date in ["2020-05-04", "2027-05-04", "2027-05-05"] { #expect(lapsed.message.contains(date), "\(date)") }
  }

  @Test func passesCompletedWithinSevenYearsKeepCountingLater() throws {
    // Met once, the exam requirement stays met: no lapse however late the Match.
    let yaml = "exams:\n  step1:\n    attempts: [{date: 2012-01-10, result: pass}]\n  step2ck:\n    attempts: [{date: 2019-01-10, result: pass, score: 230}]\n"
    let (profile, r) = try plan(yaml)
    #expect(r.lapsed.isEmpty)
    #expect(!EligibilityCheck.run(profile: profile, plan: r, today: today).contains { $0.code.string.hasPrefix("time-limit") })
  }

  @Test func aSecondPassOneDayTooLateVoidsTheFirst() throws {
    let onTime = "exams:\n  step1:\n    attempts: [{date: 2019-01-10, result: pass}]\n  step2ck:\n    attempts: [{date: 2026-01-10, result: pass, score: 230}]\n"
    #expect(try plan(onTime).1.lapsed.isEmpty)
    let late = onTime.replacingOccurrences(of: "2026-01-10", with: "2026-01-11")
    let (_, r) = try plan(late)
    #expect(r.lapsed.map(\.component) == [.exam(.step1)])
    #expect(r.lapsed.first?.because.contains("Step 2 CK (passed 2026-01-11)") == true)
    #expect(r.schedule.task("step1.exam")?.task.state == .planned)
    #expect(r.schedule.task("step2ck.exam")?.task.state == .done)
  }

  @Test func aLapseCanVoidTheNextPassInTurn() throws {
    // Step 1 (2012) lapses against CK (2019); CK then needs Step 1 again by 2026-01-11, past.
    let yaml = "exams:\n  step1:\n    attempts: [{date: 2012-01-10, result: pass}]\n  step2ck:\n    attempts: [{date: 2019-01-11, result: pass, score: 230}]\n"
    let (_, r) = try plan(yaml)
    #expect(r.lapsed.map(\.component) == [.exam(.step1), .exam(.step2ck)])
    #expect(r.lapsed.last?.limitEnded == Day(iso: "2026-01-11"))
    #expect(r.schedule.task("step2ck.exam")?.task.state == .planned)
  }

  @Test func aPlannedStepAfterTheLimitLapsesTheEarlierPass() throws {
    // Nothing booked: the plan's own date for Step 2 CK (2027 at the earliest) decides.
    let (_, r) = try plan("exams:\n  step1:\n    attempts: [{date: 2018-06-01, result: pass}]\n")
    let lapse = try #require(r.lapsed.first)
    #expect(lapse.limitEnded == Day(iso: "2025-06-01"))
    #expect(lapse.because.contains("Step 2 CK (planned"))
    #expect(r.findings.contains { $0.code == .timeLimitLapsed && $0.message.contains("schedules a new Step 1 attempt") })
  }

  @Test func aRetakeAfterALapsedPassIsAcceptedInTheProfile() throws {
    let yaml = "exams:\n  step1:\n    attempts:\n      - {date: 2018-06-01, result: pass}\n      - {date: 2026-06-01, result: pass}\n"
    let (_, r) = try plan(yaml)
    #expect(r.lapsed.isEmpty)
    #expect(r.schedule.task("step1.exam")?.task.fixedStart == Day(iso: "2026-06-01"))
  }

  // MARK: - Correction 2: a legacy Step 2 CS pass counts only while it is valid

  @Test func aValidCSPassStillReplacesPathwayAndOET() throws {
    let (_, r) = try plan("step2cs_pass: 2020-03-10\n" + step1Passed("2020-03-10", ckBooked: "2027-03-10"))
    #expect(r.lapsed.isEmpty)
    #expect(r.schedule.task("cs.legacy")?.task.state == .done)
    #expect(r.schedule.task("pathway.apply") == nil)
    #expect(r.schedule.task("oet.exam") == nil)
  }

  @Test func aLapsedCSPassMeansPathwayAndOET() throws {
    let (profile, r) = try plan("step2cs_pass: 2020-03-10\n" + step1Passed("2020-03-10", ckBooked: "2027-03-11"))
    #expect(Set(r.lapsed.map(\.component)) == [.exam(.step1), .step2CS])
    #expect(r.schedule.task("cs.legacy") == nil)
    #expect(r.schedule.task("pathway.apply") != nil)
    #expect(r.schedule.task("oet.exam") != nil)
    #expect(r.dependencies(of: "ecfmg.verified").contains("pathway.review"))
    let f = EligibilityCheck.run(profile: profile, plan: r, today: today)
    #expect(f.contains { $0.code == .timeLimitLapsed && $0.message.contains("Step 2 CS pass of 2020-03-10") && $0.message.contains("Pathway + OET") })
  }

  @Test func aCSPassOutlivedByAnOlderStepLapsesInTurn() throws {
    // Step 1 (2016) lapses first; then CS (2017) is the first counting pass, and lapses too.
    let yaml = "step2cs_pass: 2017-05-01\nexams:\n  step1:\n    attempts: [{date: 2016-09-01, result: pass}]\n"
    let (_, r) = try plan(yaml, match: 2029)
    #expect(r.lapsed.map(\.component) == [.exam(.step1), .step2CS])
    #expect(r.schedule.task("pathway.apply") != nil)
  }
}

extension TimeLimitTests {
  @Test func recordAndBookAllowARetakeOnlyOnceThePassIsOverSevenYearsOld() {
    var p = Profile()
    p.exams[.step1] = ExamRecord(attempts: [Attempt(date: Day(iso: "2019-11-20")!, result: .pass)])
    func refused(_ action: JournalEntry.Action) -> Bool {
      do {
        try RecordRules.check(action, profile: p, rules: bundledRules, today: today, taskIDs: [])
        return false
      } catch {
        return error.description.contains("already passed on 2019-11-20")
      }
    }
    // The last day of the seven years is still within them: no retake.
    #expect(refused(.result(.step1, .pass, on: Day(iso: "2026-11-20")!, score: nil)))
    #expect(!refused(.result(.step1, .pass, on: Day(iso: "2026-11-21")!, score: nil)))
    #expect(!refused(.book(.step1, for: Day(iso: "2027-02-01")!)))
  }
}
