public import PlannerCore

/// The room a plan leaves before one gate: a hard deadline, a soft target, or a fixed date.
public struct GateRoom: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    /// A hard deadline of the cycle: missing it loses the Match year.
    case deadline
    /// A soft target: missing it costs (a late fee, programs already reviewing), not the year.
    case target
    /// A date fixed by the cycle (the ROL deadline, residency start) that work must reach.
    case fixed
  }

  public var taskID: String
  public var date: Day
  /// Days to spare (negative: that many days late).
  public var room: Int
  public var kind: Kind
  /// What happens on the date, as a clause: "ECFMG must verify your exams".
  public var what: String
  /// The date is projected, not published (issue 21, point 3): said beside it.
  public var dateEstimated: Bool = false

  /// "85 days to spare before ECFMG must verify your exams (2028-03-01)", "(2027-05-31,
  /// estimated)" when the date is projected.
  public var sentence: String {
    room >= 0
      ? "\(Explain.days(room)) to spare before \(what) (\(date)\(dateEstimated ? ", estimated" : ""))"
      : "\(Explain.days(-room)) late: \(what) by \(date)\(dateEstimated ? " (estimated)" : "")"
  }
}

/// The margin that decides the Match year — the least room before a gate the applicant's own work
/// must reach — kept apart from the steps after Match Day that depend on others.
public struct Margin: Sendable {
  /// The tightest hard gate before Match Day (nil when none is left to meet).
  public var deciding: GateRoom?
  /// Every gate with its room, by date.
  public var gates: [GateRoom]
  /// The room between the post-Match steps (contract, visa) and residency start.
  public var postMatch: GateRoom?
  /// The chain that sets the deciding gate's date, root first.
  public var path: [String]
  /// The chain from Match Day to residency start, root first.
  public var postMatchPath: [String]

  /// Gates whose room can decide the Match year: the applicant's work must reach them by Match Day.
  static let decidingGates = PathwayTasks.decidingGates

  public init(_ r: PlanResult) {
    let s = r.schedule
    var gates: [GateRoom] = []
    for t in s.tasks where t.task.state != .done {
      if let d = t.task.deadline, t.task.fixedStart == nil {
        gates.append(GateRoom(taskID: t.id, date: d, room: d - t.lastDay, kind: .deadline, what: Self.what(t, kind: .deadline), dateEstimated: t.task.deadlineEstimated))
      }
      if let d = t.task.target {
        gates.append(GateRoom(taskID: t.id, date: d, room: d - t.lastDay, kind: .target, what: Self.what(t, kind: .target)))
      }
      if t.task.fixedStart != nil, t.id == PathwayTask.residencyStart.id, let room = Self.roomBefore(t, in: r) {
        gates.append(GateRoom(taskID: t.id, date: t.start, room: room, kind: .fixed, what: Self.what(t, kind: .fixed)))
      }
    }
    gates.sort { ($0.date, $0.taskID, $0.kind.rawValue) < ($1.date, $1.taskID, $1.kind.rawValue) }
    self.gates = gates
    // NRMP registration is the applicant's to do at any time before the ROL deadline: it decides
    // only when it is already late or nothing else is left.
    let hard = gates.filter { $0.kind != .target && Self.decidingGates.contains($0.taskID) }
    let main = hard.filter { $0.taskID != PathwayTask.nrmpRegister.id || $0.room < 0 }
    deciding = (main.isEmpty ? hard : main).min { ($0.room, $0.date) < ($1.room, $1.date) }
    postMatch = gates.first { $0.taskID == PathwayTask.residencyStart.id }
    func chain(_ id: String, stopAt: String? = nil) -> [String] {
      var ids: [String] = []
      var from = id
      // A fixed date is reached through its latest prerequisite.
      if s.task(id)?.task.fixedStart != nil, let late = WhyChain.lateDriver(of: id, in: r) {
        ids.append(id)
        from = late.id
      }
      for step in WhyChain.steps(from, in: r) {
        if step.done { break }
        ids.append(step.id)
        if step.id == stopAt { break }
      }
      return ids.reversed()
    }
    path = deciding.map { chain($0.taskID) } ?? []
    postMatchPath = s.task(PathwayTask.residencyStart.id) == nil ? [] : chain(PathwayTask.residencyStart.id, stopAt: PathwayTask.matchDay.id)
  }

  /// The room between a fixed date and the latest of its prerequisites.
  static func roomBefore(_ t: ScheduledTask, in r: PlanResult) -> Int? {
    let s = r.schedule
    let reach = r.graph.dependencies.filter { $0.successor == t.id }.compactMap { d -> Day? in
      guard let p = s.task(d.predecessor), p.task.state != .done else { return nil }
      return (d.kind == .finishToStart ? p.earlyFinish : p.start) + d.lag
    }
    return reach.max().map { t.start - $0 }
  }

  /// The gate's words from the task catalogue, or a generic phrase for any other deadline.
  static func what(_ t: ScheduledTask, kind: GateRoom.Kind) -> String {
    if let entry = PathwayTasks.task(t.id) {
      if kind == .target, let target = entry.target { return target }
      if let gate = entry.gate { return gate }
    }
    return kind == .target ? "the target for \(t.task.name)" : "the deadline for \(t.task.name)"
  }
}

/// A margin shared by the copies of one plan (copying a plan then costs one reference).
final class MarginBox: Sendable {
  let margin: Margin
  init(_ margin: Margin) { self.margin = margin }
}

extension WhyChain.Link {
  var id: String { task.id }
}
