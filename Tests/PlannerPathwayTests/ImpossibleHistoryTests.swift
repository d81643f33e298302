import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// A profile may only record what the exam rules allowed on that day: facts FACTS.md dates.
struct ImpossibleHistoryTests {
  func parseErrors(_ yaml: String) -> [String] {
    do {
      _ = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
      return []
    } catch {
      return error.diagnostics.map(\.description)
    }
  }

  /// FACTS §1a: Step 2 CS testing stopped in March 2020 (discontinued 2021-01-26), so a legacy
  /// pass dated later is impossible: one positioned error, and nothing that relies on it.
  @Test(arguments: ["2020-04-01", "2020-06-15", "2021-01-26", "2021-08-20", "2024-05-01"])
  func aStep2CSPassAfterTestingStoppedIsRefused(date: String) {
    let errors = parseErrors("name: x\nstep2cs_pass: \(date)\n")
    #expect(errors == ["t.yaml:2:15: error: step2cs_pass: '\(date)' cannot be a Step 2 CS pass: testing stopped in March 2020 and never resumed, so a pass is dated on or before 2020-03-31 (https://www.ecfmg.org/news/2021/01/26/usmle-program-discontinues-step-2-cs/)"])
  }

  @Test(arguments: ["2020-03-31", "2020-03-01", "2019-08-20", "2015-01-10"])
  func aStep2CSPassUpToMarch2020IsKept(date: String) throws {
    #expect(parseErrors("step2cs_pass: \(date)\n").isEmpty)
    let profile = try ProfileParser.parse("step2cs_pass: \(date)\n", file: "t.yaml", rules: bundledRules)
    #expect(profile.legacyCSPass == Day(iso: date))
  }

  /// FACTS §2: Step 1 exams taken on/after 2022-01-26 are pass/fail only (numeric on/before
  /// 2022-01-25), as `planner record` already says: the profile may not give such a score.
  @Test func aStep1ScoreFromThePassFailEraIsRefused() {
    func step1(_ date: String) -> String { "exams:\n  step1:\n    attempts:\n      - {date: \(date), result: pass, score: 230}\n" }
    #expect(parseErrors(step1("2022-01-25")).isEmpty)
    for date in ["2022-01-26", "2022-01-27", "2026-05-01"] {
      #expect(parseErrors(step1(date)) == ["t.yaml:4:49: error: exams.step1: Step 1 is pass/fail only for tests on or after 2022-01-26, so a test on \(date) has no score; give only its result (https://www.usmle.org/usmle-step-1-transition-passfail-only-score-reporting)"])
    }
  }

  /// FACTS §2 scheduling: "No testing in the first 14 days of January" — a USMLE booking there
  /// is refused in the profile as `planner book` refuses it; OET has no such break.
  @Test func aUSMLEBookingInTheJanuaryBreakIsRefused() {
    for exam in ["step1", "step2ck", "step3"] {
      for day in ["2027-01-01", "2027-01-14"] {
        #expect(parseErrors("exams:\n  \(exam):\n    booked: \(day)\n") == ["t.yaml:3:13: error: exams.\(exam).booked: '\(day)' is in the January testing break: there is no USMLE testing in the first 14 days of January; the first testing day is 2027-01-15 (https://iwa2.ecfmg.org/instruct.asp)"])
      }
      for day in ["2026-12-31", "2027-01-15"] { #expect(parseErrors("exams:\n  \(exam):\n    booked: \(day)\n").isEmpty) }
    }
    #expect(parseErrors("exams:\n  oet:\n    booked: 2027-01-09\n").isEmpty)
  }
}
