import Foundation
import PlannerTestSupport
import Testing

struct CheckCommandTests {
  @Test func bookedExample() throws {
    let r = try CLIRunner.run(["check", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2026-11-25"])
    #expect(r.status == 0)
    assertGolden(r.stdout, named: "check-step1-passed-ck-booked.txt")
  }

  @Test func blockersExitThree() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planner-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("me.yaml")
    let yaml = """
      name: Dr. Blocked
      school_ecfmg_note: false
      specialty: Emergency Medicine
      exams:
        step1:
          attempts:
            - {date: 2023-01-10, result: fail}
            - {date: 2023-06-01, result: fail}
            - {date: 2023-11-01, result: fail}
            - {date: 2024-12-01, result: fail}
        oet:
          attempts:
            - {date: 2023-05-01, result: pass}
      """
    try Data(yaml.utf8).write(to: file)
    // A relative path, so the header's "Profile:" line is the same on every run.
    let r = try CLIRunner.run(["check", "--profile", file.lastPathComponent, "--match", "2028", "--today", "2026-11-25"], in: file.deletingLastPathComponent())
    #expect(r.status == 3)
    assertGolden(r.stdout, named: "check-blocked.txt")
  }

  /// No eligibility rule blocks 2027 for the caseload's late applicant, but the dates miss it:
  /// check says so instead of "Nothing blocks", and exits 3 as `plan` does (the eligibility part
  /// of one verdict never says the year is open when the plan does not make it).
  @Test func aYearLateOnItsDatesIsNotCalledOpen() throws {
    let r = try CLIRunner.run(["check", "--profile", "Examples/cohort/eze.yaml", "--match", "2027", "--today", "2026-12-01", "--width", "1000"])
    #expect(r.status == 3)
    let plan = try CLIRunner.run(["plan", "--profile", "Examples/cohort/eze.yaml", "--match", "2027", "--today", "2026-12-01"])
    #expect(plan.status == r.status)
    let last = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
    #expect(last.hasPrefix("No eligibility rule blocks the 2027 Match, but the plan does not make it: "))
    #expect(last.contains("days late"))
    #expect(!r.stdout.contains("Nothing blocks"))
  }
}
