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
}
