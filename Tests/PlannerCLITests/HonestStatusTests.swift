import Foundation
import Testing

/// Issue 20, contradiction 8 ("Facts nobody recorded"): a status says only what was recorded or
/// what the rules imply. One test for each of the three facts the issue saw.
struct HonestStatusTests {
  /// Step 1 passed, Step 2 CK still to study for (16 weeks), nothing else done or dated.
  static let studying = """
    name: Study Block
    timezone: UTC
    match: 2028
    graduation: 2025-05-31
    visa: j1
    exams:
      step1:
        attempts:
          - {date: 2026-06-22, result: pass}
      step2ck:
        study_weeks: 16

    """

  static func scenario(_ profile: String) throws -> ReplanScenario {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planner-honest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try profile.write(to: folder.appendingPathComponent("me.yaml"), atomically: true, encoding: .utf8)
    return ReplanScenario(folder: folder)
  }

  /// The plan's JSON task with this id.
  static func task(_ id: String, in json: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let tasks = object?["tasks"] as? [[String: Any]] ?? []
    return try #require(tasks.first { $0["id"] as? String == id })
  }

  /// After a recorded failure, nothing was applied for: the retake's application is planned (it
  /// starts today), never "in progress"; once its planned start has passed it "should have started".
  @Test func recordedFailureInventsNoWorkInProgress() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    let record = try s.run(["record", "step2ck", "fail", "--date", "2027-03-18"], today: "2027-04-01", width: 1000)
    #expect(record.status == 0, "\(record.stderr)")
    #expect(!record.stdout.contains("in progress"))
    #expect(record.stdout.contains("Apply for Step 2 CK (attempt 2) and get the scheduling permit (planned)"))
    let json = try s.run(["plan", "--format", "json"], today: "2027-04-01")
    #expect(!json.stdout.contains("\"in progress\""))
    #expect(try Self.task("step2ck.register", in: json.stdout)["status"] as? String == "planned")
    // Three weeks on, nothing recorded: the saved plan's start is the day it should have started.
    let table = try s.run(["plan", "--format", "table", "--width", "200"], today: "2027-04-22")
    let row = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("step2ck.register") })
    #expect(row.hasSuffix("should have started 2027-04-01"))
    #expect(!table.stdout.contains("in progress"))
  }

  /// A study block the saved plan started on 2026-12-17 is not started again on 2027-03-10: it
  /// keeps its saved start, and `next` says it should have started then, not "start now".
  @Test func studyBlockKeepsItsSavedStart() throws {
    let s = try Self.scenario(Self.studying)
    #expect(try s.run(["diff", "--save"], today: "2026-12-17").status == 0)
    let saved = try Self.task("step2ck.prep", in: s.text("me.plan.json"))
    #expect(saved["start"] as? String == "2026-12-17")
    #expect(saved["status"] as? String == "planned")
    let json = try s.run(["plan", "--format", "json"], today: "2027-03-10")
    let prep = try Self.task("step2ck.prep", in: json.stdout)
    #expect(prep["start"] as? String == "2026-12-17")
    #expect(prep["finish"] as? String == saved["finish"] as? String)
    #expect(prep["status"] as? String == "overdue")
    let next = try s.run(["next", "--width", "1000"], today: "2027-03-10")
    let line = try #require(next.stdout.split(separator: "\n").first { $0.contains("Study for Step 2 CK:") })
    #expect(line.contains("planned to start 2026-12-17 in the saved plan of 2026-12-17"))
    #expect(!line.contains("start now"))
    let table = try s.run(["plan", "--format", "table", "--width", "200"], today: "2027-03-10")
    let row = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("step2ck.prep") })
    #expect(row.contains("2026-12-17"))
    #expect(row.hasSuffix("should have started 2026-12-17"))
  }

  /// Tasks the profile implies done on no given day (a passed Step 1 implies the ECFMG account and
  /// application) carry no invented dates: null in JSON, "date not given" in text, nothing dated in
  /// the calendar.
  @Test func undatedDoneTasksHaveNoInventedDates() throws {
    let s = try Self.scenario(Self.studying)
    let json = try s.run(["plan", "--format", "json"], today: "2026-12-17")
    for id in ["ecfmg.account", "ecfmg.application"] {
      let task = try Self.task(id, in: json.stdout)
      #expect(task["dateKnown"] as? Bool == false)
      #expect(task["status"] as? String == "done (date not given)")
      for key in ["start", "finish", "earlyStart", "lateStart", "lateFinish"] {
        #expect(task[key] is NSNull, "\(id).\(key) is \(task[key] ?? "missing")")
      }
    }
    let table = try s.run(["plan", "--format", "table", "--width", "200"], today: "2026-12-17")
    let row = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("ecfmg.application") })
    #expect(row.hasSuffix("done (date not given)"))
    #expect(!row.contains("2026-"))
    let ics = try s.run(["plan", "--ics", "-"], today: "2026-12-17")
    #expect(ics.stdout.contains("BEGIN:VCALENDAR"))
    #expect(!ics.stdout.contains("SUMMARY:Application for ECFMG"))
    #expect(!ics.stdout.contains("SUMMARY:MyIntealth account"))
    // A record then compares no made-up dates for them.
    let record = try s.run(["record", "eras.photo", "done", "--date", "2026-12-17", "--all"], today: "2026-12-17")
    #expect(!record.stdout.contains("ecfmg.application"))
  }
}
