import PlannerCore
import Testing

/// The one-person resource: preparation blocks never overlap, and the order is deterministic.
@Suite struct SchedulerApplicantTests {
  /// Three movable blocks and one booked block on day 40; `doc` needs no applicant time.
  private let blocks = [
    task("s1", 30, applicant: true), task("s2", 20, applicant: true),
    task("booked", 10, applicant: true, fixed: 40, state: .booked), task("ck", 40, applicant: true),
    task("doc", 5),
  ]

  @Test func blocksAreSerialisedAroundABookedBlock() throws {
    let s = try schedule(blocks)
    // s1 fits before the booking; s2 (20 days from day 30) would collide, so it waits for day 50.
    #expect(s.offsets("s1") == o(es: 0, ef: 30, ls: 10, lf: 40, tf: 10, ff: 10))
    #expect(s.offsets("booked").map { [$0.es, $0.ef] } == [40, 50])
    #expect(s.offsets("s2") == o(es: 50, ef: 70, ls: 50, lf: 70, tf: 0, ff: 0))
    #expect(s.offsets("ck") == o(es: 70, ef: 110, ls: 70, lf: 110, tf: 0, ff: 0))
    #expect(s.task("s2")?.driver == .applicantBusy("booked"))
    #expect(s.task("ck")?.driver == .applicantBusy("s2"))
    #expect(s.task("s1")?.driver == .today)
    // Work that does not need the applicant runs alongside.
    #expect(s.offsets("doc")?.es == 0)
    #expect(s.applicantSequence == ["s1", "booked", "s2", "ck"])
    #expect(s.criticalPath == ["s2", "ck"])
    #expect(s.projectFinish == day(110))
  }

  /// Two fixed blocks the applicant set to overlap (both studied from today, ready on different
  /// days) are no sequence: neither reads as late by the overlap, and a later movable block
  /// still waits for both.
  @Test func overlappingFixedBlocksAreNotLateAgainstEachOther() throws {
    let s = try schedule([
      task("a", 31, applicant: true, fixed: 0), task("b", 35, applicant: true, fixed: 0), task("c", 10, applicant: true),
    ])
    #expect(s.task("a").map { $0.totalFloat >= 0 } == true)
    #expect(s.task("b").map { $0.totalFloat >= 0 } == true)
    #expect(s.violations.isEmpty)
    #expect(s.offsets("c")?.es == 35)
  }

  @Test func sameGraphTwiceGivesEqualSchedules() throws {
    let first = try schedule(blocks)
    let second = try schedule(blocks)
    #expect(first == second)
  }

  @Test func inputOrderBreaksTiesBetweenEquallyReadyBlocks() throws {
    let s = try schedule([task("x", 10, applicant: true), task("y", 5, applicant: true)])
    #expect(s.applicantSequence == ["x", "y"])
    #expect(s.task("y")?.earlyStart == day(10))
    let swapped = try schedule([task("y", 5, applicant: true), task("x", 10, applicant: true)])
    #expect(swapped.applicantSequence == ["y", "x"])
    #expect(swapped.task("x")?.earlyStart == day(5))
  }

  @Test func theBlockReadyFirstGoesFirstWhateverItsPlaceInTheList() throws {
    for tasks in [
      [task("late", 10, applicant: true, notBefore: 5), task("early", 10, applicant: true)],
      [task("early", 10, applicant: true), task("late", 10, applicant: true, notBefore: 5)],
    ] {
      let s = try schedule(tasks)
      #expect(s.applicantSequence == ["early", "late"])
      #expect(s.task("late")?.earlyStart == day(10))
      #expect(s.task("late")?.driver == .applicantBusy("early"))
    }
  }

  @Test func aBlockLongerThanTheGapJumpsEveryBookingItWouldHit() throws {
    let s = try schedule([
      task("b1", 5, applicant: true, fixed: 10), task("b2", 5, applicant: true, fixed: 18),
      task("prep", 8, applicant: true, notBefore: 6),
    ])
    // Days 6–9 are too short, 15–17 too; prep starts when b2 ends.
    #expect(s.task("prep")?.earlyStart == day(23))
    #expect(s.task("prep")?.driver == .applicantBusy("b2"))
    #expect(s.applicantSequence == ["b1", "b2", "prep"])
  }

  @Test func overlappingBookingsAreAllWorkedAround() throws {
    // b2 lies inside b1 (a double booking the scheduler leaves as given); b3 comes later.
    let s = try schedule([
      task("b1", 40, applicant: true, fixed: 10), task("b2", 2, applicant: true, fixed: 12),
      task("b3", 5, applicant: true, fixed: 60), task("p1", 5, applicant: true, notBefore: 8),
      task("p2", 12, applicant: true),
    ])
    // p2 is ready first but cannot finish before b1 starts on day 10; from day 50 it would run
    // into b3 (days 60–64), so it goes after that.
    #expect(s.offsets("p2").map { [$0.es, $0.ef] } == [65, 77])
    #expect(s.task("p2")?.driver == .applicantBusy("b3"))
    // p1's window opened on day 8, but the applicant is busy until p2 ends.
    #expect(s.offsets("p1").map { [$0.es, $0.ef] } == [77, 82])
    #expect(s.task("p1")?.driver == .applicantBusy("p2"))
    #expect(s.applicantSequence == ["b1", "b2", "b3", "p2", "p1"])
  }

  @Test func milestonesAndNonApplicantWorkAreNotSerialised() throws {
    let s = try schedule([
      task("p", 10, applicant: true), task("m", 0, applicant: true), task("q", 10, applicant: true),
    ])
    #expect(s.task("m")?.earlyStart == t0)
    #expect(s.applicantSequence == ["p", "q"])
  }

  @Test func dependenciesStillHoldForSerialisedBlocks() throws {
    let s = try schedule(
      [task("step1", 30, applicant: true), task("exam1", 1), task("ck", 20, applicant: true), task("match")],
      [Dependency("step1", "exam1"), Dependency("exam1", "match"), Dependency("ck", "match")])
    #expect(s.offsets("step1")?.es == 0)
    #expect(s.offsets("ck")?.es == 30)
    #expect(s.offsets("exam1")?.es == 30)
    #expect(s.offsets("match")?.es == 50)
    #expect(s.task("match")?.driver == .predecessor("ck", lag: 0, kind: .finishToStart))
    // The implicit link step1 → ck means step1 cannot slip without pushing ck: no float.
    #expect(s.task("step1")?.totalFloat == 0)
    #expect(s.criticalPath == ["step1", "ck", "match"])
  }

  @Test func permutedIndependentInputsGiveTheSameDates() throws {
    let tasks = [
      task("a", 4), task("b", 6, notBefore: 3), task("c", 2, deadline: 20), task("d", 0), task("e", 9),
      task("f", 3, notBefore: 12),
    ]
    let links = [
      Dependency("a", "c"), Dependency("b", "c", lag: -2), Dependency("c", "d"),
      Dependency("e", "d", lag: 1, kind: .startToStart), Dependency("a", "f", lag: 5),
    ]
    let reference = try schedule(tasks, links)
    var rng = SplitMix64(seed: 7)
    for _ in 0..<20 {
      let s = try schedule(tasks.shuffled(using: &rng), links.shuffled(using: &rng))
      for t in reference.tasks {
        #expect(s.offsets(t.id) == reference.offsets(t.id), "\(t.id)")
      }
      #expect(s.criticalPath == reference.criticalPath)
    }
  }
}
