import Foundation
import Testing

/// Kills `record` and `plan --ics` at every write step (debug builds' PLANNER_FAULT crash points)
/// and at random moments (SIGKILL after a random delay), then checks what a user is left with: no
/// lost, duplicated or half-written record, a baseline that matches the journal, a calendar that
/// is the old one or the new one. `PLANNER_FAULT_RUNS=N` scales the random part up
/// (`Tests/fault/run.sh` does 200 of each by default); the figures are printed.
@Suite(.serialized) struct FaultInjectionTests {
  static let line = "2026-11-25 result step2ck fail on 2026-11-10"
  static let record = ["record", "step2ck", "fail", "--date", "2026-11-10"]
  static var runs: Int { ProcessInfo.processInfo.environment["PLANNER_FAULT_RUNS"].flatMap(Int.init) ?? 6 }

  /// A scenario with one record and its saved plan, as a user has after a first `record`.
  func scenario() throws -> ReplanScenario {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    #expect(try s.run(["record", "eras.photo", "done", "--date", "2026-11-20"], today: "2026-11-25").status == 0)
    return s
  }

  /// Runs planner in the folder and kills it after `delay` seconds (if still running), or lets a
  /// crash point kill it. Output is discarded: only the files matter here.
  func run(_ s: ReplanScenario, _ arguments: [String], today: String = "2026-11-25", fault: String? = nil, killAfter delay: Double? = nil) throws -> Int32 {
    let process = Process()
    process.executableURL = CLIRunner.binary
    process.arguments = arguments + ["--profile", "me.yaml", "--today", today]
    process.currentDirectoryURL = s.folder
    var env = ProcessInfo.processInfo.environment
    env["SOURCE_DATE_EPOCH"] = "1795597200"
    env["PLANNER_FAULT"] = fault
    process.environment = env
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    if let delay {
      usleep(useconds_t(delay * 1_000_000))
      kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
    return process.terminationStatus
  }

  enum Outcome: String, CaseIterable {
    case nothingWritten = "nothing written"
    case journalOnly = "record in, saved plan older (rebuilt from the journal)"
    case both = "record and saved plan in"
  }

  /// Checks the invariants after a killed `record`; returns what the kill left.
  func checkAfterKilledRecord(_ s: ReplanScenario, journalBefore: String, savedBefore: Data?, context: String) throws -> Outcome {
    let journal = s.text("me.journal")
    // Append-only and whole: the old text, plus nothing or exactly the one new line.
    #expect(journal == journalBefore || journal == journalBefore + Self.line + "\n", "\(context): journal is \(journal.debugDescription)")
    let recorded = journal != journalBefore
    let history = try s.run(["history"], today: "2026-11-25")
    #expect(history.status == 0, "\(context): \(history.stderr)")
    #expect(history.stdout.hasPrefix("me.journal: \(recorded ? 2 : 1) record"), "\(context)")
    // The baseline is the plan of the journal in force: diff finds nothing moved, and says
    // so against the rebuilt plan when the saved one is older than the journal.
    let diff = try s.run(["diff"], today: "2026-11-25")
    #expect(diff.status == 0 || diff.status == 3, "\(context): \(diff.stderr)")
    #expect(diff.stdout.contains("\n  nothing moved\n"), "\(context): \(diff.stdout)")
    let stale = diff.stdout.hasPrefix("note: me.plan.json was saved before record 2")
    #expect(stale == (recorded && s.bytes("me.plan.json") == savedBefore), "\(context): stale \(stale)")
    // The user tries again: the record goes in once, or is refused as already recorded.
    let retry = try s.run(Self.record, today: "2026-11-25")
    #expect(retry.status == (recorded ? 4 : 0) || (!recorded && retry.status == 3), "\(context): retry \(retry.status) \(retry.stderr)")
    #expect(s.text("me.journal") == journalBefore + Self.line + "\n", "\(context)")
    if recorded {
      #expect(retry.stderr.contains("already has a result recorded for 2026-11-10"), "\(context)")
    } else {
      let files = try s.files()
      #expect(files.filter { $0.hasSuffix(".tmp") }.isEmpty, "\(context): \(files)")
    }
    return !recorded ? .nothingWritten : stale ? .journalOnly : .both
  }

  static let recordPoints = ["write-half:1", "before-rename:1", "after-rename:1", "between-writes:1", "write-half:2", "before-rename:2", "after-rename:2"]

  @Test(arguments: recordPoints)
  func recordKilledAtEveryWriteStep(_ point: String) throws {
    let s = try scenario()
    let journal = s.text("me.journal"), saved = s.bytes("me.plan.json")
    #expect(try run(s, Self.record, fault: point) == 9, "the crash point \(point) was not reached")
    let outcome = try checkAfterKilledRecord(s, journalBefore: journal, savedBefore: saved, context: point)
    let expected: Outcome = ["write-half:1", "before-rename:1"].contains(point) ? .nothingWritten : point == "after-rename:2" ? .both : .journalOnly
    #expect(outcome == expected, "\(point)")
  }

  @Test(arguments: ["write-half:1", "before-rename:1", "after-rename:1"])
  func calendarKilledAtEveryWriteStep(_ point: String) throws {
    let s = try scenario()
    #expect(try run(s, ["plan", "--ics", "plan.ics"]) == 0)
    let old = s.bytes("plan.ics")
    _ = try s.run(["record", "eras.statement", "done", "--date", "2026-11-21"], today: "2026-11-25")
    let expected = try expectedCalendar(s)
    let (journal, saved) = (s.bytes("me.journal"), s.bytes("me.plan.json"))
    #expect(try run(s, ["plan", "--ics", "plan.ics"], fault: point) == 9)
    let now = s.bytes("plan.ics")
    #expect(now == (point == "after-rename:1" ? expected : old), "\(point)")
    #expect(s.bytes("me.journal") == journal && s.bytes("me.plan.json") == saved)
    #expect(try run(s, ["plan", "--ics", "plan.ics"]) == 0)
    // After a complete write the rerun is a second run of the same input: the same file (the
    // event the first one cancelled, the latest-start reminder of the task just recorded done, stays).
    #expect(s.bytes("plan.ics") == expected, "\(point)")
  }

  /// The calendar a clean run would write next, made in a copy of the folder.
  func expectedCalendar(_ s: ReplanScenario) throws -> Data? {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("planner-fault-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: s.folder, to: copy)
    let twin = ReplanScenario(folder: copy)
    #expect(try run(twin, ["plan", "--ics", "plan.ics"]) == 0)
    return twin.bytes("plan.ics")
  }

  @Test func recordAndCalendarKilledAtRandomMoments() throws {
    var random = SplitMix(seed: ProcessInfo.processInfo.environment["PLANNER_FAULT_SEED"].flatMap(UInt64.init) ?? 10)
    // How long a clean record takes here, so the kills spread over the whole run.
    let probe = try scenario()
    let started = Date()
    _ = try run(probe, Self.record)
    let span = max(0.05, Date().timeIntervalSince(started)) * 1.2
    var outcomes: [Outcome: Int] = [:]
    var exits: [Int32: Int] = [:]
    for i in 0..<Self.runs {
      let s = try scenario()
      let journal = s.text("me.journal"), saved = s.bytes("me.plan.json")
      let delay = random.unit() * span
      exits[try run(s, Self.record, killAfter: delay), default: 0] += 1
      outcomes[try checkAfterKilledRecord(s, journalBefore: journal, savedBefore: saved, context: "record run \(i), kill at \(Int(delay * 1000)) ms"), default: 0] += 1
    }
    var calendar: [String: Int] = [:]
    let s = try scenario()
    let icsStarted = Date()
    #expect(try run(s, ["plan", "--ics", "plan.ics"]) == 0)
    let icsSpan = max(0.05, Date().timeIntervalSince(icsStarted)) * 1.2
    for i in 0..<Self.runs {
      let old = s.bytes("plan.ics")
      let today = "2026-12-\(String(format: "%02d", 1 + i % 28))"
      let expected = try expectedCalendar(s, today: today)
      let delay = random.unit() * icsSpan
      let status = try run(s, ["plan", "--ics", "plan.ics"], today: today, killAfter: delay)
      let now = s.bytes("plan.ics")
      #expect(now == old || now == expected, "calendar run \(i), kill at \(Int(delay * 1000)) ms: neither the old nor the new file")
      let what = status != 9 ? "finished before the kill" : now == old && now != expected ? "killed, old calendar kept" : "killed, new calendar in"
      calendar[what, default: 0] += 1
      // The next run must read whatever the kill left.
      if now != expected { #expect(try run(s, ["plan", "--ics", "plan.ics"], today: today) == 0) }
    }
    let figures = Outcome.allCases.map { "\($0.rawValue): \(outcomes[$0] ?? 0)" }.joined(separator: ", ")
    print("fault injection: \(Self.runs) record runs killed in 0–\(Int(span * 1000)) ms → \(figures); exit statuses \(exits.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " ")) (9 = killed)")
    print("fault injection: \(Self.runs) plan --ics runs killed in 0–\(Int(icsSpan * 1000)) ms → \(calendar.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")); never a half-written calendar")
  }

  func expectedCalendar(_ s: ReplanScenario, today: String) throws -> Data? {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("planner-fault-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: s.folder, to: copy)
    let twin = ReplanScenario(folder: copy)
    #expect(try run(twin, ["plan", "--ics", "plan.ics"], today: today) == 0)
    return twin.bytes("plan.ics")
  }
}

/// A small seeded generator, so the kill delays are the same sequence on every run.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func unit() -> Double {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
  }
}
