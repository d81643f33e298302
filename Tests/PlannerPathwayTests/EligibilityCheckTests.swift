import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

struct EligibilityCheckTests {
  let today = Day(iso: "2026-11-25")!

  func findings(_ yaml: String, match: Int = 2028) throws -> [Finding] {
    let profile = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: match, today: today)
    return EligibilityCheck.run(profile: profile, plan: plan, today: today)
  }

  /// FACTS §1c OET one-sitting rule: a sitting that misses a minimum does not count and all four
  /// are retaken — so the plan schedules a new sitting instead of calling every year infeasible.
  @Test func oetPassBelowTheMinimumsDoesNotCountAndANewSittingIsPlanned() throws {
    let yaml = "exams:\n  oet:\n    attempts: [{date: 2026-02-14, result: pass, scores: [380, 360, 290, 390]}]\n"
    let f = try findings(yaml)
    let hit = try #require(f.first { $0.code == .oetBelowMinimum })
    #expect(hit.severity == .warning)
    #expect(hit.message.contains("Writing 290 < 300") && hit.message.contains("schedules a new sitting"))
    let profile = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: today)
    #expect(plan.feasible)
    #expect(plan.schedule.task("oet.exam.1")?.task.state == .done)
    let exam = try #require(plan.schedule.task("oet.exam"))
    #expect(exam.task.state == .planned && exam.start > today)
    // A pass that meets them on its date still counts, and booking another sitting is refused.
    let good = try ProfileParser.parse("exams:\n  oet:\n    attempts: [{date: 2026-02-14, result: pass, scores: [350, 350, 300, 350]}]\n", file: "t.yaml", rules: bundledRules)
    #expect(try PathwayPlanner.plan(profile: good, rules: bundledRules, matchYear: 2028, today: today).schedule.task("oet.exam")?.task.state == .done)
    #expect(throws: RecordError.self) { try RecordRules.check(.book(.oet, for: today + 30), profile: good, rules: bundledRules, today: today, taskIDs: []) }
    #expect(throws: Never.self) { try RecordRules.check(.book(.oet, for: today + 30), profile: profile, rules: bundledRules, today: today, taskIDs: []) }
  }

  @Test func writing300WasNotEnoughBeforeApril2022() throws {
    let f = try findings("exams:\n  oet:\n    attempts: [{date: 2022-03-01, result: pass, scores: [380, 360, 300, 390]}]\n")
    #expect(f.contains { $0.code == .oetBelowMinimum && $0.message.contains("Writing 300 < 350") })
  }

  @Test func nonERASSpecialties() throws {
    for (specialty, service) in [("Emergency Medicine", "ResidencyCAS"), ("OB/GYN", "ResidencyCAS"), ("Ophthalmology", "SF Match"), ("Urology", "AUA")] {
      let f = try findings("specialty: \(specialty)\n")
      #expect(f.contains { $0.code == .specialtyNotERAS && $0.message.contains(service) }, "\(specialty)")
    }
    #expect(try !findings("specialty: internal medicine\n").contains { $0.code == .specialtyNotERAS })
  }

  @Test func oldPathwayCertificateExpiresBeforeTheStart() throws {
    let f = try findings("pathway:\n  number: 1\n  applied: 2023-09-01\n  accepted: 2023-11-01\n")
    #expect(f.contains { $0.code == .pathwayExpiry && $0.message.contains("2025-12-31") })
  }

  @Test func attemptsAndNextDates() throws {
    let f = try findings("exams:\n  step2ck:\n    attempts: [{date: 2026-10-01, result: fail}]\n")
    #expect(f.contains { $0.code == .attempts(.step2ck) && $0.message.contains("1 of 4 attempts used; the next may be taken from 2026-11-25") })
  }

  @Test func schoolWithoutNoteBlocksThePlanToo() throws {
    let profile = try ProfileParser.parse("school_ecfmg_note: false\n", file: "t.yaml", rules: bundledRules)
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: today)
    #expect(!plan.feasible)
  }
}
