import Foundation
import Testing

/// Bad input: one clear line per problem, exit 2, never a crash or a stack trace.
struct BadInputTests {
  func write(_ yaml: String) throws -> (URL, String) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planner-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("me.yaml")
    try Data(yaml.utf8).write(to: file)
    return (dir, file.path)
  }

  func expectOneLine(_ r: CLIRunner.Output, _ expected: String, code: Int32 = 2, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(r.status == code, sourceLocation: sourceLocation)
    #expect(r.stdout.isEmpty, sourceLocation: sourceLocation)
    #expect(r.stderr == expected + "\n", sourceLocation: sourceLocation)
    #expect(!r.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
  }

  @Test func misspelledKey() throws {
    let (_, path) = try write("name: X\nvsia: j1\n")
    let r = try CLIRunner.run(["plan", "--profile", path, "--today", "2026-11-25"])
    expectOneLine(r, "\(path):2:1: error: unknown key 'vsia' in the profile; did you mean 'visa'?")
  }

  @Test func impossibleDate() throws {
    let (_, path) = try write("graduation: 2027-02-30\n")
    let r = try CLIRunner.run(["plan", "--profile", path, "--today", "2026-11-25"])
    expectOneLine(r, "\(path):1:13: error: graduation: '2027-02-30' is not a valid date (expected YYYY-MM-DD)")
  }

  @Test func negativeReadiness() throws {
    let (_, path) = try write("exams:\n  step2ck:\n    study_weeks: -4\n")
    let r = try CLIRunner.run(["plan", "--profile", path, "--today", "2026-11-25"])
    expectOneLine(r, "\(path):3:18: error: exams.step2ck.study_weeks must be a whole number of weeks from 0 to 104, got '-4'")
  }

  @Test func graduationAfterResidencyStart() throws {
    let (_, path) = try write("graduation: 2028-09-01\n")
    let r = try CLIRunner.run(["plan", "--profile", path, "--match", "2028", "--today", "2026-11-25"])
    expectOneLine(r, "\(path):1:1: error: graduation '2028-09-01' is on or after the 2028 residency start (2028-07-01); ECFMG certification needs the diploma first")
  }

  @Test func unknownTimeZone() throws {
    let (_, path) = try write("name: X\ntimezone: Asia/Kolkatta\n")
    let r = try CLIRunner.run(["plan", "--profile", path, "--today", "2026-11-25"])
    expectOneLine(r, "\(path):2:11: error: timezone: 'Asia/Kolkatta' is not an IANA time zone (e.g. Asia/Kolkata, America/Bogota, UTC)")
  }

  @Test(arguments: ["1999", "3000"])
  func matchYearOutOfRange(_ year: String) throws {
    let r = try CLIRunner.run(["plan", "--match", year, "--today", "2026-11-25"])
    expectOneLine(r, "planner: --match \(year): outside the Match years planner knows (2020–2040)", code: 64)
  }

  @Test func badToday() throws {
    // The argument parser reads dates: a bad one is a usage error (64) naming the option.
    let r = try CLIRunner.run(["plan", "--today", "2027-02-30"])
    #expect(r.status == 64)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr == "planner: --today '2027-02-30' is not a date: expected YYYY-MM-DD, today, tomorrow, yesterday, or an offset such as +3w or -2d\n")
  }

  @Test func missingProfile() throws {
    let r = try CLIRunner.run(["plan", "--profile", "nope/none.yaml", "--today", "2026-11-25"])
    expectOneLine(r, "planner: nope/none.yaml: no such file")
  }

  @Test func initWritesATemplateAndRefusesToOverwrite() throws {
    let (dir, _) = try write("")
    let target = dir.appendingPathComponent("new.yaml").path
    let first = try CLIRunner.run(["init", target])
    #expect(first.status == 0)
    let written = try String(contentsOfFile: target, encoding: .utf8)
    #expect(written.contains("study_weeks"))
    let plan = try CLIRunner.run(["plan", "--profile", target, "--today", "2026-11-25", "--format", "json"])
    #expect(plan.status == 0)
    let second = try CLIRunner.run(["init", target])
    expectOneLine(second, "planner: \(target): already exists; use --force to overwrite it")
  }
}

extension BadInputTests {
  @Test func ownTasksInACycleArePointedAt() throws {
    let (_, path) = try write("tasks:\n  - {id: a, days: 3, after: [b]}\n  - {id: b, days: 3, after: [a]}\n")
    let r = try CLIRunner.run(["plan", "--profile", path, "--today", "2026-11-25"])
    expectOneLine(r, "\(path):2:1: error: tasks: dependency cycle: a → b → a")
  }

  @Test func anAttemptAfterAPassIsRefused() throws {
    let (_, path) = try write("exams:\n  step1:\n    attempts:\n      - {date: 2026-01-01, result: pass}\n      - {date: 2026-02-01, result: fail}\n")
    let r = try CLIRunner.run(["plan", "--profile", path, "--today", "2026-11-25"])
    expectOneLine(r, "\(path):1:1: error: exams.step1: an attempt after the pass of 2026-01-01 (on 2026-02-01); a passed Step cannot be retaken, except to meet the 7-year time limit once that pass is older than 7 years")
  }

  @Test func topLevelListIsRefused() throws {
    let (_, path) = try write("- a\n- b\n")
    let r = try CLIRunner.run(["plan", "--profile", path, "--today", "2026-11-25"])
    expectOneLine(r, "\(path):1:1: error: the profile must be a mapping of keys to values, got a list")
  }
}
