import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// A plan a blocker stops says so first: the verdict names no "days late" (a faster plan would
/// not help), and the next actions lead with the blocker. When no Match year is open at all, the
/// work of the year shown is not listed as due or overdue.
struct BlockedPlanTests {
  func plan(_ yaml: String, today: Day, match: Int?) throws -> (PlanResult, Profile) {
    let p = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return (try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: match, today: today), p)
  }

  /// Four Step 1 failures (FACTS §2/§9: no further USMLE attempt at any Step).
  let exhausted = """
    graduation: 2022-12-01
    visa: j1
    exams:
      step1:
        attempts:
          - {date: 2024-01-15, result: fail}
          - {date: 2024-05-20, result: fail}
          - {date: 2024-11-02, result: fail}
          - {date: 2025-06-10, result: fail}
    """

  @Test(arguments: [2027, 2028, nil] as [Int?])
  func noYearOpenLeavesOnlyTheBlocker(match: Int?) throws {
    let today = try #require(Day(iso: "2026-12-01"))
    let (r, profile) = try plan(exhausted, today: today, match: match)
    #expect(r.earliestFeasibleMatchYear == nil)
    let verdict = PlanReport.verdictLines(r, verdict: r.verdict)
    #expect(verdict.first == "Verdict: NOT FEASIBLE for the \(r.matchYear) Match.")
    #expect(verdict.contains { $0.hasPrefix("  ✗ Step 1: all 4 attempts used") })
    let items = NextActions(r, profile: profile, days: 30).items
    #expect(items.map(\.kind) == [.blocker])
    #expect(items.first?.taskID == FindingCode.attemptsExhausted.string)
    #expect(items.first?.date == today)
    #expect(items.first?.record == nil)
    #expect(items.first?.headline.hasPrefix("Speak to ECFMG about your options") == true)
  }

  /// A blocker of the requested year only (graduating the day before that year's residency start):
  /// the blocker comes first, and the work toward the later open year is still listed after it.
  @Test func aLaterOpenYearKeepsItsWorkAfterTheBlocker() throws {
    let yaml = """
      graduation: 2027-06-30
      visa: j1
      """
    let (r, profile) = try plan(yaml, today: try #require(Day(iso: "2026-12-01")), match: 2027)
    let blockers = r.findings.filter { $0.severity == .blocker }
    try #require(!blockers.isEmpty)
    #expect(r.earliestFeasibleMatchYear != nil)
    let verdict = PlanReport.verdictLines(r, verdict: r.verdict)
    #expect(verdict.first == "Verdict: NOT FEASIBLE for the \(r.matchYear) Match.")
    let items = NextActions(r, profile: profile, days: 30).items
    #expect(Array(items.prefix(blockers.count)).allSatisfy { $0.kind == .blocker })
    #expect(items.count > blockers.count)
    #expect(!items.dropFirst(blockers.count).contains { $0.kind == .blocker })
  }

  /// Without a blocker, a late plan still says by how much.
  @Test func aLatePlanWithoutABlockerKeepsItsDays() throws {
    let yaml = """
      graduation: 2025-06-01
      visa: j1
      exams:
        step1:
          study_weeks: 20
      """
    let (r, _) = try plan(yaml, today: try #require(Day(iso: "2026-12-01")), match: 2027)
    try #require(!r.feasible && !r.findings.contains { $0.severity == .blocker })
    let verdict = PlanReport.verdictLines(r, verdict: r.verdict)
    #expect(verdict.first?.contains(" late") == true)
  }
}
