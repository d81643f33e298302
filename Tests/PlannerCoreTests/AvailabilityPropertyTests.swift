import PlannerCore
import Testing

/// The applicant's days (`Availability`, issue 23) on seeded random graphs, against a brute force
/// that walks start days and study minutes one day at a time: a task in minutes lasts until its
/// days' minutes add up and starts on a day with some; any other task that needs the applicant
/// starts only where every day it runs is open; start blackouts still hold.
@Suite struct AvailabilityPropertyTests {
  static let seeds: [UInt64] = Array(1...300)

  /// A random calendar around the random graphs' dates (t0 − 20 to t0 + 380), with closed days,
  /// days with no minutes and days with a few.
  static func calendar(_ rng: inout SplitMix64) -> Availability {
    let count = 400
    var minutes: [Int] = []
    var closed: [Bool] = []
    for _ in 0..<count {
      closed.append(Double.random(in: 0..<1, using: &rng) < 0.12)
      minutes.append([0, 0, 60, 120, 240, 480, 480, 480].randomElement(using: &rng)!)
    }
    return Availability(fullDay: 480, first: t0 - 20, minutes: minutes, closed: closed)
  }

  /// A random graph with a calendar: some tasks measured in minutes, some needing the applicant.
  static func graph(seed: UInt64, blackouts: Double = 0.3) -> TaskGraph {
    var g = RandomGraph(seed: seed, options: .init(blackoutShare: blackouts)).graph
    var rng = SplitMix64(seed: seed &* 7919)
    g.availability = calendar(&rng)
    for i in g.tasks.indices {
      let r = Double.random(in: 0..<1, using: &rng)
      if r < 0.35 {
        g.tasks[i].effort = Int.random(in: 1...40, using: &rng) * 120
      } else if r < 0.7 {
        g.tasks[i].needsApplicant = true
      }
    }
    return g
  }

  // The oracle's own day-by-day rules, not the scheduler's helpers.

  private func minutes(_ a: Availability, _ d: Int) -> Int {
    d >= a.first && d < a.first + a.minutes.count ? (a.closed[d - a.first] ? 0 : a.minutes[d - a.first]) : a.fullDay
  }

  private func open(_ a: Availability, _ d: Int) -> Bool {
    !(d >= a.first && d < a.first + a.closed.count && a.closed[d - a.first])
  }

  private func finish(_ a: Availability, _ t: PlanTask, _ s: Int) -> Int {
    guard let effort = t.effort else { return s + t.duration }
    var left = effort, d = s
    while left > 0 {
      left -= minutes(a, d)
      d += 1
    }
    return d
  }

  private func blocked(_ ordinal: Int, _ t: PlanTask) -> Bool {
    let d = Day(ordinal: ordinal)
    return t.startBlackouts.contains { d.month == $0.month && d.day >= $0.firstDay && d.day <= $0.lastDay }
  }

  /// Whether a movable task may start on `s`.
  private func allowed(_ a: Availability, _ t: PlanTask, _ s: Int) -> Bool {
    if blocked(s, t) { return false }
    if t.effort != nil { return minutes(a, s) > 0 }
    if t.needsApplicant || t.usesApplicant { return (s..<s + max(1, t.duration)).allSatisfy { open(a, $0) } }
    return true
  }

  private func referenceEarly(_ g: TaskGraph) -> [String: Int] {
    let a = g.availability!
    var byID: [String: PlanTask] = [:]
    for t in g.tasks { byID[t.id] = t }
    func settle(_ t: PlanTask, _ bound: Int) -> Int {
      var d = bound
      while !allowed(a, t, d) { d += 1 }
      return d
    }
    var es: [String: Int] = [:]
    for t in g.tasks { es[t.id] = t.fixedStart?.ordinal ?? settle(t, max(t0.ordinal, t.notBefore?.ordinal ?? Int.min)) }
    var changed = true
    while changed {
      changed = false
      for d in g.dependencies where byID[d.successor]!.fixedStart == nil {
        let p = byID[d.predecessor]!
        let bound = (d.kind == .finishToStart ? finish(a, p, es[d.predecessor]!) : es[d.predecessor]!) + d.lag
        let start = settle(byID[d.successor]!, bound)
        if start > es[d.successor]! {
          es[d.successor] = start
          changed = true
        }
      }
    }
    return es
  }

  /// Late starts from the schedule's end: for each task the latest day, walked back one at a
  /// time, that may start it, finishes by its deadline and every finish-to-start successor's late
  /// start, and starts by every start-to-start successor's.
  private func referenceLate(_ g: TaskGraph, _ s: Schedule) -> [String: Int] {
    let a = g.availability!
    var memo: [String: Int] = [:]
    func late(_ id: String) -> Int {
      if let v = memo[id] { return v }
      let t = g.task(id)!
      let shownDuration = s.task(id)!.task.duration
      var finishBy = Int.max
      var startBy = Int.max
      if let deadline = t.deadline { finishBy = shownDuration == 0 ? deadline.ordinal : deadline.ordinal + 1 }
      for d in g.dependencies where d.predecessor == id {
        let succ = g.task(d.successor)!
        let succLate = succ.fixedStart == nil ? late(d.successor) : min(late(d.successor), s.task(d.successor)!.earlyStart.ordinal)
        if d.kind == .finishToStart { finishBy = min(finishBy, succLate - d.lag) } else { startBy = min(startBy, succLate - d.lag) }
      }
      if finishBy == Int.max && startBy == Int.max { finishBy = s.projectFinish.ordinal }
      var start = min(startBy, finishBy == Int.max ? Int.max : finishBy - (t.effort == nil ? t.duration : 0))
      if t.fixedStart == nil {
        while !allowed(a, t, start) || finishBy != Int.max && finish(a, t, start) > finishBy { start -= 1 }
      } else {
        start = finishBy == Int.max ? start : min(start, finishBy - t.duration)
      }
      memo[id] = start
      return start
    }
    return Dictionary(uniqueKeysWithValues: g.tasks.map { ($0.id, late($0.id)) })
  }

  @Test func earlyAndLateDatesEqualTheDayByDayOracle() throws {
    var movedEarly = 0, stretched = 0
    for seed in Self.seeds {
      let g = Self.graph(seed: seed)
      let a = g.availability!
      let s = try Scheduler.schedule(g, today: t0)
      let early = referenceEarly(g)
      let late = referenceLate(g, s)
      for t in s.tasks {
        let original = g.task(t.id)!
        #expect(t.earlyStart.ordinal == early[t.id], "seed \(seed) task \(t.id)")
        #expect(t.lateStart.ordinal == late[t.id], "seed \(seed) task \(t.id)")
        #expect(t.totalFloat == t.lateStart - t.earlyStart, "seed \(seed) task \(t.id)")
        #expect(t.earlyFinish.ordinal == finish(a, original, t.earlyStart.ordinal), "seed \(seed) task \(t.id)")
        #expect(t.lateFinish.ordinal == finish(a, original, t.lateStart.ordinal), "seed \(seed) task \(t.id)")
        #expect(allowed(a, original, t.earlyStart.ordinal) && allowed(a, original, t.lateStart.ordinal), "seed \(seed) task \(t.id)")
        if case .unavailable = t.driver { movedEarly += 1 }
        if let effort = original.effort, t.task.duration * a.fullDay > effort + a.fullDay { stretched += 1 }
      }
    }
    // The seeds must actually move starts off busy days and stretch work over short ones.
    #expect(movedEarly > 100 && stretched > 100, "moved \(movedEarly), stretched \(stretched)")
  }

  @Test func floatsAreNonNegativeExactlyWhenNothingIsViolated() throws {
    var infeasible = 0
    for seed in Self.seeds {
      let s = try Scheduler.schedule(Self.graph(seed: seed), today: t0)
      if s.isFeasible {
        #expect(s.tasks.allSatisfy { $0.totalFloat >= 0 }, "seed \(seed)")
      } else {
        infeasible += 1
        #expect(s.minTotalFloat < 0, "seed \(seed)")
      }
    }
    #expect(infeasible > 20 && infeasible < Self.seeds.count - 20, "\(infeasible) infeasible")
  }

  /// Preparation blocks in minutes, serialised around booked ones, never overlap, never start on
  /// a day without minutes, and last what their days give them.
  @Test func applicantBlocksInMinutesNeverOverlap() throws {
    for seed in Self.seeds {
      var g = RandomGraph(seed: seed, options: .init(maxTasks: 40, applicantShare: 0.5, bookedBlocks: Int(seed % 3), blackoutShare: 0.3)).graph
      var rng = SplitMix64(seed: seed)
      let a = Self.calendar(&rng)
      g.availability = a
      for i in g.tasks.indices where g.tasks[i].usesApplicant && g.tasks[i].fixedStart == nil && g.tasks[i].duration > 0 {
        g.tasks[i].effort = g.tasks[i].duration * 240
      }
      let s = try Scheduler.schedule(g, today: t0)
      for t in s.tasks where t.task.effort != nil {
        #expect(minutes(a, t.earlyStart.ordinal) > 0 && minutes(a, t.lateStart.ordinal) > 0, "seed \(seed) task \(t.id)")
        #expect(t.earlyFinish.ordinal == finish(a, g.task(t.id)!, t.earlyStart.ordinal), "seed \(seed) task \(t.id)")
      }
      for d in g.dependencies {
        #expect(s.task(d.successor)!.task.fixedStart != nil || s.task(d.successor)!.earlyStart >= s.bound(d), "seed \(seed) \(d.predecessor) → \(d.successor)")
      }
      let blocks = s.tasks.filter { $0.task.usesApplicant && $0.task.duration > 0 }.sorted { $0.earlyStart < $1.earlyStart }
      for (x, y) in zip(blocks, blocks.dropFirst()) {
        #expect(x.earlyFinish <= y.earlyStart, "seed \(seed): \(x.id) overlaps \(y.id)")
      }
    }
  }

  /// Full time every day and work of whole days in minutes: the same dates as plain durations.
  @Test func aFullTimeCalendarKeepsEveryDate() throws {
    for seed in Self.seeds.prefix(100) {
      let plain = RandomGraph(seed: seed, options: .init(applicantShare: 0.3, bookedBlocks: Int(seed % 3), blackoutShare: 0.3)).graph
      var timed = plain
      timed.availability = Availability(fullDay: 360)
      for i in timed.tasks.indices where timed.tasks[i].duration > 0 { timed.tasks[i].effort = timed.tasks[i].duration * 360 }
      let a = try Scheduler.schedule(plain, today: t0)
      let b = try Scheduler.schedule(timed, today: t0)
      for (x, y) in zip(a.tasks, b.tasks) {
        #expect(
          (x.earlyStart, x.earlyFinish, x.lateStart, x.lateFinish, x.totalFloat) == (y.earlyStart, y.earlyFinish, y.lateStart, y.lateFinish, y.totalFloat),
          "seed \(seed) task \(x.id)")
      }
    }
  }

  @Test func minutesWalkBothWays() {
    let a = Availability(fullDay: 100, first: Day(ordinal: 10), minutes: [50, 0, 200, 100], closed: [false, false, false, true])
    #expect(a.finish(effort: 250, from: 10) == 13)
    #expect(a.finish(effort: 251, from: 10) == 15)  // the closed day 13 gives nothing
    #expect(a.finish(effort: 300, from: 5) == 8)  // before the calendar, full days
    #expect(a.finish(effort: 0, from: 12) == 12)
    #expect(a.latestStart(effort: 250, finishingBy: 13) == 10)
    #expect(a.latestStart(effort: 200, finishingBy: 13) == 12)
    #expect(a.latestStart(effort: 450, finishingBy: 13) == 8)
    #expect(a.latestStart(effort: 300, finishingBy: 30) == 27)
  }
}
