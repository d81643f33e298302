import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// `what-if --fail` of a sitting still ahead: the applicant studies for it until its day, so the
/// scenario keeps that preparation, never gains margin by failing, and warns like `record` does.
struct WhatIfFutureFailureTests {
  static func profile(failures: [String]) -> String {
    let attempts = failures.map { "{date: \($0), result: fail}" }.joined(separator: ", ")
    return [
      "graduation: 2026-07-15", "visa: j1", "exams:", "  step1:", "    study_weeks: 16",
      failures.isEmpty ? nil : "    attempts: [\(attempts)]",
      "  step2ck:", "    study_weeks: 12", "  oet:", "    study_weeks: 6",
      "school_accreditation: none", "pathway:", "  number: 6", "lead_times:", "  credentials: 75",
    ].compactMap { $0 }.joined(separator: "\n") + "\n"
  }

  @Test(arguments: [([String](), "2026-12-01"), (["2027-03-24"], "2027-03-25"), (["2027-03-24", "2027-07-15"], "2027-07-20")])
  func aFutureFailureKeepsItsPreparationAndGainsNoMargin(_ failures: [String], _ todayText: String) throws {
    let today = try #require(Day(iso: todayText))
    let p = try ProfileParser.parse(Self.profile(failures: failures), file: "t.yaml", rules: bundledRules)
    let base = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today)
    let sitting = try #require(base.schedule.task("step1.exam"))
    let prep = try #require(base.schedule.task("step1.prep"))
    #expect(sitting.start > today)
    let scenario = WhatIf(fails: [.step1])
    try scenario.check(against: base, profile: p)
    let after = try scenario.plan(profile: p, base: base, matchYear: 2028, today: today)

    // The failed sitting's preparation stays where it was, as a fixed block.
    let kept = try #require(after.schedule.task("step1.prep.\(failures.count + 1)"))
    #expect(kept.start == max(prep.start, today) && kept.lastDay == prep.lastDay)
    // One study block at a time: nothing else the applicant does overlaps another.
    let blocks = after.schedule.tasks.filter { $0.task.usesApplicant && $0.task.duration > 0 && $0.task.state != .done }.sorted { $0.start < $1.start }
    for (a, b) in zip(blocks, blocks.dropFirst()) { #expect(a.lastDay < b.start, "\(a.id) overlaps \(b.id)") }
    // Failing an exam can only cost room, never give it.
    #expect(after.slack <= base.slack)
    // Every attempt is where the attempt rules allow it.
    #expect(after.schedule.task("step1.exam")!.start > sitting.start)

    // The warning `record` gives on a third failure, and only then.
    let warnings = scenario.attemptWarnings(profile: p, base: base)
    #expect(warnings.count == (failures.count == 2 ? 1 : 0))
    if failures.count == 2 { #expect(warnings[0].hasPrefix("warning: Step 1: 3 of 4 attempts used; the next is the last one allowed")) }
  }
}
