/// The critical path and the binding constraint, read off a finished `Workspace` (split from
/// Scheduler.swift, which keeps the passes).
extension Workspace {
  /// On a least-float path. A booked task only counts when its float equals the least: less room
  /// in front of a fixed date says how tight that booking is, not that it drives the plan.
  func isCritical(_ i: Int, totalFloat: Int, minFloat: Int) -> Bool {
    guard tasks[i].state != .done else { return false }
    return tasks[i].fixedStart == nil ? totalFloat <= minFloat : totalFloat == minFloat
  }

  /// Whether a task's late finish is set by its own deadline rather than by a successor.
  func ownDeadlineBinds(_ i: Int) -> Bool {
    guard deadline[i] != Self.noDay else { return false }
    return lateBound[i] == finishBound(i, forLastDay: deadline[i])
  }

  func criticalPath(pool: [Int], totalFloat: [Int], minFloat: Int) -> ([Int], BindingConstraint?) {
    guard !pool.isEmpty else { return ([], nil) }
    // The chain ends where the least float is set: at its own deadline if possible,
    // otherwise at the latest-finishing task, ties broken by the sweep order (latest placed
    // first), so a closing milestone on the same day as its predecessor ends the chain.
    // A period (`PlanTask.serves`) never ends it: the task it serves does.
    let least = pool.filter { totalFloat[$0] == minFloat }
    let work = least.filter { tasks[$0].serves == nil }
    let ends = work.isEmpty ? least : work
    guard
      let end = ends.min(by: { a, b in
        (ownDeadlineBinds(a) ? 0 : 1, -ef[a], -position[a]) < (ownDeadlineBinds(b) ? 0 : 1, -ef[b], -position[b])
      })
    else { return ([], nil) }
    var path = [end]
    var seen: Set<Int> = [end]
    var current = end
    while tasks[current].fixedStart == nil {
      let tight = preds[current].filter { bound(from: $0) == es[current] && !seen.contains($0.other) }
      guard let next = tight.min(by: { (totalFloat[$0.other], $0.other) < (totalFloat[$1.other], $1.other) })
      else { break }
      current = next.other
      seen.insert(current)
      path.append(current)
    }
    return (path.reversed(), bindingConstraint(after: end, minFloat: minFloat))
  }

  /// Follows the successors that set each late finish until a deadline, a booked date or the end.
  func bindingConstraint(after end: Int, minFloat: Int) -> BindingConstraint {
    var current = end
    var visited: Set<Int> = [end]
    while true {
      let t = tasks[current]
      if ownDeadlineBinds(current), let d = t.deadline {
        return BindingConstraint(taskID: t.id, kind: .deadline(d), slack: minFloat)
      }
      if current != end, let fixed = t.fixedStart {
        return BindingConstraint(taskID: t.id, kind: .fixedDate(fixed), slack: minFloat)
      }
      let setting = succs[current].first { link in
        let s = link.other
        let succLateStart = tasks[s].fixedStart == nil ? ls[s] : min(ls[s], es[s])
        let f = lateFinish(current, successorStart: succLateStart - link.lag, kind: link.kind)
        return f == lateBound[current] && !visited.contains(s)
      }
      guard let setting else {
        return BindingConstraint(taskID: t.id, kind: .projectFinish, slack: minFloat)
      }
      current = setting.other
      visited.insert(current)
    }
  }
}
