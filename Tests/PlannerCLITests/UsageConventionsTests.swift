import Foundation
import Testing

/// Issue 12 §3: the command line behaves like its neighbours (git, Taskwarrior): a typo gets a
/// suggestion, every usage error is exit 64, dates are read by the argument parser.
struct UsageConventionsTests {
  static let profile = "Examples/fresh-graduate.yaml"

  @Test func aMistypedCommandSuggestsTheNearOne() throws {
    let r = try CLIRunner.run(["chek"])
    #expect(r.status == 64)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr == "planner: error: unknown command 'chek'; did you mean 'check'?\n")
    let late = try CLIRunner.run(["--profile", Self.profile, "nxt"])
    #expect(late.status == 64)
    #expect(late.stderr.contains("error: unknown command 'nxt'; did you mean 'next'?"))
    let far = try CLIRunner.run(["xyzzy"])
    #expect(far.status == 64)
    #expect(far.stderr.contains("unknown command 'xyzzy' (commands: plan, next, check,"))
  }

  @Test func optionsAloneStillMeanPlan() throws {
    let r = try CLIRunner.run(["--profile", Self.profile, "--today", "2026-11-25", "--format", "table"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Profile: \(Self.profile)"))
    #expect(r.stdout.contains("step1.exam"))
  }

  @Test func everyUsageErrorIsExit64() throws {
    let s = try ReplanScenario(example: "fresh-graduate")
    let missingDate = try s.run(["record", "step1", "pass"], today: "2026-11-25")
    #expect(missingDate.status == 64)
    #expect(missingDate.stderr.contains("--date is required"))
    // A folder with no profile in it (one with a single profile would use it: ProfileDiscoveryTests).
    let empty = try NextCommandTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: empty) }
    let noProfile = try CLIRunner.run(["record", "step1", "pass", "--date", "today"], in: empty)
    #expect(noProfile.status == 64)
    #expect(noProfile.stderr.contains("needs --profile FILE"))
    let noDays = try s.run(["record", "statement_of_need", "takes"], today: "2026-11-25")
    #expect(noDays.status == 64)
    #expect(noDays.stderr.contains("--days N is required"))
    let unknownOption = try CLIRunner.run(["plan", "--frobnicate"])
    #expect(unknownOption.status == 64)
    let badMatch = try CLIRunner.run(["plan", "--profile", Self.profile, "--today", "2026-11-25", "--match", "2041"])
    #expect(badMatch.status == 64)
    #expect(badMatch.stderr.contains("--match 2041"))
    // A name typed on the command line that planner does not know is a usage error too, with
    // the near name; a bad input file is still 2.
    let unknownExam = try s.run(["book", "stp1", "--date", "+3w"], today: "2026-11-25")
    #expect(unknownExam.status == 64)
    #expect(unknownExam.stderr == "planner: unknown exam 'stp1'; did you mean 'step1'? (step1, step2ck, step3, oet)\n")
    let unknownTask = try s.run(["why", "eras.submt"], today: "2026-11-25")
    #expect(unknownTask.status == 64)
    #expect(unknownTask.stderr == "planner: unknown task 'eras.submt'; did you mean 'eras.submit'? (`planner plan --format table` lists the task ids)\n")
    let unknownRecord = try s.run(["record", "eras.submt", "done", "--date", "today"], today: "2026-11-25")
    #expect(unknownRecord.status == 64)
    #expect(unknownRecord.stderr.hasPrefix("planner: unknown task 'eras.submt'; did you mean 'eras.submit'?"))
    let unknownFail = try s.run(["what-if", "--fail", "step3x"], today: "2026-11-25")
    #expect(unknownFail.status == 64)
    #expect(unknownFail.stderr.contains("did you mean 'step3'?"))
    let missingFile = try CLIRunner.run(["plan", "--profile", "no-such.yaml", "--today", "2026-11-25"])
    #expect(missingFile.status == 2)
  }

  @Test func aBadDateIsAUsageErrorNamingItsOption() throws {
    for (arguments, option) in [
      (["plan", "--today", "2026-13-01"], "--today"), (["next", "--today", "someday"], "--today"),
      (["record", "step1", "pass", "--date", "last tuesday"], "--date"), (["plan", "--from", "+3x"], "--from"),
    ] {
      let r = try CLIRunner.run(arguments + ["--profile", Self.profile])
      #expect(r.status == 64, "\(arguments)")
      // One line in planner's words, naming the option and the value (not the parser's three).
      #expect(r.stderr.hasPrefix("planner: \(option) '\(arguments[arguments.count - 1])' is not a date: expected YYYY-MM-DD"), "\(arguments): \(r.stderr)")
      #expect(r.stderr.split(separator: "\n").count == 1 && !r.stderr.contains("Usage:"))
    }
    // The message quotes what was typed, escaped like every other message.
    let hostile = try CLIRunner.run(["plan", "--today", "\u{1B}]0;pwned\u{07}"])
    #expect(hostile.status == 64)
    #expect(hostile.stderr.hasPrefix("planner: --today '\\u{1B}]0;pwned\\u{7}' is not a date"))
  }

  @Test func relativeDatesAreRead() throws {
    let s = try ReplanScenario(example: "fresh-graduate")
    let r = try s.run(["record", "eras.photo", "done", "--date", "yesterday"], today: "2026-11-25")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try String(contentsOf: s.url("me.journal"), encoding: .utf8).contains("2026-11-24"))
    let week = try s.run(["book", "step1", "--date", "+16w"], today: "2026-11-25")
    #expect(week.status == 0, "\(week.stderr)")
    #expect(try String(contentsOf: s.url("me.journal"), encoding: .utf8).contains("2027-03-17"))
    // A relative date that lands outside the plannable dates is a usage error too.
    let far = try s.run(["book", "step1", "--date", "+120m"], today: "2095-11-25")
    #expect(far.status == 64)
    #expect(far.stderr.contains("--date: '2105-11-25' is outside the dates planner can plan"))
  }

  @Test func versionNamesTheRulesPackAndItsVerification() throws {
    let r = try CLIRunner.run(["--version"])
    #expect(r.status == 0)
    let rules = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Rules/rules.yaml"), encoding: .utf8)
    let verified = rules.split(separator: "\n").first { $0.hasPrefix("last_verified:") }.map { $0.dropFirst("last_verified:".count).trimmingCharacters(in: .whitespaces) }
    let version = rules.split(separator: "\n").first { $0.hasPrefix("pack_version:") }.map { $0.dropFirst("pack_version:".count).trimmingCharacters(in: CharacterSet(charactersIn: " \"")) }
    #expect(verified != nil && version != nil)
    #expect(r.stdout.contains("rules pack \(version ?? "?"), last verified \(verified ?? "?")"))
  }

  @Test func helpDocumentsTheExitCodes() throws {
    let r = try CLIRunner.run(["--help"])
    for code in ["0 the plan is feasible", "3 the requested Match year", "2 bad input", "4 a record", "75 the journal", "64 command-line usage"] {
      #expect(r.stdout.contains(code), "\(code)")
    }
  }
}

/// Issue 12 §3: the profile accepts what people type, suggests the key they meant, and reports
/// every problem in one round.
struct ProfileSpellingCLITests {
  func write(_ text: String) throws -> String {
    let s = try ReplanScenario(example: "fresh-graduate")
    try Data(text.utf8).write(to: s.url("me.yaml"))
    return s.url("me.yaml").path
  }

  @Test(arguments: [("J-1", "visa.j1.son"), ("J1", "visa.j1.son"), ("j 1", "visa.j1.son"), ("h-1b", "visa.h1b.petition"), ("H1B", "visa.h1b.petition"), ("H-1B", "visa.h1b.petition")])
  func visaSpellings(spelling: String, task: String) throws {
    let path = try write("name: T\nvisa: \(spelling)\n")
    let r = try CLIRunner.run(["plan", "--profile", path, "--today", "2026-11-25", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\"id\" : \"\(task)\"") || r.stdout.contains("\"id\":\"\(task)\"") || r.stdout.contains("\"\(task)\""))
  }

  @Test func step2SuggestsStep2CK() throws {
    let path = try write("name: T\nexams:\n  step2:\n    booked: 2027-05-01\n")
    let r = try CLIRunner.run(["check", "--profile", path, "--today", "2026-11-25"])
    #expect(r.status == 2)
    #expect(r.stderr == "\(path):3:3: error: unknown key 'step2' in exams; did you mean 'step2ck'?\n")
    let top = try write("name: T\nstep1:\n  booked: 2027-05-01\n")
    let t = try CLIRunner.run(["check", "--profile", top, "--today", "2026-11-25"])
    #expect(t.stderr.contains("unknown key 'step1' in the profile; did you mean 'exams.step1'?"))
  }

  @Test func everyProfileErrorInOneRound() throws {
    let path = try write("name: T\nvsia: j1\ngraduation: 2027-02-30\ntimezone: Mars/Base\ndone:\n  eras.fotos: 2026-01-01\nexams:\n  step2:\n    booked: 2027-05-01\n")
    let r = try CLIRunner.run(["plan", "--profile", path, "--today", "2026-11-25"])
    #expect(r.status == 2)
    #expect(r.stdout.isEmpty)
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines == [
      "\(path):2:1: error: unknown key 'vsia' in the profile; did you mean 'visa'?",
      "\(path):3:13: error: graduation: '2027-02-30' is not a valid date (expected YYYY-MM-DD)",
      "\(path):4:11: error: timezone: 'Mars/Base' is not an IANA time zone (e.g. Asia/Kolkata, America/Bogota, UTC)",
      "\(path):6:1: error: done: unknown task 'eras.fotos'; did you mean 'eras.photo'?",
      "\(path):8:3: error: unknown key 'step2' in exams; did you mean 'step2ck'?",
    ])
  }
}

/// Issue 12: docs/commands/next.md shows `planner next` with its real output.
struct ReadmeNextTests {
  @Test func docsShowTheRealNextOutput() throws {
    let page = DocPage.text("docs/commands/next.md")
    let r = try CLIRunner.run(["next", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2027-05-20", "--days", "45", "--width", "80"])
    #expect(r.status == 0)
    #expect(page.contains("(`planner next --profile Examples/step1-passed-ck-booked.yaml --today 2027-05-20 --days 45 --width 80`):\n\n```\n" + r.stdout + "```"), "docs/commands/next.md's planner next sample is stale: paste that command's output")
  }
}
