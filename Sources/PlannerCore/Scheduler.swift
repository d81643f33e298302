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
    // Moved aside, not copied: the second pass writes every entry of fresh arrays.
    let safe = (start: work.ls, limit: work.limit)
    work.ls = Array(repeating: 0, count: graph.tasks.count)
    work.limit = Array(repeating: Workspace.Limit.none, count: graph.tasks.count)
    work.backwardPass()
    return work.result(today: today, safe: safe)
  }
}

struct Workspace {
  /// What set a late finish, by task index: `LateLimit` without its id string, so the passes
  /// copy 16 bytes and retain nothing; `lateLimit(_:)` names the task once, in `result`.
  struct Limit {
    var kind: LateLimit.Kind
    /// The task whose deadline, target or fixed date it is (-1 for the plan's end).
    var task: Int32
    var day: Int

    static let none = Limit(kind: .projectFinish, task: -1, day: 0)
  }

  /// "No such date" in the per-task day arrays below.
  static let noDay = Int.min

  let tasks: [PlanTask]
  let today: Int
  /// Task id → position (ids are unique: a duplicate is an error).
  let indexByID: [String: Int]
  /// The fields the passes read, one array each, so a sweep does not walk the `PlanTask`s.
  /// A task measured in minutes gets its duration when the forward pass places it.
  var duration: [Int]
  /// Fixed start, deadline and (for a task not done) target as ordinals, or `noDay`.
  let fixed: [Int]
  let deadline: [Int]
  let target: [Int]
  /// Whether the task has start blackouts the passes apply (`PlanTask.movableBlackouts`).
  let blackedOut: [Bool]
  /// A preparation block (`usesApplicant`, not a milestone): placed in the applicant's sequence.
  let sequenced: [Bool]
  /// The applicant's days (`TaskGraph.availability`); nil: every day full time.
  let availability: Availability?
  /// Minutes of work (`PlanTask.effort`), or -1: days as given. Always -1 without a calendar.
  let effort: [Int]
  /// Needs the applicant there: `needsApplicant` or a preparation block.
  let attends: [Bool]
  var preds: LinkTable
  var succs: LinkTable
  var order: [Int] = []
  var es: [Int]
  var ef: [Int]
  var ls: [Int]
  var lf: [Int]
  /// The late finish before a start blackout moved it earlier: what the successors and the
  /// deadline allow, which the binding-constraint walk compares against.
  var lateBound: [Int]
  /// What set each `lateBound` (the gate a task's room runs out against).
  var limit: [Limit]
  var driver: [StartDriver]
  /// Index of the task each one serves (`PlanTask.serves`; -1: none), and the reverse (the
  /// periods serving task `i` are `servedBy.links[servedBy.start[i]..<servedBy.end[i]]`, as `other`).
  var served: [Int]
  var servedBy: LinkTable
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
    var duration = [Int](repeating: 0, count: n)
    var fixed = [Int](repeating: Self.noDay, count: n)
    var deadline = fixed
    var target = fixed
    var blackedOut = [Bool](repeating: false, count: n)
    // Only a preparation block can be in the applicant's sequence, and so get an implicit link.
    var sequenced = blackedOut
    var anyServes = false
    availability = graph.availability
    var effort = [Int](repeating: -1, count: n)
    var attends = blackedOut
    for i in 0..<n {
      if index.updateValue(i, forKey: tasks[i].id) != nil { throw .duplicateTask(tasks[i].id) }
      let d = tasks[i].duration
      if d < 0 { throw .negativeDuration(task: tasks[i].id, duration: d) }
      duration[i] = d
      attends[i] = tasks[i].needsApplicant || tasks[i].usesApplicant
      if let availability = graph.availability, let minutes = tasks[i].effort {
        effort[i] = max(0, minutes)
        // A booked block measured in minutes lasts what its own start gives it.
        if let start = tasks[i].fixedStart { duration[i] = availability.finish(effort: effort[i], from: start.ordinal) - start.ordinal }
      }
      if let day = tasks[i].fixedStart { fixed[i] = day.ordinal }
      if let day = tasks[i].deadline { deadline[i] = day.ordinal }
      if let day = tasks[i].target, tasks[i].state != .done { target[i] = day.ordinal }
      blackedOut[i] = tasks[i].fixedStart == nil && !tasks[i].startBlackouts.isEmpty
      sequenced[i] = tasks[i].usesApplicant && (effort[i] >= 0 ? effort[i] > 0 : d > 0)
      if tasks[i].serves != nil { anyServes = true }
    }
    indexByID = index
    self.duration = duration
    self.fixed = fixed
    self.deadline = deadline
    self.target = target
    self.blackedOut = blackedOut
    self.sequenced = sequenced
    self.effort = effort
    self.attends = attends
    // Ends resolved first (and every error thrown in the dependencies' order), then each
    // task's links laid out in that same order.
    let m = graph.dependencies.count
    var ends = [(p: Int32, s: Int32)]()
    ends.reserveCapacity(m)
    var predCount = [Int](repeating: 0, count: n)
    var succCount = predCount
    // A task's links are usually listed together: its successor's index is then looked up once.
    var lastSuccessor: (id: String, index: Int)?
    for d in graph.dependencies {
      let found = lastSuccessor.flatMap { $0.id == d.successor ? $0.index : nil } ?? index[d.successor]
      guard let s = found else {
        throw .unknownSuccessor(task: d.successor, predecessor: d.predecessor)
      }
      lastSuccessor = (d.successor, s)
      guard let p = index[d.predecessor] else {
        throw .unknownTask(dependent: d.successor, missing: d.predecessor)
      }
      if p == s { throw .cycle([d.predecessor]) }
      ends.append((Int32(p), Int32(s)))
      predCount[s] += 1
      succCount[p] += 1
    }
    preds = LinkTable(counts: predCount, spare: sequenced)
    succs = LinkTable(counts: succCount, spare: sequenced)
    for k in 0..<m {
      let p = Int(ends[k].p), s = Int(ends[k].s)
      let d = graph.dependencies[k]
      preds.append(Link(other: p, lag: d.lag, kind: d.kind, implicit: false), to: s)
      succs.append(Link(other: s, lag: d.lag, kind: d.kind, implicit: false), to: p)
    }
    served = Array(repeating: -1, count: n)
    var servedCount = [Int](repeating: 0, count: n)
    if anyServes {
      for i in 0..<n {
        guard let id = tasks[i].serves else { continue }
        guard let j = index[id] else { throw .unknownTask(dependent: tasks[i].id, missing: id) }
        if j == i { throw .cycle([tasks[i].id]) }
        served[i] = j
        servedCount[j] += 1
      }
    }
    servedBy = LinkTable(counts: servedCount, spare: Array(repeating: false, count: n))
    for i in 0..<n where served[i] >= 0 {
      servedBy.append(Link(other: i, lag: 0, kind: .finishToStart, implicit: false), to: served[i])
    }
    es = Array(repeating: 0, count: n)
    ef = es
    ls = es
    lf = es
    lateBound = es
    limit = Array(repeating: .none, count: n)
    fixedTooEarlyBy = es
    driver = Array(repeating: .today, count: n)
  }

  /// The public form of a late limit: the task named by its id.
  func lateLimit(_ l: Limit) -> LateLimit {
    LateLimit(kind: l.kind, taskID: l.task < 0 ? nil : tasks[Int(l.task)].id, day: Day(ordinal: l.day))
  }

  /// The exclusive finish bound that a last day (a deadline or target) allows task `i`.
  func finishBound(_ i: Int, forLastDay day: Int) -> Int { duration[i] == 0 ? day : day + 1 }

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
    var predLink = -1
    for k in preds.start[i]..<preds.end[i] {
      let b = bound(from: preds.links[k])
      if b > predBound {
        predBound = b
        predLink = k
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
    if predLink >= 0, predBound >= start {
      let link = preds.links[predLink]
      start = predBound
      why = .predecessor(tasks[link.other].id, lag: link.lag, kind: link.kind)
    }
    let allowed = firstStart(i, onOrAfter: start)
    if allowed != start {
      why = moveDriver(i, from: start, to: allowed)
      start = allowed
    }
    driver[i] = why
    return start
  }

  mutating func forwardPass() throws(ScheduleError) {
    let n = tasks.count
    var remaining = (0..<n).map { preds.end[$0] - preds.start[$0] }
    var heap = Heap<ReadyEntry>()
    for i in 0..<n where remaining[i] == 0 {
      heap.insert(ReadyEntry(earlyStart: earliestStart(of: i), index: i))
    }
    // Booked preparation blocks are reservations the serial placement must work around.
    let reserved = (0..<n)
      .filter { tasks[$0].usesApplicant && tasks[$0].fixedStart != nil && duration[$0] > 0 }
      .sorted { (tasks[$0].fixedStart!.ordinal, $0) < (tasks[$1].fixedStart!.ordinal, $1) }
      .map { (start: tasks[$0].fixedStart!.ordinal, end: tasks[$0].fixedStart!.ordinal + duration[$0], index: $0) }
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
      if sequenced[i] && fixed[i] == Self.noDay {
        var blocker = lastPlaced
        if start < applicantFree { start = applicantFree } else { blocker = nil }
        // Sorted by start, so once a reservation starts after the block would end, so do the rest.
        var k = firstLiveReservation
        var moved: StartDriver?
        // A block in minutes is longer or shorter depending on where it starts.
        var length = span(i, from: start)
        while true {
          while k < reserved.count && reserved[k].start < start + length {
            if start < reserved[k].end {
              start = reserved[k].end
              length = span(i, from: start)
              blocker = reserved[k].index
              moved = nil
            }
            k += 1
          }
          // Moving past a blackout or a day away can run into a later reservation: look again from there.
          let allowed = firstStart(i, onOrAfter: start)
          if allowed == start { break }
          moved = moveDriver(i, from: start, to: allowed)
          start = allowed
          length = span(i, from: start)
        }
        firstLiveReservation = k
        if let moved {
          driver[i] = moved
        } else if let blocker {
          driver[i] = .applicantBusy(tasks[blocker].id)
        }
        applicantFree = start + length
        lastPlaced = i
      }
      if variable(i) { duration[i] = span(i, from: start) }
      if sequenced[i] { applicantSequence.append(i) }
      es[i] = start
      ef[i] = start + duration[i]
      order.append(i)
      for k in succs.start[i]..<succs.end[i] {
        let link = succs.links[k]
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
      preds.append(Link(other: a, lag: 0, kind: .finishToStart, implicit: true), to: b)
      succs.append(Link(other: b, lag: 0, kind: .finishToStart, implicit: true), to: a)
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
}
