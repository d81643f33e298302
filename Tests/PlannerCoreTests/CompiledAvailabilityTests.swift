import PlannerCore
import Testing

/// The compiled evaluator (the risk layer's worlds) on the applicant's days (issue 23, point 4:
/// "`risk` samples on the same availability"): on random graphs with random calendars it gives
/// every task the scheduler's early dates and the scheduler's verdict.
@Suite struct CompiledAvailabilityTests {
  private func evaluate(_ g: TaskGraph) throws -> (CompiledGraph, Evaluation, EvaluationWorkspace) {
    let compiled = try CompiledGraph(graph: g)
    let ws = EvaluationWorkspace(capacity: 4)
    let verdict = [Int32]().withUnsafeBufferPointer { compiled.evaluate(slots: $0, today: t0.ordinal, in: ws) }
    return (compiled, verdict, ws)
  }

  private func expectSameEarlyDates(_ g: TaskGraph, _ label: String) throws {
    let schedule = try Scheduler.schedule(g, today: t0)
    let (compiled, verdict, ws) = try evaluate(g)
    for t in schedule.tasks {
      let i = try #require(compiled.index(of: t.id))
      #expect(ws.start(i) == t.earlyStart.ordinal, "\(label) task \(t.id)")
      #expect(ws.finish(i) == t.earlyFinish.ordinal, "\(label) task \(t.id)")
    }
    #expect(verdict.feasible == schedule.isFeasible, "\(label)")
  }

  /// Tasks in minutes, tasks that need the applicant, start blackouts, random calendars.
  @Test(arguments: [UInt64(1), 1_000, 77_777, 424_242])
  func earlyDatesEqualTheSchedulerOnRandomCalendars(base: UInt64) throws {
    for seed in base..<(base + 150) {
      try expectSameEarlyDates(AvailabilityPropertyTests.graph(seed: seed), "seed \(seed)")
    }
  }

  /// Preparation blocks in minutes serialised around booked blocks (some booked in minutes too).
  @Test func applicantBlocksInMinutesAroundBookedOnes() throws {
    for seed in UInt64(1)...200 {
      var g = RandomGraph(seed: seed, options: .init(maxTasks: 40, applicantShare: 0.5, bookedBlocks: Int(seed % 3), blackoutShare: 0.3)).graph
      var rng = SplitMix64(seed: seed)
      g.availability = AvailabilityPropertyTests.calendar(&rng)
      for i in g.tasks.indices where g.tasks[i].usesApplicant && g.tasks[i].duration > 0 && (g.tasks[i].fixedStart == nil || seed % 2 == 0) {
        g.tasks[i].effort = g.tasks[i].duration * 240
      }
      try expectSameEarlyDates(g, "seed \(seed)")
    }
  }

  /// The calendar moves the evaluator's dates (the test above is not vacuous), and without a
  /// calendar the same graph keeps its plain dates.
  @Test func theCalendarMovesDates() throws {
    var moved = 0
    for seed in UInt64(1)...100 {
      let g = AvailabilityPropertyTests.graph(seed: seed)
      var plain = g
      plain.availability = nil
      let (a, _, wa) = try evaluate(g)
      let (_, _, wb) = try evaluate(plain)
      moved += (0..<a.count).filter { wa.start($0) != wb.start($0) }.count
    }
    #expect(moved > 200, "\(moved) starts moved")
  }
}
