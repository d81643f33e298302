import Foundation
import PlannerTestSupport
import Testing

struct RiskCommandTests {
  static let args = ["--today", "2026-12-01", "--runs", "2000"]

  @Test func bookedExampleText() throws {
    let r = try CLIRunner.run(["risk", "--profile", "Examples/step1-passed-ck-booked.yaml"] + Self.args)
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty)
    #expect(!r.stdout.contains("certain.") || r.stdout.contains("nothing here is certain"))
    assertGolden(r.stdout, named: "risk-step1-passed-ck-booked.txt")
  }

  @Test func freshGraduateJSON() throws {
    let r = try CLIRunner.run(["risk", "--profile", "Examples/fresh-graduate.yaml", "--format", "json", "--no-sensitivity"] + Self.args)
    #expect(r.status == 0)
    assertGolden(r.stdout, named: "risk-fresh-graduate.json")
    let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    for key in ["p_ready", "standard_error", "match_year_distribution", "milestones", "criticality", "inputs", "deterministic_verdict"] {
      #expect(object?[key] != nil, "missing \(key)")
    }
  }

  @Test(arguments: ["h1b-track", "legacy-cs"])
  func everyExampleRuns(name: String) throws {
    let r = try CLIRunner.run(["risk", "--profile", "Examples/\(name).yaml", "--no-sensitivity"] + Self.args)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("P(ready for the "))
    #expect(r.stdout.contains("Inputs (value"))
  }

  @Test func badRunsIsAUsageError() throws {
    let r = try CLIRunner.run(["risk", "--runs", "0"])
    #expect(r.status == 64)
  }
}

struct RiskReadmeTests {
  @Test func docsShowTheRealRiskOutput() throws {
    let page = DocPage.text("docs/risk.md")
    let r = try CLIRunner.run(["risk", "--profile", "Examples/step1-passed-ck-booked.yaml"] + RiskCommandTests.args)
    #expect(page.contains(r.stdout), "docs/risk.md's planner risk sample is stale: regenerate it from the golden")
  }
}

struct PlanRiskTests {
  @Test func planRiskAddsBandsToTheChartAndTheJSON() throws {
    let text = try CLIRunner.run(["plan", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2026-12-01", "--width", "100", "--risk"])
    #expect(text.stdout.contains("Risk bands (20000 simulated runs"))
    #expect(text.stdout.contains("J-1 consular interview and visa"))
    // The bands are drawn in the chart, one line under each key milestone's row.
    let lines = text.stdout.split(separator: "\n")
    let row = try #require(lines.firstIndex { $0.contains("Step 2 CK result released") && $0.contains("◆") })
    #expect(lines[row + 1].contains("P50–P90 (simulated)") && lines[row + 1].contains("┣"))
    assertGolden(text.stdout, named: "plan-risk-booked.txt")
    let json = try CLIRunner.run(["plan", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2026-12-01", "--format", "json", "--risk"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let risk = object?["risk"] as? [String: Any]
    #expect(risk?["p_ready"] != nil)
    #expect((risk?["milestones"] as? [[String: Any]])?.isEmpty == false)
    #expect(object?["tasks"] != nil, "the plan's own members stay")
  }
}
