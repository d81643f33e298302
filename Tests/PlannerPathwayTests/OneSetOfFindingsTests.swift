import Foundation
import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// `planner check` and `planner plan` say the same things in the same words, and agree on whether
/// a Match year is open.
struct OneSetOfFindingsTests {
  let today = Day(iso: "2026-12-01")!

  static let examples = ["fresh-graduate", "step1-passed-ck-booked", "h1b-track", "legacy-cs"]

  static func example(_ name: String) throws -> Profile {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Examples/\(name).yaml")
    return try ProfileParser.parse(String(contentsOf: url, encoding: .utf8), file: name, rules: bundledRules)
  }

  @Test(arguments: examples)
  func everyCheckFindingIsInThePlanHeaderAndJSON(_ name: String) throws {
    let profile = try Self.example(name)
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: nil, today: today)
    let checked = EligibilityCheck.run(profile: profile, plan: plan, today: today)
    #expect(!checked.isEmpty)
    #expect(checked == plan.findings)
    let header = PlanReport.header(plan, profileName: profile.name)
    let json = PlanReport.json(plan, profile: profile).rendered()
    for f in checked {
      // The header wraps nothing itself; the words are the check's.
      #expect(header.contains(f.message), "\(name): \(f.code) missing from the header")
      #expect(json.contains("\"code\": \"\(f.code)\""), "\(name): \(f.code) missing from JSON")
    }
  }

  @Test func aBlockerFromCheckMakesThePlanYearNotFeasible() throws {
    let profile = try ProfileParser.parse("school: Example U\nschool_ecfmg_note: false\n", file: "t.yaml", rules: bundledRules)
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: today)
    let checked = EligibilityCheck.run(profile: profile, plan: plan, today: today)
    #expect(checked.contains { $0.code == .schoolNoSponsorNote && $0.severity == .blocker })
    #expect(!plan.feasible)
    #expect(PlanReport.header(plan, profileName: "X").contains("✗ Example U has no ECFMG sponsor note covering your graduation year"))
  }

  @Test func aNonERASSpecialtySaysTheERASDatesDoNotApply() throws {
    let profile = try ProfileParser.parse("specialty: Urology\n", file: "t.yaml", rules: bundledRules)
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: nil, today: today)
    let header = PlanReport.header(plan, profileName: "X")
    #expect(header.contains("warning: Urology does not use ERAS: applications go through the AUA Urology Match"))
    #expect(header.contains("the ERAS dates in this plan do not apply to it"))
    // Emergency medicine is planned through ResidencyCAS (issue 21, point 2): a note, not a stand-in.
    let em = try ProfileParser.parse("specialty: Emergency Medicine\n", file: "t.yaml", rules: bundledRules)
    let emHeader = PlanReport.header(try PathwayPlanner.plan(profile: em, rules: bundledRules, matchYear: nil, today: today), profileName: "X")
    #expect(emHeader.contains("Emergency Medicine applies through ResidencyCAS, not ERAS"))
  }
}
