public import PlannerCore

/// What drives a task's date: the chain of links back to today, a window that opens, or a booking.
public enum WhyChain {
  public struct Link: Hashable, Sendable {
    public var task: ScheduledTask
    /// Why this task starts when it does, in plain words.
    public var reason: String
    /// The task the chain continues with (nil at the root).
    public var next: String?
  }

  /// The links from `id` back to what fixes its date. A booked date that its prerequisites cannot
  /// meet is followed through the prerequisite that makes it late.
  public static func chain(_ id: String, in result: PlanResult) -> [Link] {
    let s = result.schedule
    return steps(id, in: result).compactMap { step in
      guard let t = s.task(step.id) else { return nil }
      var reason = Explain.driver(t, in: s)
      if let actual = step.lateUntil, let late = step.next.flatMap({ s.task($0) }) {
        reason += ", but \(late.task.name) cannot be ready until \(actual)"
      }
      return Link(task: t, reason: reason, next: step.next)
    }
  }

  /// One task of a chain, without the words: the margin walks two chains for every plan.
  struct Step {
    var id: String
    var done: Bool
    /// The task the chain continues with (nil at the root).
    var next: String?
    /// Set when a fixed date its prerequisites miss is followed through the late one: the day
    /// that prerequisite can be ready.
    var lateUntil: Day?
  }

  static func steps(_ id: String, in result: PlanResult) -> [Step] {
    let s = result.schedule
    var steps: [Step] = []
    var seen: Set<String> = []
    var current = s.task(id)
    while let t = current, seen.insert(t.id).inserted {
      var step = Step(id: t.id, done: t.task.state == .done, next: t.driver.predecessorID)
      if step.next == nil, let v = s.violations.first(where: { $0.taskID == t.id && $0.kind == .fixedTooEarly }), let late = lateDriver(of: t.id, in: result) {
        step.next = late.id
        step.lateUntil = v.actual
      }
      steps.append(step)
      current = step.next.flatMap { s.task($0) }
    }
    return steps
  }

  /// The prerequisite whose dates push hardest on a task (for a fixed date its prerequisites miss).
  public static func lateDriver(of id: String, in result: PlanResult) -> ScheduledTask? {
    let s = result.schedule
    let candidates = result.graph.dependencies.filter { $0.successor == id }.compactMap { d -> (ScheduledTask, Day)? in
      guard let p = s.task(d.predecessor) else { return nil }
      return (p, (d.kind == .finishToStart ? p.earlyFinish : p.start) + d.lag)
    }
    return candidates.max { ($0.1, $1.0.id) < ($1.1, $0.0.id) }?.0
  }

  /// `planner why TASK`: the chain, each link with its dates, lag and source, then the binding
  /// constraint and the task's float.
  public static func render(_ id: String, in result: PlanResult) -> String {
    let s = result.schedule
    guard let target = s.task(id) else { return "" }
    var lines = ["Why \(id) (\(target.task.name)) is \(dates(target)) in the \(result.matchYear) plan:"]
    for (i, link) in chain(id, in: result).enumerated() {
      let t = link.task
      lines.append("  \(i + 1). \(t.id)  \(dates(t))  \(t.task.name)")
      var detail = "     \(link.reason)"
      if let source = t.task.provenance.sources.first { detail += " · source: \(source)" }
      if t.task.provenance.estimated { detail += " (estimated)" }
      lines.append(detail)
    }
    let margin = result.margin
    if let gate = margin.deciding { lines.append("The plan's margin: " + gate.sentence) }
    if let post = margin.postMatch, target.task.group == Phase.visa.rawValue { lines.append("After Match Day: " + post.sentence) }
    var float = target.float.map { "Days to spare: \(Explain.days($0)) (\(Explain.days(min(target.freeFloat, $0))) before the next task moves)" } ?? "Done: nothing left to spare"
    if let soft = target.targetFloat { float += "; \(Explain.days(soft)) before a soft target downstream" }
    if target.critical { float += "; on the chain that decides the Match year" }
    func room(_ n: Int) -> String { n < 0 ? "\(Explain.days(-n)) late" : "\(Explain.days(n)) to spare" }
    if let deadline = target.task.deadline { float += "; hard deadline \(deadline), \(room(deadline - target.lastDay))" }
    if let goal = target.task.target { float += "; target \(goal), \(room(goal - target.lastDay))" }
    lines.append(float + ".")
    // The Pathways season a new application goes to, and why (issue 21, point 1).
    if target.id.hasPrefix("pathway.") || target.id.hasPrefix("oet."), let season = result.findings.first(where: { $0.code == .pathwaySeason }) {
      lines.append("Pathways season: " + season.message + (season.action.isEmpty ? "" : "; " + season.action) + ".")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func dates(_ t: ScheduledTask) -> String {
    t.task.duration <= 1 ? "on \(t.start)" : "\(t.start) → \(t.lastDay) (\(t.task.duration) days)"
  }
}
