import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 21, point 3: a verdict that rests on an estimated duration (the Mini-CEX's 60 days,
/// the Pathway review's 28, FACTS.md §10) names it with the day it must end by; one with room
/// beyond the estimate's range, or late past its low end, or resting on the applicant's own
/// figure, does not. A projected gate date is said to be estimated.
struct RestingEstimateTests {
  /// Pathway 6 (graduated 2012, no licence), exams and OET passed: the Mini-CEX decides 2027.
  static let pathway6 = """
    graduation: 2012-06-30
    visa: j1
    exams:
      step1:
        attempts:
          - {date: 2026-03-01, result: pass}
      step2ck:
        attempts:
          - {date: 2026-06-01, result: pass, score: 240}
      oet:
        attempts:
          - {date: 2026-09-05, result: pass}
    done:
      ecfmg.account: 2025-11-02
      ecfmg.application: 2025-11-20
      credentials.verify: 2026-01-30

    """

  func plan(_ yaml: String = pathway6, match: Int = 2027, today: String) throws -> PlanResult {
    let profile = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: match, today: Day(iso: today)!)
  }

  /// The example: on 2026-12-07 the Mini-CEX (60 days) lands 11 days after the
  /// documents deadline 2027-01-31; at its low end (30) it makes it.
  @Test func notFeasibleByDaysOnTheMiniCEXNamesIt() throws {
    let v = try plan(today: "2026-12-07").verdict
    #expect(v.status == .notFeasible)
    let mini = try #require(v.restsOn.first { $0.key == "minicex" })
    #expect(mini.latestFinish == Day(iso: "2027-01-31") && mini.daysFromToday == 55 && mini.days == 60)
    #expect(mini.plannedFinish > mini.latestFinish)
    #expect(v.decidingGate?.dateEstimated == true, "ECFMG's 2027 verification deadline is projected")
  }

  /// Both sides of the estimate's reach, today moving a day at a time: every day the plan is
  /// late by no more than (60 − 30) days on the Mini-CEX names it; late by more, it does not.
  @Test(arguments: ["2026-12-01", "2026-12-07", "2026-12-20", "2026-12-31", "2027-01-05", "2027-01-15"])
  func theEstimateIsNamedOnlyWithinItsRange(today: String) throws {
    let r = try plan(today: today)
    let v = r.verdict
    let t = try #require(r.schedule.task("pathway.minicex"))
    let late = t.lastDay - t.lateLastDay
    let lead = bundledRules.leadTimes.standard("minicex")
    let named = v.restsOn.contains { $0.key == "minicex" }
    if late > lead.days - lead.low || t.lateLastDay < r.today {
      #expect(!named, "late by \(late) days: beyond the Mini-CEX's low end")
    } else if late > 0 {
      #expect(named && v.status == .notFeasible, "late by \(late) days on an estimate")
    }
  }

  /// Feasible with room less than the estimate's high end less its figure: "feasible only if".
  @Test func aYearThatHoldsOnAnEstimateSaysByWhen() throws {
    let v = try plan(today: "2026-10-01").verdict
    #expect(v.holds)
    let mini = try #require(v.restsOn.first { $0.key == "minicex" })
    #expect(mini.latestFinish == Day(iso: "2027-01-31") && mini.plannedFinish < mini.latestFinish)
  }

  /// The applicant's own figure is no estimate: nothing is named for it.
  @Test func theProfilesOwnDurationIsNotAnEstimate() throws {
    let v = try plan(Self.pathway6 + "lead_times:\n  minicex: 60\n", today: "2026-12-07").verdict
    #expect(v.status == .notFeasible)
    #expect(!v.restsOn.contains { $0.key == "minicex" })
  }

  /// A year with room beyond every estimate's range, or blocked, names none.
  @Test func roomBeyondTheRangeOrABlockerNamesNone() throws {
    let v = try plan(match: 2028, today: "2026-12-07").verdict
    #expect(v.holds && v.restsOn.isEmpty, "\(v.restsOn)")
    let blocked = try plan(Self.pathway6 + "school_ecfmg_note: false\n", today: "2026-12-07").verdict
    #expect(blocked.status == .blocked && blocked.restsOn.isEmpty)
  }

  /// Late on an official date with no sampled estimate on the chain: a booked Step 2 CK whose
  /// result comes after ECFMG's verification deadline names no estimate.
  @Test func lateOnAnExamNamesNoEstimate() throws {
    let yaml = """
      graduation: 2025-06-30
      visa: j1
      exams:
        step1:
          attempts:
            - {date: 2026-03-01, result: pass}
        step2ck:
          booked: 2027-02-25
        oet:
          attempts:
            - {date: 2026-09-05, result: pass}

      """
    let v = try plan(yaml, today: "2026-12-07").verdict
    #expect(v.status == .notFeasible && v.decidingGate.map { $0.room < 0 } == true)
    #expect(v.restsOn.isEmpty, "\(v.restsOn)")
  }

  /// The plan's likely value and `risk`'s median agree for the Pathway's durations, and `risk`
  /// samples the Mini-CEX and the application with the pack's range (issue 21, point 3).
  @Test(arguments: ["pathway_application", "minicex", "pathway_review"])
  func thePlanAndRiskAgreeOnEachPathwayDuration(key: String) throws {
    #expect(RiskRules.sampledKeys.contains(key))
    let lead = bundledRules.leadTimes.standard(key)
    let dist = try #require(bundledRules.risk.durations[key]).value
    #expect(dist.median == lead.days, "\(key): plan \(lead.days) d")
    #expect(dist.low == lead.low && dist.high == lead.high)
  }
}
