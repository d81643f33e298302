import HeapModule

/// Critical-path scheduling: a forward pass for early dates, a backward pass for late dates,
/// floats, the critical path and the binding constraint.
///
/// Runs in O((tasks + dependencies) · log tasks): one priority-ordered topological sweep
/// (Kahn's algorithm on a heap keyed by early start, then input order) and one reverse sweep.
/// The applicant's preparation blocks are placed serially in that sweep's order, so they never
/// overlap; each placement adds an implicit finish-to-start link that the backward pass honours.
/// A task's start blackouts bound both passes: no early or late start falls inside one.
public enum Scheduler {
  public static func schedule(_ graph: TaskGraph, today: Day) throws(ScheduleError) -> Schedule {
    var work = try Workspace(graph: graph, today: today.ordinal)
    try work.forwardPass()
    work.backwardPass(targets: true)
    let safe = (start: work.ls, limit: work.limit)
    work.backwardPass()
    return work.result(today: today, safe: safe)
  }
}

/// A link as the scheduler sees it: to another task by index, with its lag and kind.
struct Link {
  var other: Int
  var lag: Int
  var kind: Dependency.Kind
  /// Added by the scheduler because the applicant cannot do two blocks at once.
  var implicit: Bool
}

struct ReadyEntry: Comparable {
  var earlyStart: Int
  var index: Int
  static func < (a: ReadyEntry, b: ReadyEntry) -> Bool {
    (a.earlyStart, a.index) < (b.earlyStart, b.index)
  }
}

struct Workspace {
  let tasks: [PlanTask]
  let today: Int
  /// Task id → position (ids are unique: a duplicate is an error).
  let indexByID: [String: Int]
  var preds: [[Link]]
  var succs: [[Link]]
  var order: [Int] = []
  var es: [Int]
  var ef: [Int]
  var ls: [Int]
  var lf: [Int]
  /// The late finish before a start blackout moved it earlier: what the successors and the
  /// deadline allow, which the binding-constraint walk compares against.
  var lateBound: [Int]
  /// What set each `lateBound` (the gate a task's room runs out against).
  var limit: [LateLimit]
  var driver: [StartDriver]
  /// Index of the task each one serves (`PlanTask.serves`), and the reverse.
  var served: [Int?]
  var servedBy: [[Int]]
  /// Each task's place in the sweep order (set after the forward pass).
  var position: [Int] = []
  var violations: [ConstraintViolation] = []
  /// Days by which a booked date comes before what its prerequisites allow, by task index
  /// (0 when on time), so the result need not search the violations by id.
  var fixedTooEarlyBy: [Int]
  var applicantSequence: [Int] = []
  var projectFinish = 0

  init(graph: TaskGraph, today: Int) throws(ScheduleError) {
    tasks = graph.tasks
    self.today = today
    let n = tasks.count
    var index: [String: Int] = [:]
    index.reserveCapacity(n)
    for (i, t) in tasks.enumerated() {
      if index.updateValue(i, forKey: t.id) != nil { throw .duplicateTask(t.id) }
      if t.duration < 0 { throw .negativeDuration(task: t.id, duration: t.duration) }
    }
    indexByID = index
    preds = Array(repeating: [], count: n)
    succs = Array(repeating: [], count: n)
    for d in graph.dependencies {
      guard let s = index[d.successor] else {
        throw .unknownSuccessor(task: d.successor, predecessor: d.predecessor)
      }
      guard let p = index[d.predecessor] else {
        throw .unknownTask(dependent: d.successor, missing: d.predecessor)
      }
      if p == s { throw .cycle([d.predecessor]) }
      preds[s].append(Link(other: p, lag: d.lag, kind: d.kind, implicit: false))
      succs[p].append(Link(other: s, lag: d.lag, kind: d.kind, implicit: false))
    }
    served = Array(repeating: nil, count: n)
    servedBy = Array(repeating: [], count: n)
    for (i, t) in tasks.enumerated() {
      guard let id = t.serves else { continue }
      guard let j = index[id] else { throw .unknownTask(dependent: t.id, missing: id) }
      if j == i { throw .cycle([t.id]) }
      served[i] = j
      servedBy[j].append(i)
    }
    es = Array(repeating: 0, count: n)
    ef = es
    ls = es
    lf = es
    lateBound = es
    limit = Array(repeating: LateLimit(kind: .projectFinish, taskID: nil, day: Day(ordinal: 0)), count: n)
    fixedTooEarlyBy = es
    driver = Array(repeating: .today, count: n)
  }

  /// The earliest start a link allows its successor.
  func bound(from link: Link) -> Int {
    link.kind == .finishToStart ? ef[link.other] + link.lag : es[link.other] + link.lag
  }

  mutating func earliestStart(of i: Int) -> Int {
    var start = today
    var why = StartDriver.today
    if let nb = tasks[i].notBefore, nb.ordinal > start {
      start = nb.ordinal
      why = .notBefore(nb)
    }
    var predBound = Int.min
    var predWhy: StartDriver?
    for link in preds[i] {
      let b = bound(from: link)
      if b > predBound {
        predBound = b
        predWhy = .predecessor(tasks[link.other].id, lag: link.lag, kind: link.kind)
      }
    }
    if let fixed = tasks[i].fixedStart {
      // A done task happened when it happened: estimated lead times before it are not broken rules.
      if predBound > fixed.ordinal && tasks[i].state != .done {
        violations.append(
          ConstraintViolation(kind: .fixedTooEarly, taskID: tasks[i].id, limit: fixed, actual: Day(ordinal: predBound)))
        fixedTooEarlyBy[i] = max(fixedTooEarlyBy[i], predBound - fixed.ordinal)
      }
      driver[i] = .fixed
      return fixed.ordinal
    }
    if let predWhy, predBound >= start {
      start = predBound
      why = predWhy
    }
    let allowed = StartBlackout.firstAllowed(onOrAfter: start, in: tasks[i].startBlackouts)
    if allowed != start {
      start = allowed
      why = .blackout(Day(ordinal: allowed))
    }
    driver[i] = why
    return start
  }

  mutating func forwardPass() throws(ScheduleError) {
    let n = tasks.count
    var remaining = preds.map(\.count)
    var heap = Heap<ReadyEntry>()
    for i in 0..<n where remaining[i] == 0 {
      heap.insert(ReadyEntry(earlyStart: earliestStart(of: i), index: i))
    }
    // Booked preparation blocks are reservations the serial placement must work around.
    let reserved = (0..<n)
      .filter { tasks[$0].usesApplicant && tasks[$0].fixedStart != nil && tasks[$0].duration > 0 }
      .sorted { (tasks[$0].fixedStart!.ordinal, $0) < (tasks[$1].fixedStart!.ordinal, $1) }
      .map { (start: tasks[$0].fixedStart!.ordinal, end: tasks[$0].fixedStart!.ordinal + tasks[$0].duration, index: $0) }
    // Movable blocks are placed at non-decreasing starts (never before `applicantFree`), and every
    // reservation a placement looks at ends by the block's start, so later placements can skip
    // them: the scan is amortised O(reservations + blocks) rather than their product.
    var firstLiveReservation = 0
    var applicantFree = Int.min
    var lastPlaced: Int?
    order.reserveCapacity(n)
    while let entry = heap.popMin() {
      let i = entry.index
      var start = entry.earlyStart
      if tasks[i].usesApplicant && tasks[i].fixedStart == nil && tasks[i].duration > 0 {
        var blocker = lastPlaced
        if start < applicantFree { start = applicantFree } else { blocker = nil }
        // Sorted by start, so once a reservation starts after the block would end, so do the rest.
        var k = firstLiveReservation
        var blackedOut = false
        while true {
          while k < reserved.count && reserved[k].start < start + tasks[i].duration {
            if start < reserved[k].end {
              start = reserved[k].end
              blocker = reserved[k].index
              blackedOut = false
            }
            k += 1
          }
          // Moving past a blackout can run into a later reservation: look again from there.
          let allowed = StartBlackout.firstAllowed(onOrAfter: start, in: tasks[i].startBlackouts)
          if allowed == start { break }
          start = allowed
          blackedOut = true
        }
        firstLiveReservation = k
        if blackedOut {
          driver[i] = .blackout(Day(ordinal: start))
        } else if let blocker {
          driver[i] = .applicantBusy(tasks[blocker].id)
        }
        applicantFree = start + tasks[i].duration
        lastPlaced = i
      }
      if tasks[i].usesApplicant && tasks[i].duration > 0 { applicantSequence.append(i) }
      es[i] = start
      ef[i] = start + tasks[i].duration
      order.append(i)
      for link in succs[i] {
        remaining[link.other] -= 1
        if remaining[link.other] == 0 {
          heap.insert(ReadyEntry(earlyStart: earliestStart(of: link.other), index: link.other))
        }
      }
    }
    if order.count < n { throw .cycle(findCycle(remaining: remaining)) }
    linkApplicantBlocks()
    projectFinish = max(today, ef.max() ?? today)
  }

  /// Consecutive preparation blocks in time order become implicit links, so the backward
  /// pass cannot let one slide into the next. Links against the sweep order are skipped:
  /// they could only arise around booked blocks, and would make the sweep order invalid.
  mutating func linkApplicantBlocks() {
    position = Array(repeating: 0, count: tasks.count)
    for (k, i) in order.enumerated() { position[i] = k }
    applicantSequence.sort { (es[$0], position[$0]) < (es[$1], position[$1]) }
    // Two booked blocks the applicant set to overlap (studying for both at once) are not a
    // sequence: a link between them would only show the first as late by the overlap.
    for (a, b) in zip(applicantSequence, applicantSequence.dropFirst()) where position[a] < position[b] && es[b] >= ef[a] {
      preds[b].append(Link(other: a, lag: 0, kind: .finishToStart, implicit: true))
      succs[a].append(Link(other: b, lag: 0, kind: .finishToStart, implicit: true))
    }
  }

  /// Called when the sweep stalled: every unplaced task waits on another unplaced one, so walking
  /// back through unplaced predecessors must revisit a task. That loop is reported, in
  /// dependency order, starting from its earliest-listed task.
  func findCycle(remaining: [Int]) -> [String] {
    guard var current = remaining.firstIndex(where: { $0 > 0 }) else { return [] }
    var visitedAt: [Int: Int] = [:]
    var walk: [Int] = []
    while visitedAt[current] == nil {
      visitedAt[current] = walk.count
      walk.append(current)
      guard let back = preds[current].first(where: { remaining[$0.other] > 0 }) else { return [] }
      current = back.other
    }
    let loop = Array(walk[visitedAt[current]!...].reversed())
    let first = loop.indices.min { loop[$0] < loop[$1] }!
    return (loop[first...] + loop[..<first]).map { tasks[$0].id }
  }

  /// Late dates. With `targets`, soft targets bound like deadlines: the room a task has before
  /// it makes a target late (the Step 2 CK exam against the date programs start reviewing).
  /// Each task also learns what sets its late finish: its own deadline (or target), else the
  /// successor that sets it — that successor's booked date when the date binds, otherwise the
  /// successor's own limit — else the plan's end. Ties keep the first found: the task's own
  /// deadline, then its target, then successors in link order.
  mutating func backwardPass(targets: Bool = false) {
    for i in order.reversed() {
      var finish = Int.max
      var why = LateLimit(kind: .projectFinish, taskID: nil, day: Day(ordinal: projectFinish - 1))
      if let deadline = tasks[i].deadline {
        finish = tasks[i].finishBound(forLastDay: deadline)
        why = LateLimit(kind: .deadline, taskID: tasks[i].id, day: deadline)
      }
      // A target the plan already misses binds at the plan's own date: a later start cannot
      // save it, only lengthen the miss, and a bound before what the task can do would be a
      // "latest safe start" before the work can start (issue 20, contradiction 9;
      // ConsistencyTests.lateDatesStayBeforeTheGatesTheyFeed).
      if targets, let target = tasks[i].target, tasks[i].state != .done {
        let bound = max(tasks[i].finishBound(forLastDay: target), ef[i])
        if bound < finish {
          finish = bound
          why = LateLimit(kind: .target, taskID: tasks[i].id, day: target)
        }
      }
      for link in succs[i] {
        let s = link.other
        // A booked successor cannot move later than its date, whatever its own float.
        let bookedBinds = tasks[s].fixedStart != nil && es[s] < ls[s]
        let succLateStart = bookedBinds ? es[s] : ls[s]
        let f = link.kind == .finishToStart ? succLateStart - link.lag : succLateStart - link.lag + tasks[i].duration
        if f < finish {
          finish = f
          why = bookedBinds ? LateLimit(kind: .fixedDate, taskID: tasks[s].id, day: Day(ordinal: es[s])) : limit[s]
        }
      }
      if finish == Int.max { finish = projectFinish }
      // A fixed date nothing else bounds (the residency start) is itself the gate before it.
      if why.kind == .projectFinish, let fixed = tasks[i].fixedStart {
        why = LateLimit(kind: .fixedDate, taskID: tasks[i].id, day: fixed)
      }
      lateBound[i] = finish
      limit[i] = why
      // A late start inside a blackout is no start at all: the latest real one is before it.
      let start = StartBlackout.lastAllowed(onOrBefore: finish - tasks[i].duration, in: tasks[i].movableBlackouts)
      ls[i] = start
      lf[i] = start + tasks[i].duration
      // A period is bounded by the task it serves as soon as both are known: here when that task
      // came later in the sweep (the interview season and the ROL deadline), or when that task is
      // reached (an eligibility period placed after its exam).
      if let j = served[i], position[j] > position[i] { bound(period: i, by: j) }
      for k in servedBy[i] where position[k] > position[i] { bound(period: k, by: i) }
    }
  }

  /// A period's late dates: open by the latest start of the task it serves, over by its late
  /// finish (cut short if need be, to a day at least), and bounded by the same gate. Its other
  /// predecessors come before the task it serves in the pathway graphs, so they see these bounds.
  mutating func bound(period i: Int, by j: Int) {
    let bookedBinds = tasks[j].fixedStart != nil && es[j] < ls[j]
    let latest = bookedBinds ? es[j] : ls[j]
    let start = StartBlackout.lastAllowed(onOrBefore: min(ls[i], latest), in: tasks[i].movableBlackouts)
    if start < ls[i] {
      ls[i] = start
      limit[i] = bookedBinds ? LateLimit(kind: .fixedDate, taskID: tasks[j].id, day: Day(ordinal: es[j])) : limit[j]
    }
    let served = bookedBinds ? es[j] + tasks[j].duration : lf[j]
    lf[i] = min(lf[i], max(served, ls[i] + min(1, tasks[i].duration)))
    lateBound[i] = min(lateBound[i], lf[i])
  }

  func freeFloat(_ i: Int) -> Int {
    var room = Int.max
    for link in succs[i] {
      let s = link.other
      room = min(room, link.kind == .finishToStart ? es[s] - link.lag - ef[i] : es[s] - link.lag - es[i])
    }
    if room == Int.max { room = projectFinish - ef[i] }
    if let deadline = tasks[i].deadline { room = min(room, tasks[i].finishBound(forLastDay: deadline) - ef[i]) }
    return min(room, ls[i] - es[i])
  }

  func result(today: Day, safe: (start: [Int], limit: [LateLimit])) -> Schedule {
    let n = tasks.count
    var totalFloat = (0..<n).map { ls[$0] - es[$0] }
    // A booked date its prerequisites cannot reach is late by that much, whatever room lies after it.
    for i in 0..<n where fixedTooEarlyBy[i] > 0 { totalFloat[i] = min(totalFloat[i], -fixedTooEarlyBy[i]) }
    let movable = (0..<n).filter { tasks[$0].state == .planned && tasks[$0].fixedStart == nil }
    let pool = movable.isEmpty ? Array(0..<n) : movable
    let minFloat = pool.map { totalFloat[$0] }.min() ?? 0

    var scheduled: [ScheduledTask] = []
    scheduled.reserveCapacity(n)
    for i in 0..<n {
      let targetFloat = safe.start[i] - es[i]
      // The safe start is the tighter of the two passes, and never more room than the total
      // float (a booked date its prerequisites cannot reach is that late, and names itself).
      var safeStart = min(safe.start[i], ls[i])
      var safeLimit = safe.start[i] < ls[i] ? safe.limit[i] : limit[i]
      if es[i] + totalFloat[i] < safeStart {
        safeStart = es[i] + totalFloat[i]
        safeLimit = LateLimit(kind: .fixedDate, taskID: tasks[i].id, day: Day(ordinal: es[i]))
      }
      scheduled.append(
        ScheduledTask(
          task: tasks[i], earlyStart: Day(ordinal: es[i]), earlyFinish: Day(ordinal: ef[i]),
          lateStart: Day(ordinal: ls[i]), lateFinish: Day(ordinal: lf[i]),
          totalFloat: totalFloat[i], freeFloat: min(freeFloat(i), totalFloat[i]),
          targetFloat: targetFloat < totalFloat[i] && tasks[i].state != .done ? targetFloat : nil,
          lateLimit: limit[i], safeStart: Day(ordinal: safeStart), safeLimit: safeLimit,
          critical: isCritical(i, totalFloat: totalFloat[i], minFloat: minFloat), driver: driver[i]))
    }

    var found = violations
    for i in 0..<n {
      // Done is history: a deadline or target it missed is no longer something to plan around.
      if tasks[i].state != .done, let deadline = tasks[i].deadline, ef[i] > tasks[i].finishBound(forLastDay: deadline) {
        found.append(
          ConstraintViolation(kind: .deadline, taskID: tasks[i].id, limit: deadline, actual: scheduled[i].lastDay))
      }
    }
    found.sort { ($0.limit, $0.taskID, $0.kind.rawValue) < ($1.limit, $1.taskID, $1.kind.rawValue) }
    var misses: [TargetMiss] = []
    for i in 0..<n {
      if tasks[i].state != .done, let target = tasks[i].target, ef[i] > tasks[i].finishBound(forLastDay: target) {
        misses.append(TargetMiss(taskID: tasks[i].id, target: target, lastDay: scheduled[i].lastDay))
      }
    }

    let (path, binding) = criticalPath(pool: pool, totalFloat: totalFloat, minFloat: minFloat)
    return Schedule(
      today: today, tasks: scheduled, indexByID: indexByID, projectFinish: Day(ordinal: projectFinish), minTotalFloat: minFloat,
      criticalPath: path.map { tasks[$0].id }, binding: binding, violations: found, targetMisses: misses,
      applicantSequence: applicantSequence.map { tasks[$0].id })
  }
}
