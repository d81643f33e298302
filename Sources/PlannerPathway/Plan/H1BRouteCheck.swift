import PlannerCore
import PlannerRules

/// When the H-1B route may not reach a July start (issue 21, point 4): H-1B needs all three Steps
/// passed before the program files the petition (FACTS.md §5b), so a second Step 3 failure, or a
/// Step 3 result that comes after the last day a petition leaves time for USCIS processing and
/// visa stamping before the start, warns that the start may need the J-1 route (ECFMG
/// sponsorship asks no Step 3). `what-if --fail step3` shows the J-1 route's verdict beside it.
/// Tests: `H1BRouteCheckTests`.
public enum H1BRouteCheck {
  /// Where the rule that H-1B needs Step 3 before the petition comes from (FACTS.md §5b).
  static let source = "https://cbkimmigration.com/health-care-workers/licensure-credentialing-2/"

  public static func run(profile: Profile, plan: PlanResult) -> [Finding] {
    guard profile.visa == .h1b else { return [] }
    let start = plan.cycle.residencyStart.value
    let record = profile.record(.step3)
    guard record.passed == nil else { return [] }
    var reasons: [String] = []
    let failures = record.attempts.filter { $0.result == .fail }.count
    if failures >= 2 {
      reasons.append("Step 3 has failed \(failures) times on the H-1B track, and the petition waits for a pass")
    }
    if let last = lastPetitionDay(plan), let result = plan.schedule.task(PathwayTask.chain(.step3, .result).id), result.task.state != .done, result.lastDay > last {
      reasons.append("your Step 3 result is expected \(result.lastDay), after \(last), the last day a petition leaves time for USCIS processing and visa stamping before the \(start) start")
    }
    guard !reasons.isEmpty else { return [] }
    return [Finding(
      .warning, .h1bMayNeedJ1, reasons.joined(separator: "; and ") + ": a July \(start.year) start may need the J-1 route (ECFMG sponsorship does not need Step 3)",
      action: "ask your programs whether they sponsor J-1; `planner what-if --fail step3` shows both routes' verdicts", source: source)]
  }

  /// The last day the petition can be filed and still be processed and stamped by the start, with
  /// the plan's own durations for the two (`lead_times`); nil when the plan has no H-1B chain.
  static func lastPetitionDay(_ plan: PlanResult) -> Day? {
    guard let processing = plan.schedule.task(PathwayTask.visaH1bProcessing.id), let stamping = plan.schedule.task(PathwayTask.visaH1bStamping.id) else { return nil }
    return plan.cycle.residencyStart.value - processing.task.duration - stamping.task.duration
  }
}
