import PlannerCore
import Testing

/// Graphs that cannot be scheduled at all, and the one-line text each error shows.
@Suite struct ScheduleErrorTests {
  private func error(_ tasks: [PlanTask], _ links: [Dependency]) -> ScheduleError? {
    do {
      _ = try Scheduler.schedule(TaskGraph(tasks: tasks, dependencies: links), today: t0)
      return nil
    } catch {
      return error
    }
  }

  @Test func duplicateID() {
    let e = error([task("a", 1), task("b", 1), task("a", 2)], [])
    #expect(e == .duplicateTask("a"))
    #expect(e?.description == "task 'a' is defined more than once")
  }

  @Test func unknownPredecessorNamesBothTasks() {
    let e = error([task("a", 1), task("b", 1)], [Dependency("a", "b"), Dependency("zz", "b")])
    #expect(e == .unknownTask(dependent: "b", missing: "zz"))
    #expect(e?.description == "task 'b' depends on unknown task 'zz'")
  }

  @Test func unknownSuccessorNamesBothTasks() {
    // The unknown task is the one that depends; naming it twice ("task 'zz' depends on
    // unknown task 'zz'") would hide which link is wrong.
    let e = error([task("a", 1)], [Dependency("a", "zz")])
    #expect(e == .unknownSuccessor(task: "zz", predecessor: "a"))
    #expect(e?.description == "unknown task 'zz' depends on task 'a'")
  }

  @Test func negativeDuration() {
    let e = error([task("a", 1), task("b", -3)], [])
    #expect(e == .negativeDuration(task: "b", duration: -3))
    #expect(e?.description == "task 'b' has a negative duration (-3 days)")
  }

  @Test func selfLoop() {
    let e = error([task("a", 1)], [Dependency("a", "a", lag: 2)])
    #expect(e == .cycle(["a"]))
    #expect(e?.description == "dependency cycle: a → a")
  }

  @Test func threeCycleNamedFromItsFirstListedTask() {
    let e = error(
      [task("a", 1), task("b", 1), task("c", 1)],
      [Dependency("a", "b"), Dependency("b", "c"), Dependency("c", "a")])
    #expect(e == .cycle(["a", "b", "c"]))
    #expect(e?.description == "dependency cycle: a → b → c → a")
  }

  @Test func cycleReachedThroughATailLeavesTheTailOut() {
    // y waits on the loop and x feeds it; neither is part of it. The loop is reported in
    // dependency order from its earliest-listed task, c.
    let e = error(
      [task("y", 1), task("x", 1), task("c", 1), task("a", 1), task("b", 1)],
      [
        Dependency("x", "a"), Dependency("a", "b"), Dependency("b", "c"), Dependency("c", "a"),
        Dependency("c", "y"),
      ])
    #expect(e?.description == "dependency cycle: c → a → b → c")
  }

  @Test func startToStartCycleWithNegativeLagsIsStillACycle() {
    // Lags that would make the loop satisfiable do not make it a DAG.
    let e = error(
      [task("a", 1), task("b", 1)],
      [Dependency("a", "b", lag: -5, kind: .startToStart), Dependency("b", "a", lag: -5, kind: .startToStart)])
    #expect(e == .cycle(["a", "b"]))
  }
}
