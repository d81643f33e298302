import Foundation
import Testing

/// The journal is never damaged: crashes, concurrent writers and refused records leave it whole.
struct JournalSafetyTests {
  @Test func aCrashBetweenWriteAndRenameLeavesThePreviousJournal() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    #expect(try s.run(["record", "eras.photo", "done", "--date", "2026-11-20"], today: "2026-11-25").status == 0)
    let journal = s.bytes("me.journal")
    // What a writer killed before its rename leaves: a half-written temp file beside the journal.
    try Data("2026-11-25 done eras.photo on 2026-11-20\n2026-11-25 res".utf8).write(to: s.url(".me.journal.99999.tmp"))
    let plan = try s.run(["plan", "--format", "table"], today: "2026-11-25")
    #expect(plan.status == 0)
    #expect(plan.stderr.isEmpty)
    #expect(s.bytes("me.journal") == journal)
    let next = try s.run(["record", "eras.statement", "done", "--date", "2026-11-21"], today: "2026-11-25")
    #expect(next.status == 0)
    let history = try s.run(["history"], today: "2026-11-25").stdout
    #expect(history.contains("  1  2026-11-25  eras.photo done on 2026-11-20"))
    #expect(history.contains("  2  2026-11-25  eras.statement done on 2026-11-21"))
  }

  @Test func aConcurrentWriterIsRefusedAndNothingIsWritten() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    _ = try s.run(["record", "eras.photo", "done", "--date", "2026-11-20"], today: "2026-11-25")
    let journal = s.bytes("me.journal")
    let fd = open(s.url("me.journal.lock").path, O_RDWR | O_CREAT, 0o644)
    #expect(fd >= 0)
    #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
    let r = try s.run(["record", "eras.statement", "done", "--date", "2026-11-21"], today: "2026-11-25")
    flock(fd, LOCK_UN)
    close(fd)
    #expect(r.status == 75)
    #expect(r.stderr == "planner: me.journal is being changed by another planner right now (me.journal.lock has been held for 2 seconds); nothing was written, try again in a moment\n")
    #expect(s.bytes("me.journal") == journal)
    #expect(try s.run(["record", "eras.statement", "done", "--date", "2026-11-21"], today: "2026-11-25").status == 0)
  }

  @Test(arguments: [
    (["record", "step1", "pass", "--date", "2026-12-01"], "Step 1 pass dated 2026-12-01 is in the future"),
    (["record", "step1", "pass", "--date", "2026-11-01"], "Step 1 was already passed on 2026-06-22"),
    (["record", "step2ck", "pass", "--date", "2026-11-01", "--score", "212"], "below the passing score for that test date (218)"),
    (["record", "eras.submt", "done", "--date", "2026-11-01"], "unknown task 'eras.submt'; did you mean 'eras.submit'?"),
    (["reschedule", "oet", "--date", "2027-02-01"], "OET Medicine is not booked"),
    (["record", "step2", "fail", "--date", "2026-11-01"], "unknown exam 'step2'; did you mean 'step2ck'?"),
  ])
  func aRefusedRecordWritesNothing(arguments: [String], message: String) throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    _ = try s.run(["record", "eras.photo", "done", "--date", "2026-11-20"], today: "2026-11-25")
    let journal = s.bytes("me.journal")
    let saved = s.bytes("me.plan.json")
    let r = try s.run(arguments, today: "2026-11-25")
    // The exam rules refuse (4); a name planner does not know is a usage error (64).
    #expect(r.status == (message.contains("unknown") ? 64 : 4))
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.hasPrefix("planner: "))
    #expect(r.stderr.contains(message), "\(r.stderr)")
    #expect(r.stderr.split(separator: "\n").count == 1)
    #expect(s.bytes("me.journal") == journal)
    #expect(s.bytes("me.plan.json") == saved)
  }

  @Test func recordingNeedsAProfile() throws {
    let r = try CLIRunner.run(["record", "step1", "fail", "--date", "2026-11-20", "--today", "2026-11-25"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("`planner record` needs --profile FILE"))
  }

  @Test func aDamagedJournalIsReportedByLine() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    _ = try s.run(["record", "eras.photo", "done", "--date", "2026-11-20"], today: "2026-11-25")
    try Data((s.text("me.journal") + "2026-11-25 done eras.letters 2026-11-21\n").utf8).write(to: s.url("me.journal"))
    let r = try s.run(["plan"], today: "2026-11-25")
    #expect(r.status == 2)
    #expect(r.stderr.hasPrefix("me.journal:5: error: expected 'done TASK on DATE'"))
  }

  @Test func undoAppendsAndHistoryShowsIt() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    _ = try s.run(["book", "step1", "--date", "2027-02-01"], today: "2026-11-25")
    _ = try s.run(["record", "eras.photo", "done", "--date", "2026-11-20"], today: "2026-11-25")
    let undo = try s.run(["undo"], today: "2026-11-26")
    #expect(undo.status == 0)
    #expect(undo.stdout.hasPrefix("Took back record 1 (eras.photo done on 2026-11-20) with record 2 in me.journal."))
    let history = try s.run(["history"], today: "2026-11-26").stdout
    #expect(history.contains("  1  2026-11-25  eras.photo done on 2026-11-20  (taken back by 2)"))
    #expect(s.text("me.journal").hasSuffix("2026-11-25 done eras.photo on 2026-11-20\n2026-11-26 undo 1 ref \(fingerprint("2026-11-25 done eras.photo on 2026-11-20"))\n"))
    #expect(try s.run(["undo"], today: "2026-11-26").stderr.contains("nothing to undo"))
    #expect(s.text("me.yaml") == String(decoding: try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Examples/step1-passed-ck-booked.yaml")), as: UTF8.self))
  }

  /// FNV-1a 32 of a record line, as `JournalEntry.fingerprint` computes it.
  func fingerprint(_ line: String) -> String {
    var hash: UInt32 = 2_166_136_261
    for byte in line.utf8 {
      hash ^= UInt32(byte)
      hash = hash &* 16_777_619
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }
}
