public import PlannerRules
public import PlannerCore

/// One applicant, as every command and `cohort` plan them: what was read (`inputs`: the profile as
/// written, the journal's and the saved plan's text, today, `--match`, the rules pack) and what
/// follows from it, each worked out once — the journal, the saved plan as a baseline, the profile
/// planning works from (journal merged in, study blocks keeping their saved starts) — and the
/// plan and next actions on request (issue 20, "One applicant, loaded once"; tests
/// `ApplicantTests`, `ApplicantLoaderTests`).
public struct Applicant: Sendable {
  public let inputs: ReplanState
  public let journal: Journal
  /// The saved plan to compare with and date overdue work by, or why it cannot be read (the
  /// commands that only plan do without it; `diff` reports it).
  public let savedBaseline: Result<Replanner.Baseline?, ReplanError>
  /// The profile planning works from (`ReplanState.planned`).
  public let profile: Profile

  /// - Throws: a journal that cannot be read, or a record in it that contradicts the profile.
  public init(_ inputs: ReplanState) throws(ReplanError) {
    let journal = try inputs.journal()
    try self.init(inputs, journal: journal, savedBaseline: Self.baseline(inputs, journal: journal))
  }

  init(_ inputs: ReplanState, journal: Journal, savedBaseline: Result<Replanner.Baseline?, ReplanError>) throws(ReplanError) {
    self.inputs = inputs
    self.journal = journal
    self.savedBaseline = savedBaseline
    profile = try inputs.planned(journal, baseline: (try? savedBaseline.get())??.snapshot)
  }

  static func baseline(_ inputs: ReplanState, journal: Journal) -> Result<Replanner.Baseline?, ReplanError> {
    do {
      return .success(try Replanner.baseline(inputs, journal: journal))
    } catch {
      return .failure(error)
    }
  }

  /// The saved plan's snapshot, when there is one planner can read.
  public var baseline: PlanSnapshot? { (try? savedBaseline.get())??.snapshot }
  public var today: Day { inputs.today }
  public var rules: RulesPack { inputs.rules }
  /// The Match year asked for: `--match`, else the profile's `match` (nil: the earliest feasible).
  public var requestedYear: Int? { inputs.matchYear ?? profile.match }

  /// The plan of the requested year (or of the earliest feasible one), its overdue work judged
  /// against the saved plan's starts too.
  public func plan() throws(PlanningError) -> PlanResult {
    try plan(matchYear: requestedYear)
  }

  public func plan(matchYear: Int?) throws(PlanningError) -> PlanResult {
    let result = try PathwayPlanner.plan(profile: profile, rules: rules, matchYear: matchYear, today: today, file: inputs.profileFile)
    guard baseline != nil else { return result }
    var judged = result.withBaseline(baseline, profile: profile)
    judged.unrecordedStudyStart = unrecordedStudyStart(judged)
    return judged
  }

  /// The plan's kept study starts that nothing records, with the same year planned as if they
  /// began today: one more plan, only when a study block keeps a start that has passed.
  func unrecordedStudyStart(_ plan: PlanResult) -> UnrecordedStudyStart? {
    let blocks = UnrecordedStudyStart.keptBlocks(of: plan, profile: profile)
    guard !blocks.isEmpty else { return nil }
    var fresh = profile
    for block in blocks { fresh.keptStudyStarts[block.taskID] = nil }
    guard let begunToday = try? PathwayPlanner.plan(profile: fresh, rules: rules, matchYear: plan.matchYear, today: today, file: inputs.profileFile) else { return nil }
    return UnrecordedStudyStart(blocks: blocks, ifBegunToday: begunToday.verdict)
  }

  /// What to do in the next `days` (`planner next`, the plan's Next block, the report, `cohort`).
  /// - Parameter profileArgument: appended to every command when the profile had to be named.
  public func next(_ plan: PlanResult, days: Int = 30, profileArgument: String? = nil) -> NextActions {
    NextActions(plan, profile: profile, days: days, baseline: baseline, profileArgument: profileArgument)
  }

  /// The same applicant with one more record in the journal: the saved plan stays the baseline.
  public func recording(_ entry: JournalEntry) throws(ReplanError) -> Applicant {
    var next = inputs
    next.journalText = Journal.appending(entry, to: inputs.journalText)
    return try Applicant(next, journal: try next.journal(), savedBaseline: savedBaseline)
  }
}
