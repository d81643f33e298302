import Foundation
import Testing

/// One `RiskRun` for every view of the risk layer (issue 20, contradiction 6: the report said
/// P(ready) 95.8% and `planner risk` 96.4% for the same profile and day, from 2,000 and 20,000
/// worlds).
struct RiskRunCommandTests {
  /// The "P(ready for the Y Match) = …" line, as both the terminal and the page print it.
  static func pReady(_ text: String) -> Substring? {
    guard let start = text.range(of: "P(ready for the ") else { return nil }
    let rest = text[start.lowerBound...]
    guard let end = rest.range(of: " (standard error)") else { return nil }
    return rest[..<end.lowerBound]
  }

  @Test(arguments: ["step1-passed-ck-booked", "fresh-graduate"])
  func contradiction6ReportAndRiskGiveTheSamePReadyByDefault(name: String) throws {
    let args = ["--profile", "Examples/\(name).yaml", "--today", "2026-11-25"]
    let risk = try CLIRunner.run(["risk", "--no-sensitivity"] + args)
    let report = try CLIRunner.run(["report"] + args)
    #expect(risk.status == 0 && report.status == 0, "\(risk.stderr)\(report.stderr)")
    let fromRisk = Self.pReady(risk.stdout)
    #expect(fromRisk != nil)
    #expect(fromRisk == Self.pReady(report.stdout), "report and risk disagree for \(name)")
    #expect(risk.stdout.contains("20000 simulated runs, seed 2028"))
    #expect(report.stdout.contains("20000 simulated runs, seed 2028"))
  }
}
