import Foundation
import Testing

/// Issue 26, point 1: `planner risk --today 2043-01-01` trapped (a reversed year range past the
/// pack's last cycle). No date may trap: a day after every cycle the pack knows is a clear
/// one-line error (exit 2), and a profile that matched in the last cycle is still planned.
struct PastTheLastCycleTests {
  static let closed = "every Match cycle this rules pack knows has passed"

  @Test(arguments: ["2040-12-01", "2043-01-01", "2099-12-31"])
  func aDayAfterTheLastCycleIsAClearErrorOnEveryCommand(today: String) throws {
    let commands: [[String]] = [
      ["plan"], ["plan", "--risk"], ["plan", "--format", "json"], ["next"], ["check"], ["risk", "--runs", "50"],
      ["report"], ["what-if", "--slip", "step1=+2w"],
    ]
    for command in commands {
      let r = try CLIRunner.run(command + ["--profile", "Examples/fresh-graduate.yaml", "--today", today])
      #expect(r.status == 2, "\(command) --today \(today): exit \(r.status)\n\(r.stderr.suffix(400))")
      #expect(!r.stderr.contains("Fatal error"), "\(command) --today \(today) trapped")
      let errors = r.stderr.split(separator: "\n").filter { !$0.contains("last verified") }
      #expect(errors.count == 1 && errors[0].contains(Self.closed), "\(command) --today \(today): \(errors)")
      #expect(r.stdout.isEmpty, "\(command) --today \(today) printed a plan: \(r.stdout.prefix(200))")
    }
    // The caseload: a row with the error, the others still planned.
    let cohort = try CLIRunner.run(["cohort", "Examples/fresh-graduate.yaml", "--today", today, "--risk-runs", "50"])
    #expect(!cohort.stderr.contains("Fatal error"))
    #expect(cohort.status == 2 && (cohort.stdout + cohort.stderr).contains(Self.closed), "cohort: exit \(cohort.status)\n\(cohort.stdout.prefix(400))\(cohort.stderr.prefix(400))")
  }

  /// Someone who matched in the pack's last cycle still has a plan (residency start, visa)
  /// after it, and risk never traps on it.
  @Test(arguments: ["2040-05-01", "2043-01-01"])
  func aMatchInTheLastCycleIsStillPlanned(today: String) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planner-last-cycle-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let profile = folder.appendingPathComponent("matched.yaml")
    try Data("""
      name: Dr. Matched Late
      graduation: 2035-06-30
      visa: none
      exams:
        step1:
          attempts:
            - {date: 2036-05-10, result: pass}
        step2ck:
          attempts:
            - {date: 2037-03-14, result: pass}
        oet:
          attempts:
            - {date: 2038-09-05, result: pass}
      done:
        ecfmg.certificate: 2039-01-20
        match.day: 2040-03-16

      """.utf8).write(to: profile)
    for command in [["plan"], ["risk", "--runs", "50"], ["plan", "--risk"]] {
      let r = try CLIRunner.run(command + ["--profile", profile.path, "--today", today])
      #expect(!r.stderr.contains("Fatal error"), "\(command) --today \(today) trapped: \(r.stderr.suffix(300))")
      #expect([0, 2, 3].contains(r.status), "\(command) --today \(today): exit \(r.status)")
      #expect(!r.stdout.isEmpty || !r.stderr.isEmpty)
    }
  }
}
