import Foundation
import PlannerTestSupport
import Testing

struct PlanCommandTests {
  static let today = ["--today", "2026-11-25"]

  @Test func bookedExampleGantt() throws {
    let r = try CLIRunner.run(["plan", "--profile", "Examples/step1-passed-ck-booked.yaml", "--width", "100"] + Self.today)
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty)
    assertGolden(r.stdout, named: "step1-passed-ck-booked.gantt.txt")
  }

  @Test func freshGraduateASCII() throws {
    let r = try CLIRunner.run(["plan", "--profile", "Examples/fresh-graduate.yaml", "--ascii", "--width", "90"] + Self.today)
    #expect(r.status == 0)
    #expect(r.stdout.utf8.allSatisfy { $0 < 0x80 })
    assertGolden(r.stdout, named: "fresh-graduate.ascii.txt")
  }

  @Test func h1bTable() throws {
    let r = try CLIRunner.run(["plan", "--profile", "Examples/h1b-track.yaml", "--format", "table"] + Self.today)
    #expect(r.status == 0)
    assertGolden(r.stdout, named: "h1b-track.table.txt")
  }

  @Test func legacyJSON() throws {
    let r = try CLIRunner.run(["plan", "--profile", "Examples/legacy-cs.yaml", "--format", "json"] + Self.today)
    #expect(r.status == 0)
    assertGolden(r.stdout, named: "legacy-cs.json")
    let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    for key in ["matchYear", "today", "feasible", "earliestFeasibleMatchYear", "bindingConstraint", "criticalPath", "tasks"] {
      #expect(object?[key] != nil, "missing \(key)")
    }
    let tasks = object?["tasks"] as? [[String: Any]] ?? []
    #expect(!tasks.isEmpty)
    for key in ["id", "name", "phase", "start", "finish", "earlyStart", "lateFinish", "totalFloat", "freeFloat", "critical", "status", "dependsOn", "estimated", "source"] {
      #expect(tasks.allSatisfy { $0.keys.contains(key) }, "a task lacks \(key)")
    }
  }

  @Test func defaultProfileWorksOutOfTheBox() throws {
    let r = try CLIRunner.run(["plan"] + Self.today)
    #expect(r.status == 0)
    #expect(r.stdout.contains("Verdict: On track for the 2028 Match: "))
    #expect(r.stdout.contains("No profile found in this folder or above it, so this is planner's example applicant, not you."))
    #expect(r.stdout.contains("Assumptions"))
  }

  @Test func infeasibleYearExitsThreeAndStillPrints() throws {
    let r = try CLIRunner.run(["plan", "--match", "2027", "--format", "table"] + Self.today)
    #expect(r.status == 3)
    #expect(r.stdout.contains("Verdict: NOT FEASIBLE for the 2027 Match"))
    #expect(r.stdout.contains("Earliest feasible Match year: 2028"))
  }

  @Test func cycleThatIsOver() throws {
    let r = try CLIRunner.run(["plan", "--match", "2026", "--format", "table", "--width", "1000"] + Self.today)
    #expect(r.status == 3)
    #expect(r.stdout.contains("The 2026 Match took place in March 2026 (Match Day 2026-03-20; its Rank Order List deadline was 2026-03-04)."))
    #expect(r.stdout.contains("the earliest you can make is the 2028 Match (applications open June 2027)."))
    let json = try CLIRunner.run(["plan", "--match", "2026", "--format", "json"] + Self.today)
    #expect(json.status == 3)
    #expect(json.stdout.contains("\"notices\": [\n    \"The 2026 Match took place in March 2026"))
  }

  @Test func the2026CycleFromJanuary2025() throws {
    let r = try CLIRunner.run(["plan", "--match", "2026", "--today", "2025-01-15", "--format", "json"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("\"matchYear\": 2026"))
  }

  @Test func sameInputSameBytes() throws {
    for format in ["gantt", "table", "json"] {
      let a = try CLIRunner.run(["plan", "--profile", "Examples/h1b-track.yaml", "--format", format] + Self.today)
      let b = try CLIRunner.run(["plan", "--profile", "Examples/h1b-track.yaml", "--format", format] + Self.today)
      #expect(a.stdout == b.stdout)
      #expect(!a.stdout.isEmpty)
    }
  }

  @Test func noColorMeansNoEscapes() throws {
    let r = try CLIRunner.run(["plan"] + Self.today, environment: ["NO_COLOR": "1"])
    #expect(!r.stdout.contains("\u{1B}"))
  }

  @Test(arguments: [80, 120, 160])
  func chartFitsTheWidth(_ width: Int) throws {
    let r = try CLIRunner.run(["plan", "--profile", "Examples/fresh-graduate.yaml", "--width", String(width)] + Self.today)
    let chart = r.stdout.components(separatedBy: "\n\n")[1]
    for line in chart.split(separator: "\n") { #expect(line.count <= width, "\(line)") }
  }
}
