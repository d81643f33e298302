/// The backward passes of `Scheduler`: late dates, what bounds them, free float.
extension Workspace {
  /// Late dates. With `targets`, soft targets bound like deadlines: the room a task has before
  /// it makes a target late (the Step 2 CK exam against the date programs start reviewing).
  /// Each task also learns what sets its late finish: its own deadline (or target), else the
  /// successor that sets it — that successor's booked date when the date binds, otherwise the
  /// successor's own limit — else the plan's end. Ties keep the first found: the task's own
  /// deadline, then its target, then successors in link order.
  mutating func backwardPass(targets: Bool = false) {
    let planEnd = Limit(kind: .projectFinish, task: -1, day: projectFinish - 1)
    for i in order.reversed() {
      var finish = Int.max
      var why = planEnd
      if deadline[i] != Self.noDay {
        finish = finishBound(i, forLastDay: deadline[i])
        why = Limit(kind: .deadline, task: Int32(i), day: deadline[i])
      }
      // A target the plan already misses binds at the plan's own date: a later start cannot
      // save it, only lengthen the miss, and a bound before what the task can do would be a
      // "latest safe start" before the work can start (issue 20, contradiction 9;
      // ConsistencyTests.lateDatesStayBeforeTheGatesTheyFeed).
      if targets, target[i] != Self.noDay {
        let bound = max(finishBound(i, forLastDay: target[i]), ef[i])
        if bound < finish {
          finish = bound
          why = Limit(kind: .target, task: Int32(i), day: target[i])
        }
      }
      // A start-to-start link bounds the start itself: for work in minutes the finish it implies
      // depends on that start, so the bound is kept as well (issue 23).
      var startBound = Int.max
      for k in succs.start[i]..<succs.end[i] {
        let link = succs.links[k]
        let s = link.other
        // A booked successor cannot move later than its date, whatever its own float.
        let bookedBinds = fixed[s] != Self.noDay && es[s] < ls[s]
        let succLateStart = bookedBinds ? es[s] : ls[s]
        if link.kind == .startToStart { startBound = min(startBound, succLateStart - link.lag) }
        let f = lateFinish(i, successorStart: succLateStart - link.lag, kind: link.kind)
        if f < finish {
          finish = f
          why = bookedBinds ? Limit(kind: .fixedDate, task: Int32(s), day: es[s]) : limit[s]
        }
      }
      if finish == Int.max { finish = projectFinish }
      // A fixed date nothing else bounds (the residency start) is itself the gate before it.
      if why.kind == .projectFinish, fixed[i] != Self.noDay {
        why = Limit(kind: .fixedDate, task: Int32(i), day: fixed[i])
      }
      lateBound[i] = finish
      limit[i] = why
      // A late start inside a blackout, or on a day away, is no start at all: the latest real one
      // is before it.
      let start = lastStart(i, onOrBefore: latestStart(i, finishingBy: finish, startingBy: startBound))
      ls[i] = start
      lf[i] = start + span(i, from: start)
      // A period is bounded by the task it serves as soon as both are known: here when that task
      // came later in the sweep (the interview season and the ROL deadline), or when that task is
      // reached (an eligibility period placed after its exam).
      let j = served[i]
      if j >= 0, position[j] > position[i] { bound(period: i, by: j) }
      for k in servedBy.start[i]..<servedBy.end[i] where position[servedBy.links[k].other] > position[i] {
        bound(period: servedBy.links[k].other, by: i)
      }
    }
  }

  /// A period's late dates: open by the latest start of the task it serves, over by its late
  /// finish (cut short if need be, to a day at least), and bounded by the same gate. Its other
  /// predecessors come before the task it serves in the pathway graphs, so they see these bounds.
  mutating func bound(period i: Int, by j: Int) {
    let bookedBinds = fixed[j] != Self.noDay && es[j] < ls[j]
    let latest = bookedBinds ? es[j] : ls[j]
    let start = lastStart(i, onOrBefore: min(ls[i], latest))
    if start < ls[i] {
      ls[i] = start
      limit[i] = bookedBinds ? Limit(kind: .fixedDate, task: Int32(j), day: es[j]) : limit[j]
    }
    let served = bookedBinds ? es[j] + duration[j] : lf[j]
    lf[i] = min(lf[i], max(served, ls[i] + min(1, duration[i])))
    lateBound[i] = min(lateBound[i], lf[i])
  }

  func freeFloat(_ i: Int) -> Int {
    var room = Int.max
    for k in succs.start[i]..<succs.end[i] {
      let link = succs.links[k]
      let s = link.other
      room = min(room, link.kind == .finishToStart ? es[s] - link.lag - ef[i] : es[s] - link.lag - es[i])
    }
    if room == Int.max { room = projectFinish - ef[i] }
    if deadline[i] != Self.noDay { room = min(room, finishBound(i, forLastDay: deadline[i]) - ef[i]) }
    return min(room, ls[i] - es[i])
  }
}
