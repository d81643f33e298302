import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// The saved plan has one schema, read and written by the same Codable code.
struct SavedPlanTests {
  let today = Day(iso: "2026-11-25")!

  func plan() throws -> PlanResult {
    let profile = try ProfileParser.parse(ReplannerTests.booked, file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: today)
  }

  @Test func roundTripsExactly() throws {
    let tag = JournalTag([JournalEntry(recordedOn: today, .book(.oet, for: Day(iso: "2027-01-10")!))])
    let saved = SavedPlan(try plan(), journal: tag)
    let text = saved.encoded()
    let back = try SavedPlan.decode(text, file: "me.plan.json")
    #expect(back == saved)
    #expect(back.encoded() == text)
    #expect(back.snapshot == PlanSnapshot(try plan()))
    #expect(text.hasPrefix("{\n  \"earliestFeasibleMatchYear\" : 2028,\n  \"feasible\" : true,\n  \"journal\" : {\n    \"digest\" : \""))
    #expect(text.contains("\"schema\" : \"planner-saved-plan/2\""))
  }

  @Test func readsTheSavedPlansOfPlanner01() throws {
    let result = try plan()
    let old = PlanReport.json(result, profile: try ProfileParser.parse(ReplannerTests.booked, file: "t.yaml", rules: bundledRules)).rendered()
    let back = try SavedPlan.decode(old, file: "me.plan.json")
    #expect(back.journal == nil)
    #expect(back.schema == nil)
    #expect(back.snapshot == PlanSnapshot(result))
  }

  @Test func aDamagedFileOrAnotherSchemaIsOneLine() {
    #expect(throws: JournalError([.init(file: "me.plan.json", line: 1, message: "is not a saved plan (damaged?); delete it and the next `planner record` or `planner diff --save` writes it again")])) {
      try SavedPlan.decode("{\"matchYear\": 2028", file: "me.plan.json")
    }
    #expect(throws: JournalError.self) {
      try SavedPlan.decode("{\"schema\": \"planner-saved-plan/9\", \"matchYear\": 2028, \"today\": \"2026-11-25\", \"feasible\": true, \"slackDays\": 1, \"tasks\": [], \"targetMisses\": []}", file: "me.plan.json")
    }
  }
}
