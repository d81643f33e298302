import Foundation
import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 9 §2: no invented dates, and today is the profile's own day.
struct TrueDatesTests {
  let today = Day(iso: "2026-12-01")!

  func plan(_ yaml: String, match: Int? = 2028) throws -> PlanResult {
    let p = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: match, today: today)
  }

  /// A failed then passed Step 1 implies the ECFMG account and application were done, on no
  /// given day: they say so, are never after the first sitting, and are not calendar events (CalendarTruthTests).
  @Test func doneWithoutADateIsNotGivenADate() throws {
    let r = try plan("exams:\n  step1:\n    attempts:\n      - {date: 2026-03-10, result: fail}\n      - {date: 2026-07-10, result: pass}\n")
    let account = try #require(r.schedule.task("ecfmg.account"))
    #expect(!account.task.dateKnown)
    #expect(TaskStatus(account, in: r.schedule) == .doneUndated)
    #expect(account.float == nil)
    let first = try #require(r.schedule.task("step1.exam.1"))
    for id in ["ecfmg.account", "ecfmg.application"] {
      let t = try #require(r.schedule.task(id))
      #expect(t.earlyFinish <= first.start, "\(id) would be dated after the sitting that needed it")
    }
    let table = PlanReport.table(r)
    #expect(table.split(separator: "\n").contains { $0.hasPrefix("ecfmg.account") && $0.contains("done (date not given)") && !$0.contains("2026-") })
    let json = PlanReport.json(r, profile: Profile()).rendered()
    #expect(json.contains("\"dateKnown\": false"))
  }

  @Test func todayIsTheDateInTheProfilesTimeZone() throws {
    // 20:00 UTC on 1 December is already 2 December in Kolkata, still 1 December in Bogotá.
    let instant = try #require(ISO8601DateFormatter().date(from: "2026-12-01T20:00:00Z"))
    #expect(LocalDay.day(at: instant, zone: "Asia/Kolkata") == Day(iso: "2026-12-02"))
    #expect(LocalDay.day(at: instant, zone: "America/Bogota") == Day(iso: "2026-12-01"))
    #expect(LocalDay.day(at: instant, zone: "UTC") == Day(iso: "2026-12-01"))
    #expect(LocalDay.day(at: instant, zone: "Mars/Olympus") == nil)
  }

  /// Late applications and late registration are allowed: the interview season may run into
  /// ranking, and only its start must precede the ROL deadline.
  @Test func interviewSeasonIsASeasonNotAHardBlock() throws {
    let r = try plan("", match: 2028)
    let dependency = try #require(r.graph.dependencies.first { $0.predecessor == "interviews" && $0.successor == "nrmp.rol" })
    #expect(dependency.kind == .startToStart)
  }

  /// The NRMP standard registration deadline is its own dated soft target, not the ROL deadline.
  @Test func nrmpStandardRegistrationDeadlineIsItsOwnTarget() throws {
    let r = try plan("", match: 2028)
    let gates = r.margin.gates.filter { $0.taskID == "nrmp.register" }
    let target = try #require(gates.first { $0.kind == .target })
    let hard = try #require(gates.first { $0.kind == .deadline })
    #expect(target.date == r.cycle.nrmpStandardDeadline.value)
    #expect(hard.date == r.cycle.rolDeadline.value)
    #expect(target.date < hard.date)
  }
}
