import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// What-if as people type it: earlier or later, in days, weeks or months, a booking, an exam's name.
struct WhatIfScenarioTests {
  let today = Day(iso: "2026-11-25")!

  func base() throws -> (Profile, PlanResult) {
    let p = try ProfileParser.parse(ReplannerTests.booked, file: "t.yaml", rules: bundledRules)
    return (p, try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today))
  }

  func start(_ r: PlanResult, _ id: String) -> Day { r.schedule.task(id)!.start }

  @Test(arguments: [("+2w", 14), ("-10d", -10), ("+1m", 31), ("-3w", -21)])
  func aBookedExamMovesByTheOffset(_ text: String, _ days: Int) throws {
    let (p, base) = try base()
    let slip = try #require(WhatIf.Slip(argument: "step2ck=\(text)"))
    let scenario = WhatIf(slips: [WhatIf.Slip(taskID: WhatIf.taskID(slip.taskID, in: base), offset: slip.offset)])
    #expect(scenario.slips[0].taskID == "step2ck.exam")
    try scenario.check(against: base, profile: p)
    let after = try scenario.plan(profile: p, base: base, matchYear: nil, today: today)
    #expect(start(after, "step2ck.exam") - start(base, "step2ck.exam") == days)
    #expect(start(after, "step2ck.result") - start(base, "step2ck.result") == days)
  }

  @Test func anEarlierSlipOfAPlannedTaskPinsIt() throws {
    let (p, base) = try base()
    let planned = start(base, "oet.exam")
    let scenario = WhatIf(slips: [WhatIf.Slip(argument: "oet.exam=-1w")!])
    try scenario.check(against: base, profile: p)
    let after = try scenario.plan(profile: p, base: base, matchYear: nil, today: today)
    #expect(start(after, "oet.exam") == planned - 7)
    #expect(scenario.slips[0].words == "comes 1 week earlier")
  }

  @Test func aBookingIsCheckedAndPlanned() throws {
    let (p, base) = try base()
    let day = Day(iso: "2027-05-10")!
    let scenario = WhatIf(bookings: [.step2ck: day])
    try scenario.check(against: base, profile: p)
    let after = try scenario.plan(profile: p, base: base, matchYear: nil, today: today)
    #expect(start(after, "step2ck.exam") == day)
    // The January blackout holds in a what-if as in a real booking.
    #expect(throws: RecordError.self) { try WhatIf(bookings: [.step2ck: Day(iso: "2028-01-03")!]).check(against: base, profile: p) }
  }

  @Test func unknownNamesGetASuggestionAndTheRulesStillHold() throws {
    let (p, base) = try base()
    #expect(throws: RecordError("--slip: unknown task 'step2k'; did you mean 'step2ck'?", badInput: true)) {
      try WhatIf(slips: [WhatIf.Slip(taskID: WhatIf.taskID("step2k", in: base), days: 7)]).check(against: base, profile: p)
    }
    #expect(throws: RecordError.self) { try WhatIf(slips: [WhatIf.Slip(taskID: "step2ck.exam", days: -400)]).check(against: base, profile: p) }
    #expect(throws: RecordError.self) { try WhatIf(slips: [WhatIf.Slip(taskID: "step2ck.exam", days: 0)]).check(against: base, profile: p) }
    #expect(WhatIf.Slip(argument: "step2ck=+1x") == nil)
  }
}
