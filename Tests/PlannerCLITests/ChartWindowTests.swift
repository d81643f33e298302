import Foundation
import Testing

/// Issue 9 §5: the chart's window runs from shortly before today to residency start by default;
/// earlier done work is one line; `--from` / `--until` set the window.
struct ChartWindowTests {
  static let args = ["plan", "--profile", "Examples/legacy-cs.yaml", "--today", "2026-12-01", "--width", "100"]

  @Test func defaultWindowSummarisesEarlierDoneWork() throws {
    let r = try CLIRunner.run(Self.args)
    #expect(r.status == 0)
    #expect(r.stdout.contains("Done before 2026-11-01: 9 tasks (MyIntealth account and USMLE/ECFMG ID;"))
    #expect(!r.stdout.contains("Jul'18"))
    #expect(!r.stdout.contains("    Step 1 passed (attempt 1)"))
  }

  @Test func fromAndUntilSetTheWindow() throws {
    let r = try CLIRunner.run(Self.args + ["--from", "2018-01-01", "--until", "2028-07-31"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("    Step 1 passed (attempt 1)"))
    #expect(!r.stdout.contains("Done before"))
    let bad = try CLIRunner.run(Self.args + ["--from", "2028-01-01", "--until", "2027-01-01"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--until 2027-01-01 is before --from 2028-01-01"))
  }

  /// A task done on no known day is neither drawn at a made-up date nor exported as an event.
  @Test func undatedDoneWorkIsNotDrawnOrExported() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planner-undated-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let profile = dir.appendingPathComponent("me.yaml")
    try "name: U\nexams:\n  step1:\n    attempts:\n      - {date: 2026-03-10, result: fail}\n      - {date: 2026-07-10, result: pass}\n".write(to: profile, atomically: true, encoding: .utf8)
    let ics = dir.appendingPathComponent("plan.ics")
    let r = try CLIRunner.run(["plan", "--profile", profile.path, "--today", "2026-12-01", "--width", "100", "--ics", ics.path], environment: ["SOURCE_DATE_EPOCH": "1795597200"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("done, date not given: MyIntealth account and USMLE/ECFMG ID"))
    let calendar = try String(contentsOf: ics, encoding: .utf8)
    #expect(!calendar.contains("SUMMARY:MyIntealth account"))
    #expect(calendar.contains("SUMMARY:Exam: Step 1 attempt 1: fail"))
  }
}
