import Foundation
import Testing

/// Issue 10 through the binary: the baseline only moves when something is recorded, files are
/// written through their symlinks and never half, a busy journal is not bad input.
struct RecordsTrustTests {
  /// Runs planner with a file-size limit (in KiB) and SIGXFSZ ignored, so a large write fails
  /// with EFBIG the way a full disk fails it.
  func runLimited(_ s: ReplanScenario, _ arguments: [String], today: String, kib: Int) throws -> CLIRunner.Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(kib); exec \"$0\" \"$@\"", CLIRunner.binary.path] + arguments + ["--profile", "me.yaml", "--today", today]
    process.currentDirectoryURL = s.folder
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIRunner.Output(stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self), status: process.terminationStatus)
  }

  func temporaries(_ s: ReplanScenario) throws -> [String] { try s.files().filter { $0.hasSuffix(".tmp") } }

  @Test func planOnlyReadsAndExperimentsDoNotMoveTheBaseline() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    #expect(try s.run(["record", "eras.photo", "done", "--date", "2026-11-20"], today: "2026-11-25").status == 0)
    let saved = s.bytes("me.plan.json")
    let files = try s.files()
    let stamp = try FileManager.default.attributesOfItem(atPath: s.url("me.plan.json").path)[.modificationDate] as? Date
    for args in [["plan"], ["plan", "--match", "2029"], ["plan", "--format", "json"]] {
      _ = try s.run(args, today: "2027-06-01")
    }
    _ = try s.run(["plan"], today: "2026-12-31")
    #expect(s.bytes("me.plan.json") == saved)
    #expect(try s.files() == files)
    #expect(try FileManager.default.attributesOfItem(atPath: s.url("me.plan.json").path)[.modificationDate] as? Date == stamp)
    let diff = try s.run(["diff"], today: "2026-11-25")
    #expect(diff.stdout.contains("What moved since the plan of 2026-11-25 (me.plan.json):\n  nothing moved\n"))
    // Planning does not even read the saved plan: a damaged one cannot stop it.
    try Data("{\"damaged".utf8).write(to: s.url("me.plan.json"))
    let plan = try s.run(["plan", "--format", "table"], today: "2026-11-25")
    #expect(plan.status == 0)
    #expect(plan.stderr.isEmpty)
  }

  @Test func aFullDiskAfterTheJournalSaysTheRecordIsIn() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    #expect(try s.run(["record", "eras.photo", "done", "--date", "2026-11-20"], today: "2026-11-25").status == 0)
    let saved = s.bytes("me.plan.json")
    // 4 KiB: the journal fits, the saved plan (about 8 KiB) does not.
    let r = try runLimited(s, ["record", "eras.statement", "done", "--date", "2026-11-21"], today: "2026-11-25", kib: 4)
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("Recorded in me.journal as record 2: eras.statement done on 2026-11-21."))
    #expect(r.stderr.hasPrefix("planner: warning: me.plan.json: cannot write (write: File too large); the file is unchanged; the record is in me.journal"))
    #expect(!r.stderr.contains("nothing was changed"))
    #expect(s.text("me.journal").hasSuffix("2026-11-25 done eras.statement on 2026-11-21\n"))
    #expect(s.bytes("me.plan.json") == saved)
    #expect(try temporaries(s).isEmpty)
    // The stale saved plan is noticed and the baseline rebuilt from the journal.
    let diff = try s.run(["diff"], today: "2026-11-25", width: 1000)
    #expect(diff.stdout.hasPrefix("note: me.plan.json was saved before record 2 (an interrupted write?); comparing with the plan rebuilt from me.journal instead\n"))
    #expect(diff.stdout.contains("  nothing moved\n"))
    // A journal that cannot be written records nothing, and says so.
    let journal = s.bytes("me.journal")
    let none = try runLimited(s, ["record", "eras.letters", "done", "--date", "2026-11-22"], today: "2026-11-25", kib: 0)
    #expect(none.status == 2)
    #expect(none.stderr.contains("me.journal: cannot write"))
    #expect(none.stderr.hasSuffix("; nothing was recorded\n"))
    #expect(s.bytes("me.journal") == journal)
    #expect(try temporaries(s).isEmpty)
  }

  @Test func aBusyJournalWaitsThenRefusesWithItsOwnExitCode() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    let fd = open(s.url("me.journal.lock").path, O_RDWR | O_CREAT, 0o644)
    #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
    let started = Date()
    let busy = try s.run(["record", "eras.photo", "done", "--date", "2026-11-20"], today: "2026-11-25")
    let waited = Date().timeIntervalSince(started)
    #expect(busy.status == 75)
    #expect(waited >= 1.9 && waited < 10)
    #expect(!Files.exists(s.url("me.journal").path))
    // Released while the second planner waits: it goes ahead.
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) {
      flock(fd, LOCK_UN)
      close(fd)
    }
    let later = try s.run(["record", "eras.photo", "done", "--date", "2026-11-20"], today: "2026-11-25")
    #expect(later.status == 0)
    #expect(s.text("me.journal").hasSuffix("done eras.photo on 2026-11-20\n"))
  }

  @Test func aSymlinkedJournalAndCalendarKeepPointingAtTheirTargets() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    let synced = s.url("Sync")
    try FileManager.default.createDirectory(at: synced, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: s.url("me.journal").path, withDestinationPath: "Sync/me.journal")
    try FileManager.default.createSymbolicLink(atPath: s.url("plan.ics").path, withDestinationPath: synced.appendingPathComponent("plan.ics").path)
    #expect(try s.run(["record", "eras.photo", "done", "--date", "2026-11-20"], today: "2026-11-25").status == 0)
    #expect(try s.run(["record", "eras.statement", "done", "--date", "2026-11-21"], today: "2026-11-25").status == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: s.url("me.journal").path) == "Sync/me.journal")
    #expect(String(decoding: try Data(contentsOf: synced.appendingPathComponent("me.journal")), as: UTF8.self).hasSuffix("on 2026-11-20\n2026-11-25 done eras.statement on 2026-11-21\n"))
    for _ in 0..<2 { #expect(try s.run(["plan", "--ics", "plan.ics", "--format", "table"], today: "2026-11-25").status == 0) }
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: s.url("plan.ics").path) == synced.appendingPathComponent("plan.ics").path)
    #expect(String(decoding: try Data(contentsOf: synced.appendingPathComponent("plan.ics")), as: UTF8.self).hasSuffix("END:VCALENDAR\r\n"))
    // The journal's lock sits beside the real file, so writers through other links share it
    // (issue 26, point 4; SharedJournalTests).
    #expect(try FileManager.default.contentsOfDirectory(atPath: synced.path).sorted() == ["me.journal", "me.journal.lock", "plan.ics"])
  }

  @Test func anotherPersonsCalendarIsRefusedUnlessForced() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Examples/fresh-graduate.yaml"), to: s.url("friend.yaml"))
    #expect(try CLIRunner.run(["plan", "--profile", "friend.yaml", "--today", "2026-11-25", "--ics", "plan.ics"], in: s.folder).status == 0)
    let theirs = s.bytes("plan.ics")
    let r = try s.run(["plan", "--ics", "plan.ics"], today: "2026-11-25")
    #expect(r.status == 2)
    #expect(r.stderr == "planner: plan.ics holds another person's plan (written by planner for a different profile id); refusing to take it over event by event — choose another file, or pass --force to replace it\n")
    #expect(s.bytes("plan.ics") == theirs)
    let forced = try s.run(["plan", "--ics", "plan.ics", "--force", "--format", "table"], today: "2026-11-25")
    #expect(forced.status == 0)
    let mine = s.text("plan.ics")
    #expect(!mine.contains("STATUS:CANCELLED"))
    #expect(mine.contains("Dr. Rahul Mehta"))
  }

  @Test func icsDashWritesTheCalendarAloneToStandardOutput() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    let before = try s.files()
    let r = try CLIRunner.run(["plan", "--profile", "me.yaml", "--today", "2026-11-25", "--ics", "-"], environment: ["SOURCE_DATE_EPOCH": "1795597200"], in: s.folder)
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
    #expect(r.stdout.hasSuffix("END:VCALENDAR\r\n"))
    #expect(!r.stdout.contains("Verdict"))
    #expect(try s.files() == before)
  }

  @Test func aCRLFJournalKeepsItsRecordsAndItsLineEndings() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    try Data("# edited on Windows\r\n2026-11-25 done eras.photo on 2026-11-20\r\n".utf8).write(to: s.url("me.journal"))
    let table = try s.run(["plan", "--format", "json"], today: "2026-11-25")
    #expect(table.status == 0)
    #expect(table.stdout.contains("\"id\": \"eras.photo\""))
    let photo = try #require((try JSONSerialization.jsonObject(with: Data(table.stdout.utf8)) as? [String: Any])?["tasks"] as? [[String: Any]]).first { $0["id"] as? String == "eras.photo" }
    #expect(photo?["status"] as? String == "done")
    #expect(try s.run(["record", "eras.statement", "done", "--date", "yesterday"], today: "2026-11-25").status == 0)
    #expect(s.text("me.journal") == "# edited on Windows\r\n2026-11-25 done eras.photo on 2026-11-20\r\n2026-11-25 done eras.statement on 2026-11-24\r\n")
    try Data((s.text("me.journal") + "2026-11-25 dun eras.letters on 2026-11-21\r\n").utf8).write(to: s.url("me.journal"))
    let bad = try s.run(["plan"], today: "2026-11-25")
    #expect(bad.status == 2)
    #expect(bad.stderr.hasPrefix("me.journal:4: error: unknown record 'dun'"))
  }

  @Test func undoNAndHistoryThroughTheBinary() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    _ = try s.run(["record", "eras.photo", "done", "--date", "2026-11-20"], today: "2026-11-25")
    _ = try s.run(["record", "eras.statement", "done", "--date", "-3d"], today: "2026-11-25")
    let undo = try s.run(["undo", "1"], today: "2026-11-25")
    #expect(undo.status == 0)
    #expect(undo.stdout.hasPrefix("Took back record 1 (eras.photo done on 2026-11-20) with record 3 in me.journal."))
    let again = try s.run(["undo", "1"], today: "2026-11-25")
    #expect(again.status == 4)
    #expect(again.stderr == "planner: record 1 (eras.photo done on 2026-11-20) was already taken back by record 3; `planner undo 3` puts it back\n")
    let early = try s.run(["undo"], today: "2026-11-01")
    #expect(early.status == 4)
    #expect(early.stderr.contains("records 1, 2, 3 are dated after today (2026-11-01) and not in force yet"))
    let history = try s.run(["history"], today: "2026-11-25").stdout
    #expect(history.contains("  1  2026-11-25  eras.photo done on 2026-11-20  (taken back by 3)"))
    #expect(history.contains("  2  2026-11-25  eras.statement done on 2026-11-22\n"))
  }

  @Test func whatIfTakesNegativeSlipsMonthsBookingsAndExamNames() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    let back = try s.run(["what-if", "--slip", "step2ck=-2w"], today: "2026-11-25")
    #expect(back.stdout.hasPrefix("What moved if step2ck.exam comes 2 weeks earlier (nothing recorded):"))
    #expect(back.stdout.contains("step2ck.exam "))
    let month = try s.run(["what-if", "--slip", "step2ck.exam=+1m", "--all"], today: "2026-11-25")
    #expect(month.stdout.hasPrefix("What moved if step2ck.exam slips 1 month (nothing recorded):"))
    #expect(!month.stdout.contains("other task"))
    let book = try s.run(["what-if", "--book", "step2ck=2027-05-10"], today: "2026-11-25")
    #expect(book.stdout.hasPrefix("What moved if Step 2 CK is booked for 2027-05-10 (nothing recorded):"))
    let unknown = try s.run(["what-if", "--slip", "step2k=+1w"], today: "2026-11-25")
    #expect(unknown.status == 64)
    #expect(unknown.stderr == "planner: --slip: unknown task 'step2k'; did you mean 'step2ck'?\n")
    let relative = try s.run(["what-if", "--book", "step2ck=+20w"], today: "2026-11-25")
    #expect(relative.stdout.hasPrefix("What moved if Step 2 CK is booked for 2027-04-14 (nothing recorded):"))
  }

  @Test func everyDateOptionReadsTheSameWords() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    #expect(try s.run(["reschedule", "step2ck", "--date", "+20w"], today: "2026-11-25").status == 0)
    #expect(s.text("me.journal").hasSuffix("2026-11-25 reschedule step2ck from 2027-03-18 to 2027-04-14\n"))
    #expect(try s.run(["record", "eras.photo", "done", "--date", "-1w"], today: "2026-11-25").status == 0)
    #expect(s.text("me.journal").hasSuffix("2026-11-25 done eras.photo on 2026-11-18\n"))
    let relative = try s.run(["history"], today: "-1d")
    #expect(relative.status == 0)
    #expect(relative.stdout.hasPrefix("me.journal: 2 records"))
    let today = try CLIRunner.run(["plan", "--today", "today", "--format", "table"])
    #expect(today.stderr.isEmpty)
    let bad = try s.run(["record", "eras.photo", "done", "--date", "last tuesday"], today: "2026-11-25")
    #expect(bad.status == 64)
    #expect(bad.stderr == "planner: --date 'last tuesday' is not a date: expected YYYY-MM-DD, today, tomorrow, yesterday, or an offset such as +3w or -2d\n")
  }
}

private enum Files {
  static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}

/// docs/files-and-exit-codes.md's journal sample is a journal planner reads.
struct ReadmeJournalTests {
  @Test func theSampleJournalReads() throws {
    let readme = DocPage.text("docs/files-and-exit-codes.md")
    let section = try #require(readme.components(separatedBy: "## The journal and the baseline").dropFirst().first)
    let sample = try #require(section.components(separatedBy: "```\n").dropFirst().first)
    let s = try ReplanScenario(example: "fresh-graduate")
    try Data(sample.utf8).write(to: s.url("me.journal"))
    let history = try s.run(["history"], today: "2027-09-01")
    #expect(history.status == 0, "\(history.stderr)")
    #expect(history.stdout.contains("  5  2027-04-02  lead time statement_of_need: 90 days  (taken back by 7)"))
  }
}
