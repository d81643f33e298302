import PlannerCore
import Testing

/// Float says what is true: a late task is negative, a done task has none, and a soft target
/// downstream shows its own room.
@Suite struct HonestFloatTests {
  @Test func aBookedDateItsPrerequisitesCannotReachHasNegativeFloat() throws {
    // prep takes 10 days, the exam is booked on day 6 and has 30 days before the end: late by 4.
    let s = try schedule(
      [task("prep", 10), task("exam", 1, fixed: 6, state: .booked), task("end", fixed: 40, state: .booked)],
      [Dependency("prep", "exam"), Dependency("exam", "end")])
    #expect(s.violations.map(\.taskID) == ["exam"])
    #expect(s.task("exam")!.totalFloat == -4)
    #expect(s.task("exam")!.float == -4)
    #expect(s.task("prep")!.totalFloat < 0)
    #expect(s.task("exam")!.freeFloat <= s.task("exam")!.totalFloat)
  }

  @Test func aDoneTaskCarriesNoFloat() throws {
    let s = try schedule([task("old", 3, fixed: -10, state: .done), task("next", 2)], [Dependency("old", "next")])
    #expect(s.task("old")!.float == nil)
    #expect(s.task("old")!.targetFloat == nil)
    #expect(s.task("next")!.float == 0)
  }

  @Test func aSoftTargetDownstreamShowsItsOwnRoom() throws {
    // exam → result 28 days later (target day 40) → verified (deadline day 100).
    let s = try schedule(
      [task("exam", 1), task("result", target: 40), task("verified", deadline: 100)],
      [Dependency("exam", "result", lag: 28, kind: .startToStart), Dependency("result", "verified")])
    #expect(s.task("exam")!.totalFloat == 72)
    #expect(s.task("exam")!.targetFloat == 12)
    #expect(s.task("result")!.targetFloat == 12)
    #expect(s.task("verified")!.targetFloat == nil)
    // Hard floats are those of the deadlines alone, as before.
    #expect(s.task("result")!.totalFloat == 72)
  }
}
