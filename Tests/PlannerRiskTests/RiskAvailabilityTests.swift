import Foundation
import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway
@testable import PlannerRisk

/// `risk` samples on the applicant's days (issue 23, point 4): with busy calendars or study hours
/// and every sampled range of zero width, the simulated world gives every task the plan's dates,
/// as `RiskDegenerateTests` checks without them.
@Suite struct RiskAvailabilityTests {
  /// Shifts on weekdays, a week away, and a weekly study budget: each shapes the plan.
  static func busy(_ profile: Profile, today: Day, variant: Int) -> Profile {
    var p = profile
    switch variant {
    case 0:
      p.busyCalendars = [BusyCalendar(file: "work.ics", busyMinutes: Dictionary(uniqueKeysWithValues: (0..<900).map { today + $0 }.filter { $0.isoWeekday <= 5 }.map { ($0, 540) }))]
    case 1:
      p.busyCalendars = [BusyCalendar(file: "trips.ics", daysAway: (0..<900).map { today + $0 }.filter { $0.day >= 10 && $0.day <= 16 })]
    default:
      p.studyHoursPerWeek = 20
      p.busyCalendars = [BusyCalendar(file: "nights.ics", busyMinutes: Dictionary(uniqueKeysWithValues: (0..<600).map { today + $0 }.filter { $0.isoWeekday == 6 }.map { ($0, 600) }))]
    }
    return p
  }

  @Test func everyTaskKeepsTheBusyPlansDates() throws {
    var compared = 0, shaped = 0
    for (index, (name, base, today)) in try RiskDegenerateTests.profiles().enumerated() {
      let profile = Self.busy(base, today: today, variant: index % 3)
      guard let plan = try? PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: profile.match, today: today) else { continue }
      guard plan.graph.availability != nil else { continue }
      shaped += 1
      var pack = bundledRules
      pack.risk = bundledRules.risk.degenerate(leadTimes: { profile.days($0, bundledRules.leadTimes) })
      let first = PathwayPlanner.firstOpenYear(pack, today: today)!
      let model = RiskModel(profile: profile, pack: pack, today: today, targetYear: plan.matchYear, firstYear: first, inputs: RiskInputs(profile: profile, rules: pack.risk))
      let worker = RiskWorker(model: model)
      let code = try #require(worker.draw(run: 0, seed: 1), "\(name): every exam passes first time")
      let y = try #require(model.years.firstIndex(of: plan.matchYear))
      let (w, evaluation, blocked) = try #require(worker.evaluateYear(y, code: code), "\(name)")
      #expect(evaluation.feasible && !blocked == plan.feasible, "\(name): verdict")
      for t in plan.schedule.tasks {
        guard let node = worker.store[w].graph.index(of: t.id) else {
          Issue.record("\(name): \(t.id) is not in the simulated world")
          continue
        }
        #expect(Day(ordinal: worker.workspace.start(node)) == t.start, "\(name) \(t.id) start")
        #expect(Day(ordinal: worker.workspace.finish(node)) == t.earlyFinish, "\(name) \(t.id) finish")
        compared += 1
      }
    }
    #expect(shaped >= 6 && compared > 300, "\(shaped) busy plans, \(compared) tasks")
  }
}
