import Foundation
import PlannerCore
import PlannerPathway
import PlannerRender
import PlannerTestSupport
import Testing

struct TaskJugglerTests {
  @Test func golden() throws {
    let (r, p) = try Fixtures.plan("step1-passed-ck-booked")
    assertGolden(TaskJugglerExport.render(r, profileName: p.name), named: "step1-passed-ck-booked.tjp")
  }

  @Test func namesCannotCloseTheirString() throws {
    let (r, p) = try Fixtures.hostile()
    let tjp = TaskJugglerExport.render(r, profileName: p.name)
    for line in tjp.split(separator: "\n") where line.contains("task ") && line.contains("\"") {
      #expect(line.filter { $0 == "\"" }.count == 2, "\(line)")
    }
  }

  /// tj3 schedules the exported project; every task's start and end must be planner's early dates.
  @Test(arguments: Fixtures.examples) func tj3SchedulesTheSameDates(_ name: String) throws {
    guard let tj3 = ExternalTool.require(["tj3"], install: "apt-get install tj3") else { return }
    let (r, p) = try Fixtures.plan(name)
    let folder = try ExternalTool.temporaryFolder("tj3")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(TaskJugglerExport.render(r, profileName: p.name).utf8).write(to: folder.appendingPathComponent("plan.tjp"))
    let run = try tj3.run(["--silent", "--no-color", "plan.tjp"], in: folder)
    #expect(run.status == 0, "tj3 failed:\n\(run.stdout)\n\(run.stderr)")
    let report = try String(contentsOf: folder.appendingPathComponent("planner-dates.csv"), encoding: .utf8)
    // "Id";"Start";"End", ids as full paths (phase.task); end is exclusive, as planner's earlyFinish.
    var dates: [String: (String, String)] = [:]
    for line in report.split(separator: "\n").dropFirst() {
      let cells = line.split(separator: ";").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
      guard cells.count == 3 else { continue }
      dates[String(cells[0].split(separator: ".").last ?? "")] = (cells[1], cells[2])
    }
    var checked = 0
    for t in r.schedule.tasks {
      let id = String(t.id.map { $0.isLetter || $0.isNumber ? $0 : "_" })
      guard let (start, end) = dates[id] else {
        Issue.record("tj3 did not schedule \(t.id)")
        continue
      }
      #expect(start == t.start.description, "\(name) \(t.id): tj3 start \(start), planner \(t.start)")
      #expect(end == t.earlyFinish.description, "\(name) \(t.id): tj3 end \(end), planner \(t.earlyFinish)")
      checked += 1
    }
    #expect(checked == r.schedule.tasks.count)
  }

  /// Names and a profile name built to break out of TaskJuggler's strings (a trailing backslash,
  /// a quote, a macro call, a comment end, an `include`, a report that writes a file): tj3 reads
  /// the export, schedules exactly planner's tasks and writes nothing but the dates report.
  @Test func tj3ReadsHostileNamesAsText() throws {
    guard let tj3 = ExternalTool.require(["tj3"], install: "apt-get install tj3") else { return }
    var (r, p) = try Fixtures.plan("step1-passed-ck-booked")
    p.name = "Dr. \\ ${projectstart} */ \"q\" /* x"
    let hostile = [
      "ends in a backslash \\", "\\\" } task evil \"Evil\" { start 2020-01-01 } task x \"", "${include}", "$(touch PWNED) ${x}",
      "\" include \"/etc/passwd", "*/ task evil2 \"e\" { start 2020-01-01 } /*", "taskreport evil \"/tmp/planner-evil\" { formats csv }",
      "line\nbreak\ttab\u{7}bell", "'single' quotes \\'", "# not a comment // nor this",
    ]
    for (i, name) in hostile.enumerated() { r.schedule.tasks[i * 2].task.name = name }
    let folder = try ExternalTool.temporaryFolder("tj3-hostile")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(TaskJugglerExport.render(r, profileName: p.name).utf8).write(to: folder.appendingPathComponent("plan.tjp"))
    let run = try tj3.run(["--silent", "--no-color", "plan.tjp"], in: folder)
    #expect(run.status == 0, "tj3 failed:\n\(run.stdout)\n\(run.stderr)")
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(written == ["plan.tjp", "planner-dates.csv"], "tj3 wrote \(written)")
    #expect(!FileManager.default.fileExists(atPath: "/tmp/planner-evil.csv"))
    let report = try String(contentsOf: folder.appendingPathComponent("planner-dates.csv"), encoding: .utf8)
    let scheduled = Set(report.split(separator: "\n").dropFirst().compactMap { line -> String? in
      let id = line.split(separator: ";").first.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } ?? ""
      return id.contains(".") ? String(id.split(separator: ".").last ?? "") : nil
    })
    let ours = Set(r.schedule.tasks.map { String($0.id.map { $0.isLetter || $0.isNumber ? $0 : "_" }) })
    #expect(ours.isSubset(of: scheduled), "missing: \(ours.subtracting(scheduled).sorted())")
    #expect(!scheduled.contains("evil") && !scheduled.contains("evil2") && !scheduled.contains("x"), "\(scheduled.sorted())")
  }
}
