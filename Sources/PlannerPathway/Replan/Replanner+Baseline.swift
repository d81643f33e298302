public import PlannerCore
public import PlannerRules

extension Replanner {
  /// What a new plan is compared with, and how to say so.
  public struct Baseline: Sendable {
    public var snapshot: PlanSnapshot
    /// "since the plan of 2026-11-25 (me.plan.json)"
    public var since: String
    /// Said before the comparison when the saved plan could not be trusted.
    public var note: String?
  }

  /// The saved plan when it was made from this journal; else the plan rebuilt from the journal
  /// as of its newest record (what the saved plan would say had its write not been interrupted,
  /// or had nobody edited the journal by hand). nil when there is no saved plan.
  public static func baseline(_ state: ReplanState, journal: Journal) throws(ReplanError) -> Baseline? {
    guard let text = state.savedPlanText else { return nil }
    let saved: SavedPlan
    do {
      saved = try SavedPlan.decode(text, file: state.savedPlanFile)
    } catch {
      throw .input(error)
    }
    // planner 0.1 wrote no tag: its file is trusted as before.
    guard let tag = saved.journal, tag != journal.tag else {
      return Baseline(snapshot: saved.snapshot, since: "since the plan of \(saved.today) (\(state.savedPlanFile))")
    }
    let day = min(state.today, journal.entries.last?.recordedOn ?? saved.today)
    var rebuilt = state
    rebuilt.today = day
    rebuilt.matchYear = saved.matchYear
    let profile = try rebuilt.merged(journal)
    let plan: PlanResult
    do {
      plan = try planAnyway(profile, rules: state.rules, matchYear: saved.matchYear, today: day, file: state.profileFile).result
    } catch {
      throw .input(error)
    }
    let why = tag.records < journal.entries.count
      ? "\(state.savedPlanFile) was saved before record \(tag.records + 1) (an interrupted write?)"
      : "\(state.savedPlanFile) was saved from a journal that has since been edited"
    return Baseline(
      snapshot: PlanSnapshot(plan), since: "since the plan as of \(day), rebuilt from \(state.journalFile)",
      note: "note: \(why); comparing with the plan rebuilt from \(state.journalFile) instead")
  }

  /// A plan for the report, even when the requested Match year is over: then the earliest
  /// feasible year's plan, or, when none is left (a fourth failure), the first open cycle's, whose
  /// findings say why. A true record must never be refused because a cycle closed.
  public static func planAnyway(_ profile: Profile, rules: RulesPack, matchYear: Int?, today: Day, file: String) throws(PlanningError) -> (result: PlanResult, note: String?) {
    // A requested year that is over is a result of the plan, with its notices saying so.
    let result = try PathwayPlanner.plan(profile: profile, rules: rules, matchYear: matchYear, today: today, file: file)
    return (result, result.requestedYearOver == nil ? nil : result.notices.joined(separator: " "))
  }

  /// The profile with the journal's records in force applied. When the profile is sound but a
  /// record makes it contradict itself (a result after a pass, typed into the journal by hand),
  /// the error names the journal line that did it, not the profile.
  public static func merge(_ profile: Profile, _ journal: Journal, rules: RulesPack, today: Day, matchYear: Int?, journalFile: String) throws(JournalError) -> Profile {
    let merged = journal.apply(to: profile, asOf: today)
    func problem(_ p: Profile) -> String? {
      do {
        try PathwayPlanner.validate(p, rules: rules, matchYear: matchYear ?? p.match, file: "", today: today)
        return nil
      } catch {
        if case .profile(let e) = error { return e.diagnostics.map(\.message).joined(separator: "; ") }
        return error.description
      }
    }
    guard problem(merged) != nil, problem(profile) == nil else { return merged }
    let live = journal.inForce(asOf: today)
    var p = profile
    for (i, entry) in journal.entries.enumerated() where live[i] && !entry.isUndo {
      p = Journal.apply(entry.action, to: p)
      if let message = problem(p) {
        throw JournalError([.init(file: journalFile, line: journal.lines[i], message: "record \(i + 1) (\(entry.summary)) contradicts what is already known: \(message)")])
      }
    }
    return merged
  }
}
