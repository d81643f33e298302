import Foundation
import PlannerTestSupport
import Testing

/// A profile with a real working week (issue 23, "done when"): `Examples/working-week.yaml` and its
/// rota calendar plan to a plan that fits the week, shown in docs/busy.md with real output; and
/// each real client's export (`Tests/PlannerICalTests/Fixtures/busy`) plans.
struct WorkingWeekTests {
  static let profile = ["--profile", "Examples/working-week.yaml", "--today", "2026-12-07", "--width", "100"]

  @Test func theWorkingWeekPlan() throws {
    let r = try CLIRunner.run(["plan"] + Self.profile)
    #expect(r.status == 0, "\(r.stderr)")
    assertGolden(r.stdout, named: "working-week.plan.txt")
    #expect(r.stdout.contains("Study time: about "))
    #expect(r.stdout.contains("Days away"), "the chart shades the two weeks of leave")
  }

  @Test func theReportStatesTheStudyTime() throws {
    let r = try CLIRunner.run(["report", "--no-risk", "--output", "-"] + Self.profile.prefix(4))
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("<li>Study time: about "), "the report's notices say the study time")
  }

  @Test func docsBusyShowsTheRealOutput() throws {
    let page = DocPage.text("docs/busy.md")
    let plan = try CLIRunner.run(["plan"] + Self.profile)
    let head = plan.stdout.split(separator: "\n", omittingEmptySubsequences: false).prefix(6).joined(separator: "\n")
    #expect(page.contains("```\n" + head + "\n"), "docs/busy.md's plan head is stale")
    let lines = plan.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let study = try #require(lines.firstIndex { $0.hasPrefix("Study time: about ") })
    #expect(page.contains("```\n" + lines[study...].prefix(2).joined(separator: "\n") + "\n```"), "docs/busy.md's study time is stale")
    let away = try #require(lines.firstIndex { $0.hasPrefix("Days away") })
    #expect(page.contains(lines[(away - 3)...(away + 10)].joined(separator: "\n")), "docs/busy.md's chart rows are stale")
    let next = try CLIRunner.run(["next"] + Self.profile + ["--days", "14"])
    #expect(next.status == 0)
    #expect(page.contains("```\n" + next.stdout + "```"), "docs/busy.md's next sample is stale")
  }

  /// Each export planned with, alone: the plan states each file's share and plans.
  @Test(arguments: ["calcurse.ics", "radicale.ics", "google-vtimezone.ics", "khal-ward-monday.ics"])
  func eachRealExportPlans(file: String) throws {
    let path = "Tests/PlannerICalTests/Fixtures/busy/\(file)"
    let r = try CLIRunner.run(["plan", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-12-07", "--width", "200", "--busy", path])
    #expect(r.status == 0 || r.status == 3, "\(r.stderr)")
    let line = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("Study time: about ") }, "\(r.stdout.prefix(600))")
    #expect(line.contains("in \(path)"), "\(line)")
  }

  /// All khal files together (one event per file, as khal stores them): the trip closes days.
  @Test func theKhalCalendarsTogether() throws {
    let files = ["khal-ward-monday.ics", "khal-ward-wednesday.ics", "khal-home-visit.ics", "khal-night-dst.ics"]
    let r = try CLIRunner.run(["plan", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-12-07", "--width", "200"] + files.flatMap { ["--busy", "Tests/PlannerICalTests/Fixtures/busy/\($0)"] })
    #expect(r.status == 0 || r.status == 3, "\(r.stderr)")
    #expect(r.stdout.contains("5 days away in Tests/PlannerICalTests/Fixtures/busy/khal-home-visit.ics") || r.stdout.contains("khal-home-visit.ics"), "\(r.stdout.prefix(800))")
  }
}
