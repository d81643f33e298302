import PlannerCore
import Testing

/// Start blackouts on seeded random graphs, against a brute force that walks start days one by
/// one: the earliest start is the first day at or after what the links allow that no window
/// holds, and the latest start the last such day at or before what the successors allow.
@Suite struct BlackoutPropertyTests {
  static let seeds: [UInt64] = Array(1...300)

  /// Day by day, not through `StartBlackout`'s own helpers.
  private func blocked(_ ordinal: Int, _ windows: [StartBlackout]) -> Bool {
    let d = Day(ordinal: ordinal)
    return windows.contains { d.month == $0.month && d.day >= $0.firstDay && d.day <= $0.lastDay }
  }

  private func windows(_ t: PlanTask) -> [StartBlackout] { t.fixedStart == nil ? t.startBlackouts : [] }

  /// Early starts by relaxing every link until nothing changes, each start walked forward day by
  /// day out of its windows. No applicant serialisation.
  private func referenceEarly(_ g: TaskGraph) -> [String: Int] {
    var byID: [String: PlanTask] = [:]
    for t in g.tasks { byID[t.id] = t }
    var es: [String: Int] = [:]
    func settle(_ t: PlanTask, _ bound: Int) -> Int {
      var d = bound
      while blocked(d, windows(t)) { d += 1 }
      return d
    }
    for t in g.tasks { es[t.id] = t.fixedStart?.ordinal ?? settle(t, max(t0.ordinal, t.notBefore?.ordinal ?? Int.min)) }
    var changed = true
    while changed {
      changed = false
      for d in g.dependencies where byID[d.successor]!.fixedStart == nil {
        let p = byID[d.predecessor]!
        let bound = es[d.predecessor]! + d.lag + (d.kind == .finishToStart ? p.duration : 0)
        let start = settle(byID[d.successor]!, bound)
        if start > es[d.successor]! {
          es[d.successor] = start
          changed = true
        }
      }
    }
    return es
  }

  /// Late starts from the schedule's own early dates and end: for each task the latest day, walked
  /// back one at a time, that its deadline and every successor's late start allow.
  private func referenceLate(_ g: TaskGraph, _ s: Schedule) -> [String: Int] {
    var memo: [String: Int] = [:]
    func late(_ id: String) -> Int {
      if let v = memo[id] { return v }
      let t = g.task(id)!
      var finish = Int.max
      if let deadline = t.deadline { finish = t.duration == 0 ? deadline.ordinal : deadline.ordinal + 1 }
      for d in g.dependencies where d.predecessor == id {
        let succ = g.task(d.successor)!
        let succLate = succ.fixedStart == nil ? late(d.successor) : min(late(d.successor), s.task(d.successor)!.earlyStart.ordinal)
        finish = min(finish, d.kind == .finishToStart ? succLate - d.lag : succLate - d.lag + t.duration)
      }
      if finish == Int.max { finish = s.projectFinish.ordinal }
      var start = finish - t.duration
      while blocked(start, windows(t)) { start -= 1 }
      memo[id] = start
      return start
    }
    return Dictionary(uniqueKeysWithValues: g.tasks.map { ($0.id, late($0.id)) })
  }

  @Test func earlyAndLateStartsEqualTheBruteForce() throws {
    var moved = 0, movedLate = 0
    for seed in Self.seeds {
      let r = RandomGraph(seed: seed, options: .init(blackoutShare: 0.4))
      let s = try Scheduler.schedule(r.graph, today: t0)
      let early = referenceEarly(r.graph)
      let late = referenceLate(r.graph, s)
      for t in s.tasks {
        #expect(t.earlyStart.ordinal == early[t.id], "seed \(seed) task \(t.id)")
        #expect(t.lateStart.ordinal == late[t.id], "seed \(seed) task \(t.id)")
        #expect(t.totalFloat == t.lateStart - t.earlyStart, "seed \(seed) task \(t.id)")
        #expect(t.lateFinish - t.lateStart == t.task.duration, "seed \(seed) task \(t.id)")
        #expect(!blocked(t.earlyStart.ordinal, windows(t.task)), "seed \(seed) task \(t.id): early start in a blackout")
        #expect(!blocked(t.lateStart.ordinal, windows(t.task)), "seed \(seed) task \(t.id): late start in a blackout")
        if case .blackout(let day) = t.driver {
          #expect(day == t.earlyStart && blocked(t.earlyStart.ordinal - 1, windows(t.task)), "seed \(seed) task \(t.id)")
          moved += 1
        }
        if !windows(t.task).isEmpty && blocked(t.lateStart.ordinal + 1, windows(t.task)) { movedLate += 1 }
      }
    }
    // The seeds must actually push early and late starts out of windows.
    #expect(moved > 50 && movedLate > 50, "moved \(moved) early, \(movedLate) late")
  }

  @Test func floatsAreNonNegativeExactlyWhenNothingIsViolated() throws {
    var infeasible = 0
    for seed in Self.seeds {
      let r = RandomGraph(seed: seed, options: .init(blackoutShare: 0.4))
      let s = try Scheduler.schedule(r.graph, today: t0)
      if s.isFeasible {
        #expect(s.tasks.allSatisfy { $0.totalFloat >= 0 }, "seed \(seed)")
      } else {
        infeasible += 1
        #expect(s.minTotalFloat < 0, "seed \(seed)")
      }
    }
    #expect(infeasible > 20 && infeasible < Self.seeds.count - 20, "\(infeasible) infeasible")
  }

  @Test func applicantBlocksKeepBlackoutsAndNeverOverlap() throws {
    for seed in Self.seeds {
      let r = RandomGraph(seed: seed, options: .init(maxTasks: 40, applicantShare: 0.4, bookedBlocks: Int(seed % 3), blackoutShare: 0.4))
      let s = try Scheduler.schedule(r.graph, today: t0)
      for t in s.tasks {
        #expect(!blocked(t.earlyStart.ordinal, windows(t.task)), "seed \(seed) task \(t.id)")
        #expect(!blocked(t.lateStart.ordinal, windows(t.task)), "seed \(seed) task \(t.id)")
      }
      for d in r.graph.dependencies {
        #expect(s.task(d.successor)!.task.fixedStart != nil || s.task(d.successor)!.earlyStart >= s.bound(d), "seed \(seed) \(d.predecessor) → \(d.successor)")
      }
      let blocks = s.tasks.filter { $0.task.usesApplicant && $0.task.duration > 0 }.sorted { $0.earlyStart < $1.earlyStart }
      for (a, b) in zip(blocks, blocks.dropFirst()) {
        #expect(a.earlyFinish <= b.earlyStart, "seed \(seed): \(a.id) overlaps \(b.id)")
      }
    }
  }

  /// Preparation ending on 2026-12-28, the exam a week after it, a result 28 days later and a
  /// deadline on the result: the exam moves from 2027-01-05 to 2027-01-15, and its latest start,
  /// which the deadline would put on 2027-01-09, moves to 2026-12-31: the float is -15, not -6.
  @Test func aStepExamAfterPreparationEndingInLateDecember() throws {
    let brk = StartBlackout(month: 1, firstDay: 1, lastDay: 14)
    let today = Day(iso: "2026-09-09")!
    var exam = PlanTask(id: "exam", name: "exam", duration: 1)
    exam.startBlackouts = [brk]
    let g = TaskGraph(
      tasks: [
        PlanTask(id: "prep", name: "prep", duration: 111, usesApplicant: true), exam,
        PlanTask(id: "result", name: "result", deadline: Day(iso: "2027-02-07")!),
      ],
      dependencies: [Dependency("prep", "exam", lag: 7), Dependency("exam", "result", lag: 28)])
    let s = try Scheduler.schedule(g, today: today)
    #expect(s.task("prep")?.lastDay == Day(iso: "2026-12-28")!)
    let e = try #require(s.task("exam"))
    #expect(e.earlyStart == Day(iso: "2027-01-15")!)
    #expect(e.driver == .blackout(Day(iso: "2027-01-15")!))
    #expect(e.lateStart == Day(iso: "2026-12-31")!)
    #expect(e.totalFloat == -15)
    #expect(s.task("prep")?.lateFinish == Day(iso: "2026-12-24")!)
    #expect(!s.isFeasible)
    // The binding constraint is still found through the moved late date.
    #expect(s.binding?.taskID == "result")
    // The compiled evaluator used by the risk simulation agrees.
    let compiled = try CompiledGraph(graph: g)
    let ws = EvaluationWorkspace()
    let verdict = [Int32]().withUnsafeBufferPointer { compiled.evaluate(slots: $0, today: today.ordinal, in: ws) }
    #expect(ws.start(compiled.index(of: "exam")!) == e.earlyStart.ordinal)
    #expect(!verdict.feasible)
  }
}
