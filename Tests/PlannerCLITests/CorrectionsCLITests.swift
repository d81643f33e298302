import Foundation
import PlannerTestSupport
import Testing

/// The issue 8 corrections as the user sees them on the command line.
struct CorrectionsCLITests {
  func write(_ yaml: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planner-fix-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("me.yaml")
    try Data(yaml.utf8).write(to: file)
    return file.path
  }

  /// A lapsed pass is said once, in the plan's words, by `plan` and `check` alike: the plan
  /// schedules the retake (ECFMG's verification waits for it), so the pass blocks certification
  /// until then, not the Match year (FACTS §9 seven-year rule; issue 20, contradiction 3).
  @Test func checkReportsALapsedPassWithItsDatesAsThePlanDoes() throws {
    let path = try write("exams:\n  step1:\n    attempts: [{date: 2020-05-04, result: pass}]\n  step2ck:\n    booked: 2027-05-05\n")
    let r = try CLIRunner.run(["check", "--profile", path, "--match", "2028", "--today", "2026-11-25", "--width", "1000"])
    let line = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("warning: Your Step 1 pass of 2020-05-04 no longer counts") })
    #expect(line.contains("ended on 2027-05-04") && line.contains("Step 2 CK (booked 2027-05-05)") && line.contains("schedules a new Step 1 attempt"))
    // The plan itself schedules the retake, and says the same line.
    let plan = try CLIRunner.run(["plan", "--profile", path, "--match", "2028", "--today", "2026-11-25", "--format", "table", "--width", "1000"])
    #expect(plan.stdout.contains("retake for the 7-year limit"))
    #expect(plan.stdout.contains(line))
    #expect(plan.status == r.status)
    // One day earlier, nothing lapses: only the limit is stated.
    let onTime = try write("exams:\n  step1:\n    attempts: [{date: 2020-05-04, result: pass}]\n  step2ck:\n    booked: 2027-05-04\n")
    let ok = try CLIRunner.run(["check", "--profile", onTime, "--match", "2028", "--today", "2026-11-25", "--width", "1000"])
    #expect(!ok.stdout.contains("no longer counts"))
    #expect(ok.stdout.contains("warning: ECFMG's 7-year time limit: pass Step 2 CK by 2027-05-04"))
  }

  @Test func anIneligiblePathwayIsOneProfileErrorLine() throws {
    let path = try write("graduation: 2020-06-30\npathway:\n  number: 3\n")
    let r = try CLIRunner.run(["plan", "--profile", path, "--match", "2028", "--today", "2026-11-25"])
    #expect(r.status == 2)
    #expect(r.stdout.isEmpty)
    let lines = r.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("\(path):3:11: error: pathway.number: You are not eligible for Pathway 3 in the 2028 season") == true)
  }

  @Test func aStep2CKPassBelowItsStandardIsOneProfileErrorLine() throws {
    let path = try write("exams:\n  step2ck:\n    attempts:\n      - {date: 2023-03-01, result: pass, score: 212}\n")
    let r = try CLIRunner.run(["plan", "--profile", path, "--today", "2026-11-25"])
    #expect(r.status == 2)
    #expect(r.stderr == "\(path):4:49: error: exams.step2ck: a score of 212 on 2023-03-01 is below the Step 2 CK passing score in force on that test date (214 for tests on or after 2022-07-01; https://emedicoz.com/news-and-article/news/163), so it cannot be a pass; record it as a fail\n")
  }

  @Test func planSaysWhichPathwayAndWarnsOnYearsSinceGraduation() throws {
    let path = try write("graduation: 2021-06-30\nlicense: {issued: 2022-01-15}\n")
    let r = try CLIRunner.run(["plan", "--profile", path, "--match", "2028", "--today", "2026-11-25", "--width", "200"])
    #expect(r.stdout.contains("Pathway 1 for the 2028 season: your licence to practise (issued 2022-01-15)"))
    #expect(r.stdout.contains("more than 5 years past graduation (2021-06-30)"))
    #expect(r.stdout.contains("Licence documents (Pathway 1) received by ECFMG"))
  }
}
