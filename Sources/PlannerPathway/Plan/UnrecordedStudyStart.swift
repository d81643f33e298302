public import PlannerCore

/// Study blocks a plan keeps at the saved plan's start (`Profile.keptStudyStarts`, issue 20 §5)
/// although nothing records that they began, and the verdict of the same Match year if they begin
/// today instead. The plan's days to spare rest on that start: an applicant who has not begun must
/// not read them as theirs (issue 20; `UnrecordedStudyStartTests`).
public struct UnrecordedStudyStart: Hashable, Sendable {
  /// One study block the plan assumes began on the saved plan's day.
  public struct Block: Hashable, Sendable {
    public var taskID: String
    public var name: String
    /// The start the saved plan gave it, which this plan keeps.
    public var savedStart: Day
    /// Its latest safe start in this plan: it may have passed.
    public var latestSafeStart: Day?

    public init(taskID: String, name: String, savedStart: Day, latestSafeStart: Day?) {
      self.taskID = taskID
      self.name = name
      self.savedStart = savedStart
      self.latestSafeStart = latestSafeStart
    }
  }

  public var blocks: [Block]
  /// The same Match year planned with these blocks beginning today.
  public var ifBegunToday: Verdict

  public init(blocks: [Block], ifBegunToday: Verdict) {
    self.blocks = blocks
    self.ifBegunToday = ifBegunToday
  }

  /// The overdue study blocks of `plan` whose start is the saved plan's, kept (`OverdueWork` with
  /// a saved-plan basis on a task fixed to that day), by start then id.
  public static func keptBlocks(of plan: PlanResult, profile: Profile) -> [Block] {
    plan.overdue.values.compactMap { late -> Block? in
      guard case .savedPlan = late.basis, profile.keptStudyStarts[late.taskID] == late.since,
        let t = plan.schedule.task(late.taskID), t.task.fixedStart == late.since
      else { return nil }
      return Block(taskID: t.id, name: t.task.name, savedStart: late.since, latestSafeStart: LatestSafeStart(t, in: plan.schedule)?.day)
    }.sorted { ($0.savedStart, $0.taskID) < ($1.savedStart, $1.taskID) }
  }
}
