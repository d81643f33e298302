import Foundation
import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 9 §2: booking or rescheduling one exam does not silently reorder the study blocks; when
/// the order changes, the plan and the diff (`record`/`book`/`reschedule`/`diff`) say why.
struct StudyOrderTests {
  let today = Day(iso: "2026-12-01")!
  let base = "exams:\n  step1:\n    study_weeks: 16\n  step2ck:\n    study_weeks: 12\n"

  func plan(_ yaml: String) throws -> PlanResult {
    let p = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today)
  }

  func order(_ r: PlanResult) -> [String] { StudyOrder.blocks(r).map(\.id) }

  /// Booking Step 2 CK for early March leaves no room for Step 1's 16 weeks before it: Step 1
  /// moves after it, and both the plan and the diff say so and why.
  @Test func aBookingThatMovesAStudyBlockIsSaid() throws {
    let before = try plan(base)
    #expect(order(before) == ["step1.prep", "step2ck.prep", "oet.prep"])
    let after = try plan(base + "    booked: 2027-03-01\n")
    #expect(order(after) == ["step2ck.prep", "step1.prep", "oet.prep"])
    let finding = try #require(after.findings.first { $0.code == .studyOrder })
    #expect(finding.message.contains("Step 2 CK preparation → Step 1 preparation → OET Medicine preparation"))
    #expect(finding.message.contains("Step 1 preparation (112 days) does not fit before Step 2 CK preparation (Step 2 CK exam, booked on 2027-03-01)"))
    #expect(PlanReport.header(after, profileName: "X").contains("Your study blocks run in this order"))
    let diff = PlanDiff(before: PlanSnapshot(before), after: after).render(since: "since the plan of \(today)")
    #expect(diff.contains("  ! Study order changed: Step 1 preparation → Step 2 CK preparation → OET Medicine preparation before, now Step 2 CK preparation → Step 1 preparation → OET Medicine preparation: Step 1 preparation (112 days) does not fit before"))
  }

  /// A booking late enough for Step 1 first keeps the road's order: nothing to say.
  @Test func aBookingThatKeepsTheOrderSaysNothing() throws {
    let before = try plan(base)
    let after = try plan(base + "    booked: 2027-06-20\n")
    #expect(order(after) == order(before))
    #expect(!after.findings.contains { $0.code == .studyOrder })
    #expect(!PlanDiff(before: PlanSnapshot(before), after: after).render(since: "x").contains("Study order"))
  }

  /// Over booking dates for either Step: the order differs from the road's exactly when the plan
  /// says so, the finding lists the plan's order, and the diff says so exactly when the order
  /// differs from the unbooked plan's.
  @Test(arguments: ["step1", "step2ck"])
  func neverSilentInGeneral(exam: String) throws {
    let before = try plan(base)
    let road = ["step1.prep", "step2ck.prep", "oet.prep"]
    var reordered = 0
    for offset in stride(from: 60, through: 330, by: 30) {
      let yaml = base.replacingOccurrences(of: "  \(exam):\n", with: "  \(exam):\n    booked: \(today + offset)\n")
      let r = try plan(yaml)
      let now = order(r)
      let said = r.findings.first { $0.code == .studyOrder }
      #expect((now != road) == (said != nil), "\(exam) booked \(today + offset): \(now)")
      if let said { #expect(said.message.contains(StudyOrder.words(now, in: r.schedule))) }
      let diff = PlanDiff(before: PlanSnapshot(before), after: r).render(since: "x")
      #expect(diff.contains("Study order changed") == (now != order(before)), "\(exam) \(today + offset)")
      if now != road { reordered += 1 }
    }
    #expect(reordered > 0)
  }
}
