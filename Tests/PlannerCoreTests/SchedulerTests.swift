import PlannerCore
import Testing

/// Small graphs whose every date and float was worked out by hand (offsets from `t0`).
@Suite struct SchedulerTests {
  @Test func finishToStartChainWithLagAndMilestone() throws {
    let s = try schedule(
      [task("a", 5), task("b", 3), task("c")],
      [Dependency("a", "b", lag: 2), Dependency("b", "c")])
    #expect(s.offsets("a") == o(es: 0, ef: 5, ls: 0, lf: 5, tf: 0, ff: 0))
    #expect(s.offsets("b") == o(es: 7, ef: 10, ls: 7, lf: 10, tf: 0, ff: 0))
    #expect(s.offsets("c") == o(es: 10, ef: 10, ls: 10, lf: 10, tf: 0, ff: 0))
    #expect(s.projectFinish == day(10))
    #expect(s.task("b")?.driver == .predecessor("a", lag: 2, kind: .finishToStart))
    // A milestone's last day is its own day; a 3-day task's is the day before its exclusive finish.
    #expect(s.task("c")?.lastDay == day(10))
    #expect(s.task("b")?.lastDay == day(9))
    #expect(s.minTotalFloat == 0)
    #expect(s.tasks.allSatisfy { $0.critical })
    #expect(s.isFeasible && s.targetMisses.isEmpty)
    // The closing milestone finishes with b; the path must still reach it, as the binding does.
    #expect(s.criticalPath == ["a", "b", "c"])
    #expect(s.binding?.summary == "c end slack 0")
  }

  @Test func sameDayMilestonesEndThePathWhateverTheirListOrder() throws {
    let s = try schedule([task("m2"), task("m1"), task("a", 3)], [Dependency("a", "m1"), Dependency("m1", "m2")])
    #expect(s.criticalPath == ["a", "m1", "m2"])
    #expect(s.binding?.taskID == "m2")
  }

  @Test func startToStartWithPositiveLag() throws {
    // A result released four weeks after the exam day.
    let s = try schedule(
      [task("exam", 1), task("result")], [Dependency("exam", "result", lag: 28, kind: .startToStart)])
    #expect(s.offsets("exam") == o(es: 0, ef: 1, ls: 0, lf: 1, tf: 0, ff: 0))
    #expect(s.offsets("result") == o(es: 28, ef: 28, ls: 28, lf: 28, tf: 0, ff: 0))
    #expect(s.task("result")?.driver == .predecessor("exam", lag: 28, kind: .startToStart))
    #expect(s.criticalPath == ["exam", "result"])
    #expect(s.binding?.summary == "result end slack 0")
  }

  @Test func negativeFinishToStartLagOverlaps() throws {
    let s = try schedule([task("a", 10), task("b", 5)], [Dependency("a", "b", lag: -3)])
    #expect(s.offsets("a") == o(es: 0, ef: 10, ls: 0, lf: 10, tf: 0, ff: 0))
    #expect(s.offsets("b") == o(es: 7, ef: 12, ls: 7, lf: 12, tf: 0, ff: 0))
    #expect(s.criticalPath == ["a", "b"])
  }

  @Test func negativeStartToStartLagIsClampedToToday() throws {
    let s = try schedule(
      [task("a", 10), task("b", 3)], [Dependency("a", "b", lag: -2, kind: .startToStart)])
    #expect(s.task("b")?.earlyStart == t0)
    #expect(s.task("b")?.driver == .today)
    #expect(s.offsets("b") == o(es: 0, ef: 3, ls: 7, lf: 10, tf: 7, ff: 7))
    // a's late finish comes from its SS successor (b may start 2 days before a), not from the
    // plan's end: b's late start 7 lets a start as late as 9.
    #expect(s.offsets("a") == o(es: 0, ef: 10, ls: 9, lf: 19, tf: 9, ff: 2))
    #expect(s.minTotalFloat == 7)
  }

  @Test func notBeforeWindowsAndDrivers() throws {
    let s = try schedule(
      [task("a", 3, notBefore: 10), task("b", 2, notBefore: 12), task("c", 2, notBefore: -5), task("d", 1, notBefore: 13)],
      [Dependency("a", "b"), Dependency("a", "d")])
    #expect(s.task("a")?.earlyStart == day(10))
    #expect(s.task("a")?.driver == .notBefore(day(10)))
    #expect(s.task("b")?.earlyStart == day(13))
    #expect(s.task("b")?.driver == .predecessor("a", lag: 0, kind: .finishToStart))
    // A window that opened in the past gives way to today.
    #expect(s.task("c")?.earlyStart == t0)
    #expect(s.task("c")?.driver == .today)
    // When the window and the predecessor agree, the predecessor is named as the reason.
    #expect(s.task("d")?.earlyStart == day(13))
    #expect(s.task("d")?.driver == .predecessor("a", lag: 0, kind: .finishToStart))
  }

  @Test func fixedDateBindsItsPredecessors() throws {
    let s = try schedule([task("prep", 10), task("exam", 1, fixed: 20)], [Dependency("prep", "exam")])
    #expect(s.offsets("prep") == o(es: 0, ef: 10, ls: 10, lf: 20, tf: 10, ff: 10))
    #expect(s.offsets("exam") == o(es: 20, ef: 21, ls: 20, lf: 21, tf: 0, ff: 0))
    #expect(s.task("exam")?.driver == .fixed)
    // The minimum is over movable tasks only, so the booked exam's zero float does not count.
    #expect(s.minTotalFloat == 10)
    #expect(s.criticalPath == ["prep"])
    #expect(s.binding?.summary == "exam fixed 20 slack 10")
    #expect(s.isFeasible)
  }

  @Test func fixedDateTooEarlyIsAViolation() throws {
    let s = try schedule([task("prep", 10), task("exam", 1, fixed: 5)], [Dependency("prep", "exam")])
    #expect(s.task("exam")?.earlyStart == day(5))
    #expect(s.violations.map(\.summary) == ["fixedTooEarly exam 5 10"])
    #expect(s.violations.first?.daysOver == 5)
    #expect(s.offsets("prep") == o(es: 0, ef: 10, ls: -5, lf: 5, tf: -5, ff: -5))
    #expect(s.binding?.slack == -5)
    #expect(!s.isFeasible)
  }

  @Test func doneTaskInThePastNeverCritical() throws {
    let s = try schedule(
      [task("old", 3, fixed: -10, state: .done), task("next", 2)], [Dependency("old", "next")])
    #expect(s.task("old")?.earlyStart == day(-10))
    #expect(s.task("next")?.earlyStart == t0)
    #expect(s.task("next")?.driver == .today)
    #expect(s.task("old")?.critical == false)
    #expect(s.criticalPath == ["next"])
  }

  @Test func deadlineMetLeavesFloat() throws {
    let s = try schedule([task("a", 10, deadline: 14)])
    // Inclusive last day 14 → exclusive late finish 15.
    #expect(s.offsets("a") == o(es: 0, ef: 10, ls: 5, lf: 15, tf: 5, ff: 0))
    #expect(s.isFeasible)
    #expect(s.binding?.summary == "a deadline 14 slack 5")
  }

  @Test func deadlineOnItsLastDayIsMet() throws {
    let s = try schedule([task("a", 10, deadline: 9), task("m", deadline: 10)], [Dependency("a", "m")])
    #expect(s.isFeasible)
    #expect(s.task("a")?.totalFloat == 0)
    #expect(s.task("m")?.totalFloat == 0)
  }

  @Test func deadlineMissedIsAViolationWithDaysOver() throws {
    let s = try schedule([task("a", 10, deadline: 7), task("m", deadline: 9)], [Dependency("a", "m")])
    #expect(s.violations.map(\.summary) == ["deadline a 7 9", "deadline m 9 10"])
    #expect(s.violations.map(\.daysOver) == [2, 1])
    #expect(s.offsets("a") == o(es: 0, ef: 10, ls: -2, lf: 8, tf: -2, ff: -2))
    #expect(s.offsets("m") == o(es: 10, ef: 10, ls: 9, lf: 9, tf: -1, ff: -1))
    #expect(s.minTotalFloat == -2)
    #expect(s.criticalPath == ["a"])
    #expect(s.binding?.summary == "a deadline 7 slack -2")
  }

  @Test func softTargetMissIsReportedNotFatal() throws {
    let s = try schedule([task("a", 10, target: 5), task("b", 3, target: 2)])
    #expect(s.targetMisses.map(\.summary) == ["a 5 9"])
    #expect(s.targetMisses.first?.daysLate == 4)
    #expect(s.isFeasible)
    // A target never changes dates or floats.
    #expect(s.offsets("a") == o(es: 0, ef: 10, ls: 0, lf: 10, tf: 0, ff: 0))
  }

  @Test func freeFloatCanBeLessThanTotalFloat() throws {
    let s = try schedule([task("a", 2), task("b", 2), task("c", 6)], [Dependency("a", "b")])
    // a can slip 2 days overall, but any slip at all delays b.
    #expect(s.offsets("a") == o(es: 0, ef: 2, ls: 2, lf: 4, tf: 2, ff: 0))
    #expect(s.offsets("b") == o(es: 2, ef: 4, ls: 4, lf: 6, tf: 2, ff: 2))
    #expect(s.offsets("c") == o(es: 0, ef: 6, ls: 0, lf: 6, tf: 0, ff: 0))
    #expect(s.tasks.map(\.critical) == [false, false, true])
    #expect(s.criticalPath == ["c"])
  }

  @Test func mergeTakesTheLongerBranch() throws {
    let s = try schedule(
      [task("a", 3), task("b", 5), task("c", 2)], [Dependency("a", "c"), Dependency("b", "c")])
    #expect(s.task("c")?.driver == .predecessor("b", lag: 0, kind: .finishToStart))
    #expect(s.offsets("a") == o(es: 0, ef: 3, ls: 2, lf: 5, tf: 2, ff: 2))
    #expect(s.criticalPath == ["b", "c"])
  }

  @Test func emptyGraph() throws {
    let s = try schedule([])
    #expect(s.tasks.isEmpty && s.criticalPath.isEmpty && s.binding == nil)
    #expect(s.projectFinish == t0)
  }
}
