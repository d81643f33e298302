/// Reusable buffers for evaluating worlds on compiled graphs: one per worker, sized once.
/// Evaluating a world writes only into these buffers, so it allocates nothing.
public final class EvaluationWorkspace {
  var capacity: Int
  var es: UnsafeMutablePointer<Int>
  var ef: UnsafeMutablePointer<Int>
  var driver: UnsafeMutablePointer<Int32>
  var remaining: UnsafeMutablePointer<Int32>
  var heap: UnsafeMutablePointer<Int>

  public init(capacity: Int = 256) {
    self.capacity = max(1, capacity)
    es = .allocate(capacity: self.capacity)
    ef = .allocate(capacity: self.capacity)
    driver = .allocate(capacity: self.capacity)
    remaining = .allocate(capacity: self.capacity)
    heap = .allocate(capacity: self.capacity)
  }

  deinit {
    es.deallocate()
    ef.deallocate()
    driver.deallocate()
    remaining.deallocate()
    heap.deallocate()
  }

  /// Grows the buffers for a larger graph (happens at most once per size, never per world).
  func reserve(_ n: Int) {
    guard n > capacity else { return }
    es.deallocate()
    ef.deallocate()
    driver.deallocate()
    remaining.deallocate()
    heap.deallocate()
    capacity = n
    es = .allocate(capacity: n)
    ef = .allocate(capacity: n)
    driver = .allocate(capacity: n)
    remaining = .allocate(capacity: n)
    heap = .allocate(capacity: n)
  }

  /// Early start of task `i` in the last evaluated world (a day ordinal).
  public func start(_ i: Int) -> Int { es[i] }
  /// Exclusive early finish of task `i` in the last evaluated world.
  public func finish(_ i: Int) -> Int { ef[i] }
  /// The task whose finish, start or busy applicant set task `i`'s start; -1 when a date did.
  public func driver(of i: Int) -> Int { Int(driver[i]) }
}

/// The verdict on one world: feasible or not, and where the least room is.
public struct Evaluation: Sendable {
  /// No hard deadline or fixed date broken, and every span limit kept.
  public var feasible: Bool
  /// The task with the least room before its deadline or fixed date (-1 if none has one).
  public var bindingNode: Int
  /// Days of room there (negative: broken).
  public var bindingSlack: Int
  public var spanBroken: Bool
}

extension CompiledGraph {
  /// The forward pass of `Scheduler` (same tie-breaking, same serial placement of the
  /// applicant's preparation blocks around booked ones) on this world's durations and lags,
  /// then the hard checks. `slots` holds the world's sampled values.
  public func evaluate(slots: UnsafeBufferPointer<Int32>, today: Int, in ws: EvaluationWorkspace) -> Evaluation {
    ws.reserve(count)
    let es = ws.es, ef = ws.ef, driver = ws.driver, remaining = ws.remaining, heap = ws.heap
    var heapCount = 0
    // Keys pack (start, index) so one integer comparison orders the ready set like Scheduler's heap.
    let shift = 20
    let offset = 1 << 40
    func push(_ key: Int) {
      var k = heapCount
      heapCount += 1
      heap[k] = key
      while k > 0 {
        let parent = (k - 1) >> 1
        if heap[parent] <= heap[k] { break }
        (heap[parent], heap[k]) = (heap[k], heap[parent])
        k = parent
      }
    }
    func pop() -> Int {
      let top = heap[0]
      heapCount -= 1
      if heapCount > 0 {
        heap[0] = heap[heapCount]
        var k = 0
        while true {
          let l = 2 * k + 1
          if l >= heapCount { break }
          let r = l + 1
          let c = r < heapCount && heap[r] < heap[l] ? r : l
          if heap[k] <= heap[c] { break }
          (heap[k], heap[c]) = (heap[c], heap[k])
          k = c
        }
      }
      return top
    }
    func duration(_ i: Int) -> Int {
      let s = durationSlot[i]
      return s >= 0 ? Int(slots[Int(s)]) : Int(baseDuration[i])
    }
    func active(_ slot: Int32) -> Bool { slot < 0 || slots[Int(slot)] != 0 }
    // With a calendar, work in minutes lasts as long as the days it starts on take (`Workspace.span`).
    let calendar = availability
    func length(_ i: Int, _ start: Int, _ d: Int) -> Int {
      guard let calendar, effort[i] >= 0, fixedStart[i] == Self.none else { return d }
      return calendar.finish(effort: effort[i], from: start) - start
    }

    var worstNode = -1
    var worstSlack = Int.max
    func note(_ i: Int, slack: Int) {
      if slack < worstSlack {
        worstSlack = slack
        worstNode = i
      }
    }

    func earliestStart(_ i: Int) -> Int {
      var start = today
      var why: Int32 = -1
      if notBefore[i] > start { start = notBefore[i] }
      var predBound = Int.min
      var predWhy: Int32 = -1
      var k = Int(predOffset[i])
      let end = Int(predOffset[i + 1])
      while k < end {
        let p = Int(predNode[k])
        let slot = predLagSlot[k]
        let lag = slot >= 0 ? Int(slots[Int(slot)]) : Int(predLag[k])
        let b = (predStartToStart[k] ? es[p] : ef[p]) + lag
        if b > predBound {
          predBound = b
          predWhy = Int32(p)
        }
        k += 1
      }
      let fixed = fixedStart[i]
      if fixed != Self.none {
        driver[i] = predWhy
        // Room between two fixed dates (a booked block before its exam) decides nothing unless broken.
        if predWhy >= 0 && !isDone[i] && (fixed < predBound || fixedStart[Int(predWhy)] == Self.none) { note(i, slack: fixed - predBound) }
        return fixed
      }
      if predWhy >= 0 && predBound >= start {
        start = predBound
        why = predWhy
      }
      var r = Int(ruleOffset[i])
      let rEnd = Int(ruleOffset[i + 1])
      while r < rEnd {
        switch rules[r] {
        case .monthsAfter(let node, let months, let plus):
          let floor = Day(ordinal: es[Int(node)]).adding(months: Int(months)).ordinal + Int(plus)
          if floor > start {
            start = floor
            why = node
          }
        case .annualBlackout(let month, let first, let last, let slot):
          if active(slot) {
            let d = Day(ordinal: start)
            if d.month == Int(month) && d.day >= Int(first) && d.day <= Int(last) {
              start += Int(last) - d.day + 1
            }
          }
        case .weekday(let w, let slot):
          if active(slot) {
            start += (Int(w) - Day(ordinal: start).isoWeekday + 7) % 7
          }
        case .floorWhenStartIn(let node, let from, let to, let floor, let slot):
          let s = es[Int(node)]
          if active(slot) && s >= from && s <= to && floor > start { start = floor }
        case .annualFloor(let node, let from, let to, let floor, let firstYear, let lastYear, let firstSlot):
          let d = Day(ordinal: es[Int(node)])
          let y = d.year
          let md = Int32(d.month * 100 + d.day)
          if y >= Int(firstYear) && y <= Int(lastYear) && md >= from && md <= to && slots[Int(firstSlot) + y - Int(firstYear)] != 0,
            let f = Day(year: y, month: Int(floor / 100), day: Int(floor % 100)), f.ordinal > start
          {
            start = f.ordinal
          }
        case .within(let node, let days, let penalty):
          let close = ef[Int(node)] + Int(days)
          if start > close { start = max(start, close + Int(penalty)) }
        }
        r += 1
      }
      // The task's own blackouts, then the applicant's days, come last, so no rule above can
      // move the start back into one (the scheduler's `Workspace.firstStart`).
      if let calendar, shaped[i] {
        let allowed = calendar.firstStart(onOrAfter: start, effort: effort[i], days: duration(i), blackouts: blackouts[i])
        if allowed != start {
          start = allowed
          why = -1
        }
      } else if !blackouts[i].isEmpty {
        let allowed = StartBlackout.firstAllowed(onOrAfter: start, in: blackouts[i])
        if allowed != start {
          start = allowed
          why = -1
        }
      }
      driver[i] = why
      return start
    }

    for i in 0..<count {
      remaining[i] = predOffset[i + 1] - predOffset[i]
    }
    for i in 0..<count where remaining[i] == 0 {
      push(((earliestStart(i) + offset) << shift) | i)
    }
    var nextReservation = 0
    var applicantFree = Int.min
    var lastPlaced: Int32 = -1
    var placed = 0
    while heapCount > 0 {
      let key = pop()
      let i = key & ((1 << shift) - 1)
      var start = (key >> shift) - offset
      let d = duration(i)
      var span = calendar == nil ? d : length(i, start, d)
      // A block in minutes is in the applicant's sequence when it has minutes (`Workspace.sequenced`).
      if movableBlock[i] && (calendar != nil && effort[i] >= 0 ? effort[i] > 0 : d > 0) {
        var blocker = lastPlaced
        if start < applicantFree {
          start = applicantFree
          span = length(i, start, d)
        } else {
          blocker = -1
        }
        var k = nextReservation
        while true {
          while k < reserved.count && reserved[k].start < start + span {
            if start < reserved[k].end {
              start = reserved[k].end
              span = length(i, start, d)
              blocker = reserved[k].node
            }
            k += 1
          }
          let allowed: Int
          if let calendar, shaped[i] {
            allowed = calendar.firstStart(onOrAfter: start, effort: effort[i], days: d, blackouts: blackouts[i])
          } else {
            if blackouts[i].isEmpty { break }
            allowed = StartBlackout.firstAllowed(onOrAfter: start, in: blackouts[i])
          }
          if allowed == start { break }
          start = allowed
          span = length(i, start, d)
        }
        nextReservation = k
        if blocker >= 0 { driver[i] = blocker }
        applicantFree = start + span
        lastPlaced = Int32(i)
      }
      es[i] = start
      ef[i] = start + span
      placed += 1
      var k = Int(succOffset[i])
      let end = Int(succOffset[i + 1])
      while k < end {
        let s = Int(succNode[k])
        remaining[s] -= 1
        if remaining[s] == 0 { push(((earliestStart(s) + offset) << shift) | s) }
        k += 1
      }
    }
    precondition(placed == count, "compiled graph has a cycle")

    for i in 0..<count where deadline[i] != Self.noDeadline {
      let lastDay = ef[i] == es[i] ? ef[i] : ef[i] - 1
      note(i, slack: deadline[i] - lastDay)
    }
    var spanBroken = false
    for span in spans where !span.nodes.isEmpty {
      var first = Int.max, last = Int.min
      for n in span.nodes {
        first = min(first, es[Int(n)])
        last = max(last, es[Int(n)])
      }
      if last > Day(ordinal: first).adding(months: span.months).ordinal { spanBroken = true }
    }
    return Evaluation(feasible: worstSlack >= 0 && !spanBroken, bindingNode: worstNode, bindingSlack: worstSlack == Int.max ? 0 : worstSlack, spanBroken: spanBroken)
  }
}
