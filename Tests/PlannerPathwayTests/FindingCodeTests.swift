import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 9 §6: finding codes are an enum. Their strings are what scripts match in JSON, so they are
/// pinned here; the words of each finding are one line, built once, in `check` and `plan` alike.
struct FindingCodeTests {
  static let pinned = [
    "attempts.exhausted", "attempts.step1", "attempts.step2ck", "attempts.step3",
    "attempts.last.step1", "attempts.last.step2ck", "attempts.last.step3",
    "cs.required", "exam.booked-past", "exam.booked-away", "exam.too-soon",
    "exam.waits-for-permit.step1", "exam.waits-for-permit.step2ck", "exam.waits-for-permit.step3",
    "graduation.late", "graduation.years", "h1b.fee", "h1b.may-need-j1", "j1.212e", "oet.below-minimum", "oet.too-old",
    "pathway.choice", "pathway.season", "pathway.expiry", "pathway.ineligible", "pathway.unavailable", "pathway.valid",
    "school.ecfmg-note", "school.no-ecfmg-note", "school.unconfirmed", "specialty.not-eras", "specialty.unknown",
    "step2ck.standard-unknown", "step3.in-us", "step3.outside-period", "study.order", "time-limit", "time-limit.lapsed",
  ]

  @Test func everyCodeHasOneStableString() {
    let strings = FindingCode.all.map(\.string)
    #expect(strings == Self.pinned)
    #expect(Set(strings).count == strings.count)
    for code in FindingCode.all {
      #expect(FindingCode(string: code.string) == code, "\(code)")
      #expect("\(code)" == code.string)
    }
    #expect(FindingCode(string: "attempts.step4") == nil)
  }

  /// Every finding the bundled examples produce has a code in the list, and its line (severity,
  /// words, action, source) is the same in `check`'s text and `plan`'s header.
  @Test(arguments: OneSetOfFindingsTests.examples)
  func checkAndPlanPrintTheSameLine(_ name: String) throws {
    let today = Day(iso: "2026-12-01")!
    let profile = try OneSetOfFindingsTests.example(name)
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: nil, today: today)
    let findings = EligibilityCheck.run(profile: profile, plan: plan, today: today)
    let check = EligibilityCheck.text(plan, profileName: profile.name).split(separator: "\n").map(String.init)
    let header = PlanReport.header(plan, profileName: profile.name).split(separator: "\n").map(String.init)
    let json = PlanReport.json(plan, profile: profile).rendered()
    for f in findings {
      #expect(FindingCode.all.contains(f.code), "\(name): \(f.code)")
      #expect(check.contains(f.line), "\(name): \(f.code) not in check")
      if f.severity != .blocker { #expect(header.contains(f.line), "\(name): \(f.code) not in the plan header") }
      #expect(json.contains("\"code\": \"\(f.code.string)\""), "\(name): \(f.code)")
    }
  }
}
