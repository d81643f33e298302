public import PlannerCore

/// The order of the applicant's study blocks, and why it differs from the road's order (Step 1,
/// Step 2 CK, OET, Step 3, own tasks, as built): a booked exam fixes its block, and a block that no
/// longer fits before it moves after it. That is never silent: the plan and the diff say so.
public enum StudyOrder {
  /// The study blocks still to do, in the order the plan has them (by start, then the road's order).
  public static func blocks(_ r: PlanResult) -> [ScheduledTask] {
    let blocks = r.schedule.tasks.filter(isBlock)
    let road = roadIndex(r, of: blocks)
    return blocks.sorted { ($0.start, road[$0.id] ?? 0) < ($1.start, road[$1.id] ?? 0) }
  }

  static func isBlock(_ t: ScheduledTask) -> Bool { t.task.usesApplicant && t.task.duration > 0 && t.task.state != .done }

  /// Each block's position in the road (the graph's order): only the few blocks are looked up,
  /// since this runs for every plan.
  static func roadIndex(_ r: PlanResult, of blocks: [ScheduledTask]) -> [String: Int] {
    var road: [String: Int] = [:]
    for b in blocks where road[b.id] == nil {
      road[b.id] = r.graph.tasks.firstIndex { $0.id == b.id }
    }
    return road
  }

  /// "Step 2 CK preparation → Step 1 preparation → OET Medicine preparation"
  static func words(_ ids: [String], in s: Schedule) -> String {
    ids.map { s.task($0)?.task.name ?? $0 }.joined(separator: " → ")
  }

  /// Why each pair of blocks out of the road's order is so: a fixed block (a booked exam's
  /// preparation) that the other fits before, or does not fit before.
  public static func reasons(_ r: PlanResult) -> [String] {
    let s = r.schedule
    let order = blocks(r)
    let road = roadIndex(r, of: order)
    func fixedWhy(_ t: ScheduledTask) -> String {
      let after = Set(r.graph.dependencies.filter { $0.predecessor == t.id }.map(\.successor))
      let booking = s.tasks.first { $0.task.state == .booked && after.contains($0.id) }
      return booking.map { "\($0.task.name) on \($0.start)" } ?? (t.task.provenance.sources.first == PathwayBuilder.keptStartSource ? Explain.driver(t, in: s) : "fixed for \(t.start)")
    }
    var out: [String] = []
    for (i, first) in order.enumerated() {
      for later in order[(i + 1)...] where (road[first.id] ?? 0) > (road[later.id] ?? 0) {
        if first.task.fixedStart != nil {
          out.append("\(later.task.name) (\(Explain.days(later.task.duration))) does not fit before \(first.task.name) (\(fixedWhy(first))), so it starts after it, on \(later.start)")
        } else if later.task.fixedStart != nil {
          out.append("\(first.task.name) fits before \(later.task.name) (\(fixedWhy(later))), so it comes first, from \(first.start)")
        } else {
          out.append("\(first.task.name) can start first (\(Explain.driver(first, in: s))), \(later.task.name) only later (\(Explain.driver(later, in: s)))")
        }
      }
    }
    return out
  }

  /// The finding the plan shows when the order is not the road's.
  static func finding(_ r: PlanResult) -> Finding? {
    let reasons = reasons(r)
    guard !reasons.isEmpty else { return nil }
    let ids = blocks(r).map(\.id)
    // Said once per plan, whichever pairs are out of order.
    return Finding(.note, .studyOrder, "Your study blocks run in this order: \(words(ids, in: r.schedule)); " + reasons.joined(separator: "; "), action: "move the booking if you want the usual order")
  }

  /// The line the diff shows when the order changed against the saved plan, or nil.
  public static func change(before: PlanSnapshot, after r: PlanResult) -> String? {
    let now = blocks(r).map(\.id)
    let then = now.compactMap { id in before.task(id).flatMap { old in old.start.map { (id, $0) } } }.sorted { $0.1 < $1.1 }.map(\.0)
    let common = now.filter { then.contains($0) }
    guard common != then, then.count > 1 else { return nil }
    let reasons = reasons(r)
    return "  ! Study order changed: \(words(then, in: r.schedule)) before, now \(words(common, in: r.schedule))" + (reasons.isEmpty ? "" : ": " + reasons.joined(separator: "; "))
  }
}
