import PlannerCore
import Testing

/// The result type's own conveniences: lookup, inclusive days, driver ids.
@Suite struct ScheduleTests {
  @Test func tasksKeepInputOrderAndLookUpByID() throws {
    let s = try schedule([task("z", 2), task("a", 1), task("m", 3)], [Dependency("m", "z")])
    #expect(s.tasks.map(\.id) == ["z", "a", "m"])
    #expect(s.task("m")?.task.duration == 3)
    #expect(s.task("missing") == nil)
    #expect(s.today == t0)
  }

  @Test func inclusiveDaysForTasksAndMilestones() throws {
    let s = try schedule([task("a", 4), task("gap", 10), task("m")], [Dependency("a", "m")])
    let a = try #require(s.task("a"))
    let m = try #require(s.task("m"))
    #expect(a.start == t0)
    #expect(a.lastDay == day(3))
    // a can slip 6 days before the plan ends on day 10: its latest last day is day 9.
    #expect(a.lateLastDay == day(9))
    #expect(m.lastDay == day(4))
    #expect(m.lateLastDay == day(10))
    #expect(m.task.isMilestone && !a.task.isMilestone)
  }

  @Test func driverNamesTheTaskItWaitsFor() {
    #expect(StartDriver.predecessor("a", lag: 3, kind: .startToStart).predecessorID == "a")
    #expect(StartDriver.applicantBusy("b").predecessorID == "b")
    #expect(StartDriver.today.predecessorID == nil)
    #expect(StartDriver.fixed.predecessorID == nil)
    #expect(StartDriver.notBefore(t0).predecessorID == nil)
  }

  @Test func scheduledTaskCarriesItsInputUnchanged() throws {
    var t = task("a", 5, notBefore: 2, deadline: 30, target: 20)
    t.provenance = Provenance(estimated: true, sources: ["https://example.org"], note: "why")
    let s = try schedule([t])
    #expect(s.task("a")?.task == t)
  }
}
