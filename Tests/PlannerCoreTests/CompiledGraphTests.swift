import PlannerCore
import Testing

/// The compiled evaluator must agree with `Scheduler` wherever both apply, and its calendar
/// rules must do what they say.
@Suite struct CompiledGraphTests {
  private func evaluate(_ compiled: CompiledGraph, slots: [Int32] = [], today: Day = t0) -> (Evaluation, EvaluationWorkspace) {
    let ws = EvaluationWorkspace(capacity: 4)
    let result = slots.withUnsafeBufferPointer { compiled.evaluate(slots: $0, today: today.ordinal, in: ws) }
    return (result, ws)
  }

  @Test func earlyDatesAndVerdictEqualTheScheduler() throws {
    for seed in UInt64(1)...300 {
      // Every third graph has start blackouts, which both must keep the same way.
      let r = RandomGraph(seed: seed, options: .init(maxTasks: 50, applicantShare: 0.3, bookedBlocks: Int(seed % 3), blackoutShare: seed % 3 == 0 ? 0.3 : 0))
      let schedule = try Scheduler.schedule(r.graph, today: t0)
      let compiled = try CompiledGraph(graph: r.graph)
      let (verdict, ws) = evaluate(compiled)
      for t in schedule.tasks {
        let i = try #require(compiled.index(of: t.id))
        #expect(ws.start(i) == t.earlyStart.ordinal, "seed \(seed) task \(t.id)")
        #expect(ws.finish(i) == t.earlyFinish.ordinal, "seed \(seed) task \(t.id)")
      }
      #expect(verdict.feasible == schedule.isFeasible, "seed \(seed)")
    }
  }

  @Test func slotsReplaceDurationsAndLags() throws {
    var g = TaskGraph()
    g.add(PlanTask(id: "a", name: "a", duration: 5))
    g.add(PlanTask(id: "b", name: "b", duration: 3))
    g.link("a", "b", lag: 2)
    let slots = CompiledGraph.Slots(durations: ["a": 0], lags: [CompiledGraph.Slots.lagKey("a", "b"): 1])
    let compiled = try CompiledGraph(graph: g, slots: slots)
    let (_, ws) = evaluate(compiled, slots: [10, 7])
    #expect(ws.start(1) == t0.ordinal + 10 + 7)
    let (_, plain) = evaluate(try CompiledGraph(graph: g))
    #expect(plain.start(1) == t0.ordinal + 5 + 2)
  }

  @Test func calendarRulesMoveStarts() throws {
    let jan3 = Day(iso: "2027-01-03")!
    var g = TaskGraph()
    g.add(PlanTask(id: "first", name: "first", duration: 1, fixedStart: Day(iso: "2026-01-20")!, state: .done))
    g.add(PlanTask(id: "exam", name: "exam", duration: 1, notBefore: jan3))
    g.add(PlanTask(id: "result", name: "result"))
    g.link("exam", "result", lag: 1, kind: .startToStart)
    let rules: [String: [StartRule]] = [
      "exam": [.annualBlackout(month: 1, firstDay: 1, lastDay: 14, slot: nil)],
      "result": [.weekday(3, slot: nil), .floorWhenStartIn("exam", from: jan3, to: Day(iso: "2027-02-01")!, floor: Day(iso: "2027-03-17")!, slot: 0)],
    ]
    let compiled = try CompiledGraph(graph: g, rules: rules)
    let (_, on) = evaluate(compiled, slots: [1])
    #expect(Day(ordinal: on.start(1)) == Day(iso: "2027-01-15")!)
    #expect(Day(ordinal: on.start(2)) == Day(iso: "2027-03-17")!)
    let (_, off) = evaluate(compiled, slots: [0])
    // 2027-01-16 is a Saturday: the next Wednesday is 2027-01-20.
    #expect(Day(ordinal: off.start(2)) == Day(iso: "2027-01-20")!)

    g.link("first", "exam")
    let spaced = try CompiledGraph(graph: g, rules: ["exam": [.monthsAfter("first", months: 12, plusDays: 1)]])
    let (_, s) = evaluate(spaced, slots: [0], today: Day(iso: "2026-06-01")!)
    #expect(Day(ordinal: s.start(1)) == Day(iso: "2027-01-21")!)
  }

  @Test func spanLimitAndWindowPenalty() throws {
    var g = TaskGraph()
    g.add(PlanTask(id: "pass1", name: "p1", duration: 1, fixedStart: Day(iso: "2020-01-10")!, state: .done))
    g.add(PlanTask(id: "register", name: "r", duration: 10))
    g.add(PlanTask(id: "exam", name: "e", duration: 1, notBefore: t0 + 200))
    g.link("register", "exam")
    let compiled = try CompiledGraph(graph: g, rules: ["exam": [.within("register", days: 91, penalty: 40)]], spans: [SpanLimit(taskIDs: ["pass1", "exam"], months: 84)])
    let (verdict, ws) = evaluate(compiled)
    #expect(ws.start(2) == max(t0.ordinal + 200, t0.ordinal + 10 + 91 + 40))
    #expect(verdict.spanBroken == (Day(ordinal: ws.start(2)) > Day(iso: "2027-01-10")!))
  }
}
