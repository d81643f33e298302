public import PlannerCore
public import PlannerPathway
import PlannerRules

/// The verdict as the report shows it: the plan's `Verdict` with its headline and the lines that
/// back it, in the terminal's words (`VerdictText`, `PlanReport.verdictLines`).
public struct ReportVerdict: Sendable {
  /// The Match year holds (on track or at risk).
  public var feasible: Bool
  public var status: Verdict.Status
  public var tone: Verdict.Tone
  public var headline: String
  public var lines: [String]

  /// The terminal's verdict lines (the margin that decides the year, the missed targets, the
  /// post-Match room), so the page and the terminal say the same thing; then the chains and the
  /// earliest year.
  public init(_ r: PlanResult) {
    let s = r.schedule
    let margin = r.margin
    let verdict = r.verdict
    feasible = verdict.holds
    status = verdict.status
    tone = verdict.tone
    headline = VerdictText.statement(verdict)
    var lines = PlanReport.verdictLines(r, verdict: verdict).dropFirst().map { $0.trimmingSpaces }
    func names(_ ids: [String]) -> String { ids.map { s.task($0)?.task.name ?? $0 }.joined(separator: " → ") }
    if let gate = margin.deciding, !margin.path.isEmpty {
      lines.append("Deciding chain (to \(s.task(gate.taskID)?.task.name ?? gate.taskID)): " + names(margin.path))
    }
    if !margin.postMatchPath.isEmpty { lines.append("Post-Match chain: " + names(margin.postMatchPath)) }
    switch r.earliestFeasibleMatchYear {
    case .some(let y) where y == r.matchYear: lines.append("Earliest feasible Match year: \(y) (this one)")
    case .some(let y): lines.append("Earliest feasible Match year: \(y)")
    case .none: lines.append("Earliest feasible Match year: none up to \(r.rules.supportedYears.upperBound)")
    }
    self.lines = lines
  }
}

/// One date the plan must reach, with the room it leaves.
public struct ReportGate: Sendable {
  public var taskID: String
  public var name: String
  public var date: Day
  /// Days to spare (negative: late).
  public var room: Int
  /// deadline, target or fixed date.
  public var kind: String
  /// What happens on the date, as a clause.
  public var what: String

  /// Every gate the plan must reach (hard deadlines, soft targets, fixed dates), by date.
  public static func all(_ r: PlanResult) -> [ReportGate] {
    let s = r.schedule
    return r.margin.gates.map { g in
      let kind = g.kind == .deadline ? "deadline" : g.kind == .target ? "target" : "fixed date"
      return ReportGate(taskID: g.taskID, name: s.task(g.taskID)?.task.name ?? g.taskID, date: g.date, room: g.room, kind: kind, what: g.what)
    }
  }
}
