import Foundation
import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// `what-if` applies its scenario to the applicant and plans it with `PathwayPlanner.plan`: its
/// answer equals planning the modified applicant directly (issue 20, point 2).
@Suite struct WhatIfEquivalenceTests {
  static let today = SampleApplicants.today

  /// The scenarios tried on each applicant: a slip of the next exam, a failure, a booking and a
  /// longer or shorter preparation.
  static func scenarios(_ base: PlanResult) -> [WhatIf] {
    var out: [WhatIf] = []
    for exam in [Exam.step1, .step2ck, .oet] {
      guard let sitting = base.schedule.task("\(exam.rawValue).exam"), sitting.task.state != .done else { continue }
      out.append(WhatIf(slips: [WhatIf.Slip(taskID: sitting.id, offset: DayOffset(4, .weeks))]))
      out.append(WhatIf(fails: [exam]))
      if exam != .oet { out.append(WhatIf(bookings: [exam: base.rules.exam.firstTestingDay(onOrAfter: sitting.start + 21)])) }
      if let prep = base.schedule.task("\(exam.rawValue).prep"), prep.task.state != .done, prep.start >= base.today {
        out.append(WhatIf(slips: [WhatIf.Slip(taskID: prep.id, offset: DayOffset(2, .weeks))]))
      }
    }
    return out
  }

  /// What a plan says, for comparing two: dates, verdict, earliest year, findings, lapses.
  static func digest(_ r: PlanResult) -> [String] {
    let earliest: String = r.earliestFeasibleMatchYear.map { String($0) } ?? "none"
    let lapsed: [String] = r.lapsed.map { $0.component.title }
    var out: [String] = ["\(r.matchYear) \(r.feasible) \(earliest) lapsed \(lapsed)"]
    for f in r.findings { out.append("\(f.severity) \(f.code)") }
    for t in r.schedule.tasks { out.append("\(t.id) \(t.start) \(t.earlyFinish) \(t.task.state)") }
    return out
  }

  @Test func whatIfEqualsPlanningTheModifiedApplicant() throws {
    var checked = 0
    for (name, profile) in try SampleApplicants.profiles() {
      guard let base = try? PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: profile.match, today: Self.today) else { continue }
      for scenario in Self.scenarios(base) {
        guard (try? scenario.check(against: base, profile: profile)) != nil else { continue }
        let asked = try? scenario.plan(profile: profile, base: base, matchYear: nil, today: Self.today)
        let modified = scenario.applied(to: profile, base: base, today: Self.today)
        let direct = try? PathwayPlanner.plan(profile: modified, rules: bundledRules, matchYear: base.matchYear, today: Self.today)
        #expect(asked.map(Self.digest) == direct.map(Self.digest), "\(name): \(scenario)")
        // A booking is what `planner book` records: the same as the journal's edit, no assumption.
        if scenario.slips.isEmpty && scenario.fails.isEmpty, let (exam, day) = scenario.bookings.first {
          let booked = Journal.apply(.book(exam, for: day), to: profile)
          #expect(modified == booked, "\(name): a booking is a journal edit")
        }
        checked += 1
      }
    }
    #expect(checked >= 60, "only \(checked) scenarios planned")
  }

  /// Issue 20, contradiction 4: the plan (and `record`) go on through a Step 1 retake when Step 2
  /// CK slips past the seven-year limit; `what-if` said "none up to 2040".
  @Test(arguments: ["slip", "fail"])
  func contradiction4WhatIfKeepsTheRoadThroughTheTimeLimit(_ kind: String) throws {
    let profile = try ProfileParser.parse(SampleApplicants.timeLimit, file: "t.yaml", rules: bundledRules)
    let base = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: Self.today)
    #expect(base.lapsed.isEmpty && base.feasible)
    let scenario = kind == "slip" ? WhatIf(slips: [WhatIf.Slip(taskID: "step2ck.exam", offset: DayOffset(4, .weeks))]) : WhatIf(fails: [.step2ck])
    let after = try scenario.plan(profile: profile, base: base, matchYear: nil, today: Self.today)
    #expect(after.earliestFeasibleMatchYear != nil, "what-if lost the road the plan finds")
    #expect(after.lapsed.map(\.component) == [.exam(.step1)], "Step 1's pass lapses and is retaken")
    #expect(after.schedule.task("step1.exam")?.task.state == .planned)
    // `record` of the same failure on its day gives the same road.
    if kind == "fail", let day = base.schedule.task("step2ck.exam")?.start {
      let recorded = Journal.apply(.result(.step2ck, .fail, on: day, score: nil), to: profile)
      let planned = try PathwayPlanner.plan(profile: recorded, rules: bundledRules, matchYear: nil, today: day)
      #expect(planned.earliestFeasibleMatchYear == after.earliestFeasibleMatchYear)
      #expect(planned.lapsed.map(\.component) == after.lapsed.map(\.component))
    }
  }
}
