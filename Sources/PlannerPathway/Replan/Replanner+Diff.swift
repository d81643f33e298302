import PlannerCore

extension Replanner {
  public struct DiffOutcome: Sendable {
    public var report: String
    public var holds: Bool
    /// The new saved plan, with `--save`.
    public var savedPlanText: String?
  }

  /// `planner diff`: today's plan against the baseline; with `save`, today's plan becomes it.
  public static func diff(_ state: ReplanState, save: Bool, showAll: Bool = false) throws(ReplanError) -> DiffOutcome {
    let journal = try state.journal()
    guard let baseline = try baseline(state, journal: journal) else {
      throw ReplanError(.badInput, "\(state.savedPlanFile): no saved plan yet; it is written by `planner record`, `book`, `reschedule`, `undo` and `planner diff --save`")
    }
    let profile = try state.merged(journal)
    let (after, closed): (PlanResult, String?)
    do {
      (after, closed) = try planAnyway(profile, rules: state.rules, matchYear: state.matchYear ?? profile.match ?? baseline.snapshot.matchYear, today: state.today, file: state.profileFile)
    } catch {
      throw .input(error)
    }
    var report = ([baseline.note, closed.map { "note: " + $0 }].compactMap { $0 }.map { $0 + "\n" }).joined()
    report += PlanDiff(before: baseline.snapshot, after: after).render(since: baseline.since, all: showAll)
    if save { report += "Saved today's plan as \(state.savedPlanFile).\n" }
    return DiffOutcome(report: report, holds: after.feasible && closed == nil, savedPlanText: save ? SavedPlan(after, journal: journal.tag).encoded() : nil)
  }
}
