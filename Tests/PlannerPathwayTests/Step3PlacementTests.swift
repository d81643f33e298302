import Foundation
import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 9 §2: Step 3 preparation sits right before the Step 3 exam (H-1B track), not months
/// earlier: its application waits for the ECFMG certificate and the eligibility period opens
/// with the permit, so the study block is placed to end when the permit arrives.
struct Step3PlacementTests {
  let today = Day(iso: "2026-12-01")!

  func plan(_ yaml: String, match: Int?) throws -> PlanResult {
    let p = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: match, today: today)
  }

  /// The checks for one plan: preparation ends the day before the exam and no earlier than the
  /// permit, the application follows the certificate, and the exam is in the period.
  func checkPlacement(_ r: PlanResult, _ context: String) throws {
    let prep = try #require(r.schedule.task("step3.prep"), "\(context)")
    let exam = try #require(r.schedule.task("step3.exam"), "\(context)")
    let register = try #require(r.schedule.task("step3.register"), "\(context)")
    let window = try #require(r.schedule.task("step3.window"), "\(context)")
    let certificate = try #require(r.schedule.task("ecfmg.certificate"), "\(context)")
    // The only gap allowed is USMLE's January testing break.
    #expect(exam.start == r.rules.exam.firstTestingDay(onOrAfter: prep.earlyFinish), "\(context): prep ends \(prep.lastDay), exam \(exam.start)")
    #expect(prep.earlyFinish >= register.earlyFinish, "\(context): prep ends before the permit")
    #expect(register.start >= certificate.earlyFinish, "\(context): applied before the certificate")
    #expect(window.start <= exam.start && exam.start <= window.lastDay, "\(context)")
  }

  @Test func theBundledH1BExample() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples/h1b-track.yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
    let r = try plan(text, match: nil)
    try checkPlacement(r, "h1b-track")
    let prep = try #require(r.schedule.task("step3.prep"))
    let certificate = try #require(r.schedule.task("ecfmg.certificate"))
    // Studied in the weeks before the exam, not a year ahead of the certificate.
    #expect(prep.start > certificate.start - prep.task.duration - 30)
    #expect(prep.start > r.schedule.task("oet.prep")!.earlyFinish)
  }

  /// Over study lengths and certificate dates (through credential verification time).
  @Test(arguments: [2, 6, 10, 16, 24])
  func inGeneral(weeks: Int) throws {
    for credentials in [30, 120, 240] {
      let r = try plan("visa: h1b\nlead_times:\n  credentials: \(credentials)\nexams:\n  step3:\n    study_weeks: \(weeks)\n", match: nil)
      try checkPlacement(r, "\(weeks) weeks, credentials \(credentials)")
    }
  }
}
