public import PlannerCore

/// What a plan means for its Match year, worked out once per plan (`PlanResult.verdict`) and
/// rendered by every view: `plan` (text and JSON), `check`, `next`, `what-if` and replan diffs,
/// the HTML report, `cohort` and the terminal colour. No view words a verdict of its own
/// (issue 20, "One verdict"; `VerdictTests`, `OneVerdictEverywhereTests`).
public struct Verdict: Hashable, Sendable {
  public enum Status: String, Hashable, Sendable, CaseIterable {
    /// Every gate before Match Day is met and every soft target too.
    case onTrack
    /// The Match year holds on every hard gate, but a soft target is missed (a Step 2 CK result
    /// after programs start reviewing, ERAS submitted after that day, NRMP registration after the
    /// standard deadline): the year is still open, at a cost.
    case atRisk
    /// A hard gate before Match Day is broken: the dates do not make this Match year.
    case notFeasible
    /// A finding of severity blocker stops this Match year whatever the dates.
    case blocked

    /// The words a person reads: "on track", "at risk", "not feasible", "blocked".
    public var words: String {
      switch self {
      case .onTrack: "on track"
      case .atRisk: "at risk"
      case .notFeasible: "not feasible"
      case .blocked: "blocked"
      }
    }
  }

  /// The colour a verdict is shown in, where colour is on.
  public enum Tone: String, Hashable, Sendable {
    case green, amber, red
  }

  /// A soft target the plan misses: the cost is not the year, but it is real.
  public struct MissedTarget: Hashable, Sendable {
    public var taskID: String
    public var taskName: String
    /// The target date.
    public var target: Day
    /// The planned last day of the task.
    public var finish: Day
    public var daysLate: Int
    /// What the target is, in the catalogue's words (`PathwayTasks`): "programs start reviewing
    /// applications".
    public var what: String

    /// "Step 2 CK result released (step2ck.result) on 2027-12-29, 98 days after programs start
    /// reviewing (your Step 2 CK score visible) on 2027-09-22".
    /// "Step 2 CK result released 98 days after programs start reviewing (your Step 2 CK score
    /// visible)": the name, not the task id, in a sentence (issue 25 §5).
    public var short: String { "\(taskName) \(Explain.days(daysLate)) after \(what)" }

    public var sentence: String {
      "\(taskName) on \(finish), \(Explain.days(daysLate)) after \(what) on \(target)"
    }
  }

  public var matchYear: Int
  public var status: Status
  /// The tightest hard gate before Match Day (`Margin.deciding`), nil when none is left to meet.
  public var decidingGate: GateRoom?
  /// Days of room before the deciding gate (negative: late); nil when a blocker decides the year,
  /// since days would suggest a faster plan could still make it.
  public var marginDays: Int?
  public var targetsMissed: [MissedTarget]
  /// The findings of severity blocker, in the plan's order.
  public var blockers: [Finding]
  /// The broken gates before Match Day (the post-Match chain aside, see `PlanResult.isPostMatch`).
  public var brokenGates: [ConstraintViolation]
  /// The room between the post-Match steps and residency start: said on its own line, never a
  /// reason to wait a year.
  public var postMatch: GateRoom?
  public var earliestFeasibleYear: Int?
  /// The estimated durations the verdict rests on, with the day each must end by (issue 21,
  /// point 3; `RestingEstimateTests`). Empty when the year is blocked or no estimate turns it.
  public var restsOn: [RestingEstimate] = []

  /// Fewer days to spare than this before the deciding gate shows amber (a plan on track with
  /// little room), as `VerdictColor` did before the verdict was a value.
  public static let tightDays = 30

  /// The Match year is open on the plan's dates: on track or at risk. `planner` exits 0.
  public var holds: Bool { status == .onTrack || status == .atRisk }

  /// Red when the year does not hold; amber when it holds at a cost (a missed target), with
  /// little room, or with a late post-Match step; green otherwise.
  public var tone: Tone {
    switch status {
    case .blocked, .notFeasible: return .red
    case .atRisk: return .amber
    case .onTrack:
      if let room = decidingGate?.room, room < Self.tightDays { return .amber }
      if let post = postMatch, post.room < 0 { return .amber }
      return .green
    }
  }

  public init(
    matchYear: Int, status: Status, decidingGate: GateRoom?, marginDays: Int?, targetsMissed: [MissedTarget], blockers: [Finding],
    brokenGates: [ConstraintViolation] = [], postMatch: GateRoom? = nil, earliestFeasibleYear: Int? = nil
  ) {
    self.matchYear = matchYear
    self.status = status
    self.decidingGate = decidingGate
    self.marginDays = marginDays
    self.targetsMissed = targetsMissed
    self.blockers = blockers
    self.brokenGates = brokenGates
    self.postMatch = postMatch
    self.earliestFeasibleYear = earliestFeasibleYear
  }

  /// The verdict of a plan: blockers first, then the hard gates before Match Day, then the soft
  /// targets (`Schedule.targetMisses`, each named in the catalogue's words by `Margin.what`).
  public init(_ r: PlanResult) {
    let margin = r.margin
    let s = r.schedule
    let blockers = r.findings.filter { $0.severity == .blocker }
    let broken = s.violations.filter { !r.isPostMatch($0) }
    let missed: [MissedTarget] = s.targetMisses.map { miss in
      let task = s.task(miss.taskID)
      return MissedTarget(
        taskID: miss.taskID, taskName: task?.task.name ?? miss.taskID, target: miss.target, finish: miss.lastDay, daysLate: miss.daysLate,
        what: task.map { Margin.what($0, kind: .target) } ?? "the target for \(miss.taskID)")
    }
    let status: Status = !blockers.isEmpty ? .blocked : !r.feasible ? .notFeasible : !missed.isEmpty ? .atRisk : .onTrack
    self.init(
      matchYear: r.matchYear, status: status, decidingGate: margin.deciding, marginDays: status == .blocked ? nil : r.slack,
      targetsMissed: missed, blockers: blockers, brokenGates: broken, postMatch: margin.postMatch, earliestFeasibleYear: r.earliestFeasibleMatchYear)
    restsOn = status == .blocked ? [] : RestingEstimate.find(r, gate: margin.deciding, path: margin.path)
  }
}

extension PlanResult {
  /// The plan's verdict: one value every view renders.
  public var verdict: Verdict { Verdict(self) }
}
