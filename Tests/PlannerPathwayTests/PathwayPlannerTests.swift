import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

struct PathwayPlannerTests {
  let today = Day(iso: "2026-11-25")!

  func profile(_ yaml: String) throws -> Profile { try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules) }

  @Test func freshGraduateDefaultsToEarliestFeasibleYear() throws {
    let r = try PathwayPlanner.plan(profile: Profile(), rules: bundledRules, matchYear: nil, today: today)
    #expect(r.matchYear == 2028)
    #expect(r.feasible)
    #expect(r.earliestFeasibleMatchYear == 2028)
    #expect(r.slack >= 0)
    for id in ["step1.exam", "step1.result", "step2ck.exam", "step2ck.result", "oet.exam", "oet.result", "pathway.apply", "ecfmg.verified", "ecfmg.certificate", "eras.submit", "nrmp.register", "nrmp.rol", "match.day", "visa.j1.ds2019", "residency.start"] {
      #expect(r.schedule.task(id) != nil, "missing \(id)")
    }
    #expect(r.schedule.task("step3.exam") == nil)
  }

  @Test func tooSoonYearIsNotFeasibleAndNamesWhatBreaks() throws {
    let r = try PathwayPlanner.plan(profile: Profile(), rules: bundledRules, matchYear: 2027, today: today)
    #expect(!r.feasible)
    #expect(r.schedule.violations.contains { $0.taskID == "ecfmg.verified" && $0.kind == .deadline })
    #expect(r.earliestFeasibleMatchYear == 2028)
  }

  /// A cycle that is over is a result: the earliest feasible year's plan, with notices that say
  /// which cycle is which (the issue's words).
  @Test func aCycleThatIsOverSaysWhichCycleIsWhich() throws {
    let r = try PathwayPlanner.plan(profile: Profile(), rules: bundledRules, matchYear: 2026, today: today)
    #expect(r.requestedYearOver == 2026)
    #expect(r.matchYear == 2028)
    #expect(r.notices.first == "The 2026 Match took place in March 2026 (Match Day 2026-03-20; its Rank Order List deadline was 2026-03-04).")
    let second = try #require(r.notices.dropFirst().first)
    #expect(second.hasPrefix("Applications that opened in June 2026 are for the 2027 Match (Match Day 2027-03-19, projected); for you it is not feasible because "))
    #expect(second.hasSuffix("; the earliest you can make is the 2028 Match (applications open June 2027)."))
    let json = PlanReport.json(r, profile: Profile()).rendered()
    #expect(json.contains("The 2026 Match took place in March 2026"))
  }

  /// Between the ROL deadline and Match Day the cycle is closed to new applicants, not over.
  @Test func aCycleBetweenItsROLDeadlineAndMatchDayIsClosed() throws {
    let r = try PathwayPlanner.plan(profile: Profile(), rules: bundledRules, matchYear: 2027, today: Day(iso: "2027-03-10")!)
    #expect(r.requestedYearOver == 2027)
    #expect(r.notices.first == "The 2027 Match is closed to new applicants: its Rank Order List deadline was 2027-03-03, and Match Day is 2027-03-19.")
  }

  /// The cycle in progress is named even when the user asked for nothing.
  @Test func theCycleInProgressIsNamedWhenItCannotBeMade() throws {
    let r = try PathwayPlanner.plan(profile: Profile(), rules: bundledRules, matchYear: nil, today: today)
    #expect(r.requestedYearOver == nil)
    // Then the projected-dates notice for the planned cycle and the one in progress.
    #expect(r.notices.count == 2)
    #expect(r.notices[0].hasPrefix("Applications that opened in June 2026 are for the 2027 Match"))
    #expect(r.notices[1].hasPrefix("The 2028 Match dates below, and those of the 2027 Match now in progress, are projected from past cycles"))
    #expect(PlanReport.header(r, profileName: "X").contains("Applications that opened in June 2026 are for the 2027 Match"))
  }

  @Test func the2026CyclePlansFromEarly2025() throws {
    let r = try PathwayPlanner.plan(profile: Profile(), rules: bundledRules, matchYear: 2026, today: Day(iso: "2025-01-15")!)
    #expect(r.matchYear == 2026)
    #expect(r.schedule.task("match.day")?.start == Day(iso: "2026-03-20"))
    #expect(r.schedule.task("ecfmg.verified")?.task.deadline == Day(iso: "2026-03-04"))
  }

  @Test func legacyCSPassNeedsNoPathwayOrOET() throws {
    // Every required Step passed within 7 years of the first pass: the CS pass still counts.
    let p = try profile("step2cs_pass: 2019-08-20\nexams:\n  step1:\n    attempts: [{date: 2019-03-12, result: pass}]\n  step2ck:\n    attempts: [{date: 2019-06-20, result: pass, score: 231}]\n")
    let r = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today)
    #expect(r.schedule.task("cs.legacy")?.task.state == .done)
    #expect(r.schedule.task("oet.exam") == nil)
    #expect(r.schedule.task("pathway.apply") == nil)
    #expect(r.schedule.task("step1.exam")?.task.state == .done)
  }

  @Test func h1bNeedsStep3AfterTheCertificate() throws {
    let r = try PathwayPlanner.plan(profile: try profile("visa: h1b\n"), rules: bundledRules, matchYear: 2029, today: today)
    let step3 = try #require(r.schedule.task("step3.exam"))
    let cert = try #require(r.schedule.task("ecfmg.certificate"))
    #expect(step3.start > cert.start)
    let petition = try #require(r.schedule.task("visa.h1b.petition"))
    #expect(petition.start > r.schedule.task("step3.result")!.start)
    #expect(petition.start >= Day(iso: "2029-01-01")!)
    #expect(r.findings.contains { $0.code == .h1bFee && $0.message.contains("$100,000") })
  }

  @Test func fourFailuresStopThePlan() throws {
    let p = try profile("""
      exams:
        step1:
          attempts:
            - {date: 2023-01-10, result: fail}
            - {date: 2023-06-01, result: fail}
            - {date: 2023-11-01, result: fail}
            - {date: 2024-12-01, result: fail}
      """)
    let r = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today)
    #expect(!r.feasible)
    #expect(r.findings.contains { $0.code == .attemptsExhausted && $0.severity == .blocker })
    #expect(r.earliestFeasibleMatchYear == nil)
    #expect(r.schedule.task("step1.exam.4")?.task.state == .done)
  }

  @Test func retakeWaitsForTheAttemptRules() throws {
    let p = try profile("""
      exams:
        step1:
          attempts:
            - {date: 2026-01-20, result: fail}
            - {date: 2026-05-04, result: fail}
            - {date: 2026-09-15, result: fail}
      """)
    let r = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2029, today: today)
    let exam = try #require(r.schedule.task("step1.exam"))
    #expect(exam.start >= Day(iso: "2027-03-15")!)
    #expect(exam.task.name.contains("attempt 4"))
  }

  @Test func staleOETIsFlaggedAndReplanned() throws {
    let p = try profile("exams:\n  oet:\n    attempts: [{date: 2024-03-01, result: pass}]\n")
    let r = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today)
    #expect(r.findings.contains { $0.code == .oetTooOld })
    #expect(r.schedule.task("oet.exam")?.task.state == .planned)
  }

  @Test func ownTasksAreScheduledWithTheRest() throws {
    let p = try profile("tasks:\n  - {id: usce, name: Rotation, days: 28, after: [step1.result], blocks_study: true}\n")
    let r = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today)
    let usce = try #require(r.schedule.task("usce"))
    #expect(usce.start >= r.schedule.task("step1.result")!.start)
    #expect(usce.task.group == Phase.own.rawValue)
  }

  @Test func ownTaskWithUnknownDependencyIsAProfileError() throws {
    let p = try profile("tasks:\n  - {id: usce, name: Rotation, days: 28, after: [step1.reslt]}\n")
    #expect(throws: PlanningError.self) { try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today) }
    do {
      _ = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today, file: "t.yaml")
    } catch {
      #expect(error.description == "t.yaml:2:1: error: task 'usce' depends on unknown task 'step1.reslt'; did you mean 'step1.result'?")
    }
  }

  @Test func graduationAfterResidencyStartIsRejected() throws {
    let p = try profile("graduation: 2028-08-01\n")
    do {
      _ = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today, file: "t.yaml")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix("t.yaml:1:1: error: graduation '2028-08-01' is on or after the 2028 residency start"))
    }
  }

  /// No planned USMLE exam may land in the first 14 days of January, whatever today is.
  @Test(arguments: stride(from: 0, to: 400, by: 23).map { $0 })
  func noTestingInEarlyJanuary(_ offset: Int) throws {
    let day = Day(iso: "2026-06-01")! + offset
    let r = try PathwayPlanner.plan(profile: Profile(), rules: bundledRules, matchYear: nil, today: day)
    for t in r.schedule.tasks where t.task.state == .planned && (t.id.hasPrefix("step") && t.id.hasSuffix(".exam")) {
      #expect(!(t.start.month == 1 && t.start.day <= 14), "\(t.id) on \(t.start)")
    }
  }

  /// A long post-Match lead time is the same every year: the plan keeps its Match year and says
  /// plainly, on its own line, that the start is at risk and what to do.
  @Test func aVisaChainTooLongIsAWarningNotALostYear() throws {
    let p = try profile("lead_times:\n  statement_of_need: 150\n")
    let r = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today)
    #expect(r.feasible)
    #expect(r.earliestFeasibleMatchYear == 2028)
    let post = try #require(r.margin.postMatch)
    #expect(post.room < 0)
    let header = PlanReport.header(r, profileName: "X")
    #expect(header.contains("Verdict: On track for the 2028 Match: "))
    #expect(header.contains("After Match Day: \(-post.room) days late: residency starts by 2028-07-01"))
    #expect(header.contains("ask your program about a later start"))
  }

  @Test func aMatchedApplicantKeepsPlanningTheVisaAfterTheROLDeadline() throws {
    let p = try profile("done:\n  match.day: 2027-03-19\n")
    let april = Day(iso: "2027-04-01")!
    let r = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: nil, today: april)
    #expect(r.matchYear == 2027)
    #expect(r.feasible)
    #expect(r.schedule.task("ecfmg.verified")?.task.state == .done)
    #expect(r.schedule.task("visa.j1.ds2019")?.task.state == .planned)
    #expect(r.schedule.task("visa.j1.ds2019")!.start >= april)
  }

  @Test func samePlanTwiceIsIdentical() throws {
    let a = try PathwayPlanner.plan(profile: Profile(), rules: bundledRules, matchYear: 2028, today: today)
    let b = try PathwayPlanner.plan(profile: Profile(), rules: bundledRules, matchYear: 2028, today: today)
    #expect(PlanReport.json(a, profile: Profile()).rendered() == PlanReport.json(b, profile: Profile()).rendered())
  }
}
