import Foundation
import PlannerTestSupport
import Testing

/// `planner next`: what to do now, in date order, each line ending with the command that records it.
struct NextCommandTests {
  static func temporaryFolder() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planner-next-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// The item lines of `next`'s text at a width so wide that nothing wraps: "  DATE  KIND  text  → command".
  static func itemLines(_ arguments: [String]) throws -> [String] {
    let r = try CLIRunner.run(arguments + ["--width", "1000"])
    #expect(r.status == 0, "\(r.stderr)")
    return r.stdout.split(separator: "\n").dropFirst(3).map(String.init)
  }

  @Test func freshGraduateStartsNow() throws {
    let r = try CLIRunner.run(["next", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-11-25"])
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty)
    assertGolden(r.stdout, named: "next-fresh-graduate.txt")
    let items = try Self.itemLines(["next", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-11-25"])
    #expect(items.allSatisfy { $0.contains("  → ") })
    // A 16-week study block that starts today is recorded when it ends, on its planned last day.
    #expect(items.contains("  2026-11-25  do        Study for Step 1: you should be ready to sit it by 2027-03-16; you can start as late as 2027-02-10 (77 days to spare); unblocks Step 1 exam, Apply for Step 1 and get the scheduling permit  → when done: planner record step1.prep done --date 2027-03-16 --profile Examples/fresh-graduate.yaml"))
    #expect(!r.stdout.contains("--date today"))
  }

  @Test func overdueWorkComesFirst() throws {
    // The booked Step 2 CK (2027-03-18) has passed with no result; the rotation's window opened 2027-05-01.
    let args = ["next", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2027-05-20", "--days", "45"]
    let r = try CLIRunner.run(args)
    #expect(r.status == 0)
    assertGolden(r.stdout, named: "next-overdue.txt")
    let lines = try Self.itemLines(args)
    #expect(lines[0].contains("overdue   Record your Step 2 CK result") && lines[0].hasSuffix("→ when the result is out: planner record step2ck pass|fail --date 2027-03-18 --profile Examples/step1-passed-ck-booked.yaml"))
    // Overdue work, replanned to start today, is recorded on its new planned last day.
    #expect(lines[1].hasSuffix("it should be done by 2027-06-16; you can start as late as 2027-08-04 (76 days to spare)  → when done: planner record usce.rotation done --date 2027-06-16 --profile Examples/step1-passed-ck-booked.yaml"))
    #expect(lines.contains { $0.contains("Ask three letter writers now: letters should be uploaded by 2027-08-07") && $0.contains("--date 2027-08-07") })
    // Date order throughout.
    let dates = lines.map { String($0.dropFirst(2).prefix(10)) }
    #expect(dates == dates.sorted())
  }

  @Test func bookingsAndDeadlinesAsJSON() throws {
    let r = try CLIRunner.run(["next", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2027-02-20", "--days", "60", "--format", "json"])
    #expect(r.status == 0)
    assertGolden(r.stdout, named: "next-booked.json")
    let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    let items = object?["items"] as? [[String: Any]] ?? []
    let booking = items.first { $0["kind"] as? String == "booking" && $0["taskId"] as? String == "step2ck.exam" }
    #expect(booking?["command"] as? String == "planner record step2ck pass|fail --date 2027-03-18 --profile Examples/step1-passed-ck-booked.yaml")
    #expect(booking?["commandWhen"] as? String == "when-result-out")
    #expect(items.allSatisfy { ($0["command"] as? String)?.hasPrefix("planner ") == true })
    #expect(items.allSatisfy { ["now", "when-done", "when-result-out", "once-booked"].contains($0["commandWhen"] as? String ?? "") })
  }

  @Test func matchDayHasNoCommand() throws {
    let r = try CLIRunner.run(["next", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-12-01", "--days", "730", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    let items = object?["items"] as? [[String: Any]] ?? []
    let match = items.first { $0["taskId"] as? String == "match.day" }
    #expect(match != nil)
    #expect(match?["command"] is NSNull && match?["commandWhen"] is NSNull)
  }

  @Test func legacyAndH1BProfiles() throws {
    let legacy = try CLIRunner.run(["next", "--profile", "Examples/legacy-cs.yaml", "--today", "2027-06-15"])
    #expect(legacy.status == 0)
    assertGolden(legacy.stdout, named: "next-legacy-cs.txt")
    let h1b = try CLIRunner.run(["next", "--profile", "Examples/h1b-track.yaml", "--today", "2026-11-25", "--days", "14"])
    #expect(h1b.status == 0)
    assertGolden(h1b.stdout, named: "next-h1b-track.txt")
  }

  @Test func aStartInTheSavedPlanThatPassedIsOverdue() throws {
    let dir = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let profile = dir.appendingPathComponent("me.yaml").path
    try FileManager.default.copyItem(atPath: CLIRunner.packageRoot.appendingPathComponent("Examples/fresh-graduate.yaml").path, toPath: profile)
    // Recording writes the saved plan of 2026-11-25, which starts the ECFMG application that day.
    let record = try CLIRunner.run(["record", "ecfmg.account", "done", "--date", "2026-11-25", "--today", "2026-11-25", "--profile", profile])
    #expect(record.status == 0, "\(record.stderr)")
    let r = try CLIRunner.run(["next", "--profile", profile, "--today", "2027-01-10", "--width", "1000"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("2026-11-25  overdue   Submit your Application for ECFMG Certification (Form 186): planned to start 2026-11-25 in the saved plan of 2026-11-25, nothing recorded (46 days overdue)"))
    #expect(!r.stdout.contains("Open your MyIntealth account"))
    // `plan` reads the same saved plan and says the same, by the same rule (issue 9 §2).
    let table = try CLIRunner.run(["plan", "--profile", profile, "--today", "2027-01-10", "--format", "table", "--width", "200"])
    #expect(table.stdout.split(separator: "\n").contains { $0.hasPrefix("ecfmg.application") && $0.hasSuffix("should have started 2026-11-25") })
    let json = try CLIRunner.run(["plan", "--profile", profile, "--today", "2027-01-10", "--format", "json"])
    #expect(json.stdout.contains("\"reason\": \"planned to start 2026-11-25 in the saved plan of 2026-11-25, nothing recorded\""))
  }

  /// Issue 25 §4: the verdict leads, then what to do next, then the details.
  @Test func planIsHeadedByTheVerdictThenANextBlock() throws {
    let r = try CLIRunner.run(["plan", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-11-25", "--format", "table", "--width", "1000"])
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines[1] == "Profile: Examples/fresh-graduate.yaml")
    #expect(lines[2].hasPrefix("Verdict: On track for the 2028 Match: "))
    #expect(lines[3].hasPrefix("After Match Day: "))
    #expect(lines[4] == "Next (2026-11-25 → 2026-12-25):")
    #expect(lines[5] == "  2026-11-25  do        Study for Step 1  → when done: planner record step1.prep done --date 2027-03-16 --profile Examples/fresh-graduate.yaml")
    #expect(r.stdout.contains("… and 1 more: `planner next` lists them"))
  }

  /// At 60, 80 and 120 columns the Next block of `plan` and the list of `next` fit, break commands
  /// only between arguments (never `--profile` from its path), and each command, its lines joined
  /// as a shell joins them (` \` + newline), is the one the JSON gives.
  @Test(arguments: [60, 80, 120]) func commandsWrapBetweenArguments(width: Int) throws {
    let json = try CLIRunner.run(["next", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-12-01", "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let commands = Set(((object?["items"] as? [[String: Any]]) ?? []).compactMap { $0["command"] as? String })
    #expect(commands.count >= 4)
    for args in [["next"], ["plan", "--format", "table"]] {
      let r = try CLIRunner.run(args + ["--profile", "Examples/fresh-graduate.yaml", "--today", "2026-12-01", "--width", "\(width)"])
      #expect(r.status == 0, "\(r.stderr)")
      let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let head = args[0] == "next" ? lines : Array(lines.prefix { !$0.hasPrefix("Applications that opened") })
      #expect(head.allSatisfy { $0.count <= width }, "\(head.filter { $0.count > width })")
      #expect(!head.contains { $0.hasSuffix("--profile") || $0.hasSuffix("--date") || $0.hasSuffix("--profile \\") || $0.hasSuffix("--date \\") })
      // Join continued lines as the shell does, then find the commands.
      let joined = head.joined(separator: "\n").replacingOccurrences(of: " \\\n        ", with: " ")
      let found = Set(joined.split(separator: "\n").compactMap { line -> String? in
        guard let range = line.range(of: "planner record ") ?? line.range(of: "planner book ") else { return nil }
        return String(line[range.lowerBound...])
      })
      #expect(found.isSubset(of: commands), "\(found.subtracting(commands))")
      #expect(args[0] == "plan" || found == commands)
    }
  }

  /// A profile path with a space is quoted for the shell, and the quoted word is never broken.
  @Test func aProfilePathWithASpaceIsQuoted() throws {
    let dir = try Self.temporaryFolder().appendingPathComponent("my plans")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
    let profile = dir.appendingPathComponent("me.yaml").path
    try FileManager.default.copyItem(atPath: CLIRunner.packageRoot.appendingPathComponent("Examples/fresh-graduate.yaml").path, toPath: profile)
    let r = try CLIRunner.run(["next", "--profile", profile, "--today", "2026-12-01", "--width", "60"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("        --profile '\(profile)'\n"))
  }

  @Test func daysOutOfRangeIsAUsageError() throws {
    let r = try CLIRunner.run(["next", "--days", "0", "--today", "2026-11-25"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("--days must be between 1 and 730"))
  }
}

/// `--profile`, else PLANNER_PROFILE, else planner.yaml in the current folder; the header says which.
struct ProfileFallbackTests {
  @Test func initWithoutArgumentWritesPlannerYamlWhichIsThenFound() throws {
    let dir = try NextCommandTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let initRun = try CLIRunner.run(["init"], in: dir)
    #expect(initRun.status == 0)
    #expect(initRun.stderr.contains("Wrote planner.yaml. Edit it, then run: planner plan\n"))
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("planner.yaml").path))
    let plan = try CLIRunner.run(["plan", "--today", "2026-11-25", "--format", "table"], in: dir)
    #expect(plan.status == 0)
    #expect(plan.stdout.split(separator: "\n")[1] == "Profile: planner.yaml (found in this folder)")
    // Found by itself, so the commands printed need no --profile.
    #expect(plan.stdout.contains("when done: planner record step1.prep done --date 2027-03-16\n") && !plan.stdout.contains("--profile planner.yaml"))
    let printed = try CLIRunner.run(["init", "-"], in: dir)
    #expect(printed.stdout.contains("study_weeks"))
  }

  @Test func environmentBeatsTheFolderAndTheOptionBeatsBoth() throws {
    let dir = try NextCommandTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let root = CLIRunner.packageRoot.appendingPathComponent("Examples")
    try FileManager.default.copyItem(at: root.appendingPathComponent("h1b-track.yaml"), to: dir.appendingPathComponent("planner.yaml"))
    let env = ["PLANNER_PROFILE": root.appendingPathComponent("legacy-cs.yaml").path]
    let fromEnv = try CLIRunner.run(["next", "--today", "2026-11-25"], environment: env, in: dir)
    #expect(fromEnv.stdout.contains("for Dr. Wei Zhang"))
    #expect(fromEnv.stdout.contains("Profile: \(env["PLANNER_PROFILE"]!) (from PLANNER_PROFILE)"))
    let fromFolder = try CLIRunner.run(["check", "--today", "2026-11-25"], in: dir)
    #expect(fromFolder.stdout.contains("Profile: planner.yaml (found in this folder)"))
    #expect(fromFolder.stdout.contains("Dr. Lucía Fernández"))
    let fromOption = try CLIRunner.run(["next", "--profile", root.appendingPathComponent("fresh-graduate.yaml").path, "--today", "2026-11-25"], environment: env, in: dir)
    #expect(fromOption.stdout.contains("for Dr. Amara Okafor"))
  }

  @Test func noProfileSaysTheDefaultApplicantIsPlanned() throws {
    let dir = try NextCommandTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try CLIRunner.run(["next", "--today", "2026-11-25"], in: dir)
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines[0].hasPrefix("Next 30 days for planner's example applicant (a fresh graduate)"))
    #expect(r.stdout.contains("No profile found in this folder or above it, so this is planner's example applicant, not you."))
  }
}
