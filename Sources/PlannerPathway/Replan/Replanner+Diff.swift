import PlannerCore
import PlannerRules

extension Replanner {
  public struct DiffOutcome: Sendable {
    /// Notes before the comparison: a damaged or stale saved plan, a requested year that is over.
    public var notes: [String]
    /// Today's plan against the saved one (against itself when there is none to compare with).
    public var diff: PlanDiff
    /// What the saved plan is ("since the saved plan of …"); nil when there is none.
    public var since: String?
    /// The saved plan could not be read (`--save` writes it anew).
    public var damaged: Bool
    /// `--all`: every moved task is listed, not only the milestones.
    public var showAll: Bool
    /// With `--save`: the file today's plan was saved as.
    public var savedAs: String?
    public var holds: Bool
    /// The new saved plan, with `--save`.
    public var savedPlanText: String?
  }

  /// `planner diff`: today's plan against the baseline; with `save`, today's plan becomes it.
  public static func diff(_ state: ReplanState, save: Bool, showAll: Bool = false) throws(ReplanError) -> DiffOutcome {
    try diff(try Applicant(state), save: save, showAll: showAll)
  }

  public static func diff(_ applicant: Applicant, save: Bool, showAll: Bool = false) throws(ReplanError) -> DiffOutcome {
    let state = applicant.inputs
    let journal = applicant.journal
    var found: Baseline?
    var damaged: String?
    switch applicant.savedBaseline {
    case .success(let baseline): found = baseline
    case .failure(let error):
      // Without --save a damaged saved plan is the error to report; with it, it is replaced.
      guard save else { throw error }
      damaged = "note: \(state.savedPlanFile) is not a saved plan planner can read (damaged?); nothing to compare with, writing it anew"
    }
    // `diff --save` is how a first baseline is made (the error below says so): with nothing to
    // compare, it saves today's plan and says what it saved.
    guard found != nil || save else {
      throw ReplanError(.badInput, "\(state.savedPlanFile): no saved plan yet; it is written by `planner record`, `book`, `reschedule`, `undo` and `planner diff --save`")
    }
    let profile = applicant.profile
    let (after, closed): (PlanResult, String?)
    do {
      (after, closed) = try planAnyway(profile, rules: state.rules, matchYear: state.matchYear ?? profile.match ?? found?.snapshot.matchYear, today: state.today, file: state.profileFile)
    } catch {
      throw .input(error)
    }
    let notes = [found?.note ?? damaged, closed.map { "note: " + $0 }].compactMap { $0 }
    // Without a saved plan the plan is compared with itself: only its verdict is said.
    let diff = PlanDiff(before: found?.snapshot ?? PlanSnapshot(after), after: after)
    return DiffOutcome(
      notes: notes, diff: diff, since: found?.since, damaged: damaged != nil, showAll: showAll, savedAs: save ? state.savedPlanFile : nil,
      holds: after.feasible && closed == nil, savedPlanText: save ? SavedPlan(after, journal: journal.tag).encoded() : nil)
  }
}
