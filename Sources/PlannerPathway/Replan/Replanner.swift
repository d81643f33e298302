public import PlannerCore
public import PlannerRules

/// The replanning commands as pure functions: check a record against the rules, append it,
/// plan before and after, and say what changed as values (PlannerRender words them). The
/// executable only locks, reads, writes and prints what comes out.
public enum Replanner {
  /// What the user asked to record; resolved against the journal and profile by `record`.
  public enum Request: Hashable, Sendable {
    case action(JournalEntry.Action)
    /// Move the booked date of an exam (the old date is the one in force).
    case reschedule(Exam, to: Day)
    /// Take back record N, or the newest record in force when nil.
    case undo(Int?)
  }

  public struct Outcome: Sendable {
    public var entry: JournalEntry
    /// The record's number in the new journal.
    public var number: Int
    /// Write this first: the journal is the truth.
    public var journalText: String
    /// Then this; if that write fails, the journal tag tells the next reader it is stale.
    public var savedPlanText: String
    /// What was recorded, and the notes and warnings on it, one line each; `report` (PlannerRender)
    /// puts the plan's changes and the verdict after them.
    public var said: [String]
    /// The saved plan (or the plan before this record) against the plan after it.
    public var diff: PlanDiff
    /// What `diff` compares with: "since the saved plan of …".
    public var since: String
    /// `--all`: every moved task is listed, not only the milestones.
    public var showAll: Bool
    public var profileFile: String
    /// The Match year holds (exit 0) or not (exit 3).
    public var holds: Bool
  }

  public static func record(_ request: Request, in state: ReplanState, showAll: Bool = false) throws(ReplanError) -> Outcome {
    try record(request, for: try Applicant(state), showAll: showAll)
  }

  public static func record(_ request: Request, for applicant: Applicant, showAll: Bool = false) throws(ReplanError) -> Outcome {
    let state = applicant.inputs
    let journal = applicant.journal
    // A damaged saved plan is only a lost comparison: it must not stop a true record.
    var damaged: String?
    var baseline: Baseline?
    switch applicant.savedBaseline {
    case .success(let found): baseline = found
    case .failure: damaged = "note: \(state.savedPlanFile) is not a saved plan planner can read (damaged?); comparing with the plan before this record, and writing it anew"
    }
    let known = applicant.profile
    // The year asked for: --match, else the profile's `match`.
    let requested = applicant.requestedYear
    let (before, beforeClosed): (PlanResult, String?)
    do {
      (before, beforeClosed) = try planAnyway(known, rules: state.rules, matchYear: requested, today: state.today, file: state.profileFile)
    } catch {
      throw .input(error)
    }
    let action = try resolve(request, journal: journal, known: known, today: state.today)
    do {
      try RecordRules.check(action, profile: known, rules: state.rules, today: state.today, taskIDs: Set(before.schedule.tasks.map(\.id)))
    } catch {
      throw ReplanError(error.badInput ? .unknownName : .refused, error.description + "; nothing was recorded")
    }
    if case .done(let id, let day) = action, let late = RecordRules.laterPrerequisite(of: id, on: day, graph: before.graph, profile: known) {
      throw ReplanError(.refused, "\(id) done on \(day) comes before what it waits for: \(late.id) is recorded on \(late.day); nothing was recorded")
    }
    let entry = JournalEntry(recordedOn: state.today, action)
    let recorded = try applicant.recording(entry)
    let newJournal = recorded.journal
    let profile = recorded.profile
    let year = requested ?? baseline?.snapshot.matchYear ?? before.matchYear
    let (after, closed): (PlanResult, String?)
    do {
      (after, closed) = try planAnyway(profile, rules: state.rules, matchYear: year, today: state.today, file: state.profileFile)
    } catch {
      throw .input(error)
    }

    let number = newJournal.entries.count
    let exhausted = after.findings.contains { $0.code == .attemptsExhausted }
    var lines = [said(entry, number: number, journal: journal, file: state.journalFile) + (exhausted ? " Recorded; no path to certification remains." : "")]
    if let note = baseline?.note ?? damaged { lines.append(note) }
    // The requested year was over already before this record: say which plan is shown.
    if let closed = closed ?? beforeClosed { lines.append("note: " + closed) }
    lines += RecordRules.warnings(action, profile: known, rules: state.rules)
    let diff = PlanDiff(before: baseline?.snapshot ?? PlanSnapshot(before), after: after)
    return Outcome(
      entry: entry, number: number, journalText: recorded.inputs.journalText, savedPlanText: SavedPlan(after, journal: newJournal.tag).encoded(),
      said: lines, diff: diff, since: baseline?.since ?? "since the plan before this record", showAll: showAll, profileFile: state.profileFile,
      holds: after.feasible && closed == nil)
  }

  /// The journal action for a request: a reschedule from the booking in force, an undo by
  /// number and fingerprint.
  static func resolve(_ request: Request, journal: Journal, known: Profile, today: Day) throws(ReplanError) -> JournalEntry.Action {
    switch request {
    case .action(let action):
      return action
    case .reschedule(let exam, let day):
      // Not booked: `from` equals `to`, and the rules say plainly that there is nothing to move.
      return .reschedule(exam, from: known.record(exam).booked ?? day, to: day)
    case .undo(let n):
      switch journal.undoTarget(n, asOf: today) {
      case .success(let target): return .undo(target, ref: journal.entries[target - 1].fingerprint)
      case .failure(let error): throw ReplanError(.refused, error.description)
      }
    }
  }

  /// The first line of the report: what was written, in the user's words.
  static func said(_ entry: JournalEntry, number: Int, journal: Journal, file: String) -> String {
    guard case .undo(let n, _) = entry.action else {
      return "Recorded in \(file) as record \(number): \(entry.summary)."
    }
    let target = journal.entries[n - 1]
    if case .undo(let m, _) = target.action {
      return "Took back record \(n) (the undo of record \(m)) with record \(number) in \(file), so record \(m) (\(journal.entries[m - 1].summary)) is in force again."
    }
    return "Took back record \(n) (\(target.summary)) with record \(number) in \(file)."
  }
}
