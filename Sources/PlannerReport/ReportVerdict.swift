public import PlannerCore
public import PlannerPathway

/// The verdict as the report words it: one headline and the lines that back it.
public struct ReportVerdict: Sendable {
  public var feasible: Bool
  public var headline: String
  public var lines: [String]

  public init(_ r: PlanResult) {
    let s = r.schedule
    feasible = r.feasible
    var lines: [String] = []
    if r.feasible {
      headline = "FEASIBLE for the \(r.matchYear) Match, with \(Explain.days(r.slack)) of float."
    } else {
      headline = "NOT FEASIBLE for the \(r.matchYear) Match."
      for f in r.findings where f.severity == .blocker {
        lines.append("✗ " + f.message + (f.action.isEmpty ? "" : " — " + f.action))
      }
      for v in s.violations { lines.append("✗ " + Explain.violation(v, in: s)) }
    }
    if let b = s.binding { lines.append("Binding constraint: " + Explain.binding(b, in: s)) }
    if !s.criticalPath.isEmpty {
      let names = s.criticalPath.map { s.task($0)?.task.name ?? $0 }
      lines.append("Deciding chain: " + names.joined(separator: " → "))
    }
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
  public var kind: String

  /// The deadlines of the plan's open tasks, by date.
  public static func all(_ r: PlanResult) -> [ReportGate] {
    let s = r.schedule
    return s.tasks.compactMap { t -> ReportGate? in
      guard let d = t.task.deadline, t.task.state == .planned, t.task.fixedStart == nil else { return nil }
      return ReportGate(taskID: t.id, name: t.task.name, date: d, room: d - t.lastDay, kind: "deadline")
    }.sorted { ($0.date, $0.taskID) < ($1.date, $1.taskID) }
  }
}
