import Foundation
import Testing

struct ReportCommandTests {
  static let args = ["--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2026-11-25"]

  @Test func writesTheSamePageToAFileAndToStandardOutput() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planner-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("plan.html").path
    let written = try CLIRunner.run(["report"] + Self.args + ["-o", file])
    #expect(written.status == 0)
    // Only the line saying what was written (ReportOnATerminalTests has its words).
    #expect(written.stdout.isEmpty && written.stderr.hasPrefix("Wrote \(file) ("))
    let page = try String(contentsOfFile: file, encoding: .utf8)
    let printed = try CLIRunner.run(["report"] + Self.args)
    #expect(printed.stdout == page)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("Verdict: "))
    let again = try CLIRunner.run(["report"] + Self.args)
    #expect(again.stdout == printed.stdout, "same input, different bytes")
  }

  /// The page carries the Next block and, from the standard 20,000 seeded worlds (`RiskRun`), the risk section;
  /// `--no-risk` leaves the risk out, `--runs` changes the count.
  @Test func nextAndRiskAreOnThePage() throws {
    let page = try CLIRunner.run(["report"] + Self.args)
    #expect(page.stdout.contains("<section id=\"next\"><h2>Next (2026-11-25 → 2026-12-25)</h2>"))
    #expect(page.stdout.contains("<section id=\"risk\">"))
    #expect(page.stdout.contains("20000 simulated runs, seed 2028"))
    #expect(page.stdout.contains("<g class=\"risk-band\""))
    let fewer = try CLIRunner.run(["report"] + Self.args + ["--runs", "300"])
    #expect(fewer.stdout.contains("300 simulated runs, seed 2028"))
    let none = try CLIRunner.run(["report"] + Self.args + ["--no-risk"])
    #expect(none.status == 0)
    #expect(!none.stdout.contains("id=\"risk\"") && !none.stdout.contains("<g class=\"risk-band\""))
    #expect(none.stdout.contains("<section id=\"next\">"))
    #expect(try CLIRunner.run(["report"] + Self.args + ["--runs", "0"]).status == 64)
  }

  @Test func anInfeasibleYearStillWritesThePageAndExitsThree() throws {
    let r = try CLIRunner.run(["report", "--match", "2027", "--today", "2026-11-25"])
    #expect(r.status == 3)
    #expect(r.stdout.contains("<p class=\"headline\">Verdict: NOT FEASIBLE for the 2027 Match"))
  }

  @Test func anUnwritableTargetIsOneLineAndNothingHalfWritten() throws {
    let r = try CLIRunner.run(["report"] + Self.args + ["-o", "/nonexistent-folder/plan.html"])
    #expect(r.status == 2)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.split(separator: "\n").count == 1)
    #expect(r.stderr.contains("/nonexistent-folder/plan.html"))
  }

  /// The command prints what the library's golden holds (PlannerRenderTests checks the content).
  @Test(arguments: [("mermaid", "step1-passed-ck-booked.mermaid.md"), ("tjp", "step1-passed-ck-booked.tjp")])
  func exportsAreTheLibrarysOutput(_ format: String, _ golden: String) throws {
    let r = try CLIRunner.run(["plan"] + Self.args + ["--format", format])
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty)
    let expected = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Tests/PlannerRenderTests/HTML/Golden/\(golden)"), encoding: .utf8)
    #expect(r.stdout == expected)
  }

  @Test func csvHasOneRowPerTaskAndCRLF() throws {
    let json = try CLIRunner.run(["plan"] + Self.args + ["--format", "json"])
    let tasks = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["tasks"] as? [Any] ?? []
    let r = try CLIRunner.run(["plan"] + Self.args + ["--format", "csv"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("id,name,phase,start,finish,"))
    #expect(r.stdout.components(separatedBy: "\r\n").count - 1 == tasks.count + 1)
  }
}
