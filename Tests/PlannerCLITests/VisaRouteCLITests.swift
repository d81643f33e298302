import Foundation
import PlannerTestSupport
import Testing

/// Issue 21, point 4 at the command line: `what-if --fail step3` on the H-1B track shows the J-1
/// route's verdict beside the H-1B one, and `cost` says the proclamation's term has passed.
struct VisaRouteCLITests {
  @Test func whatIfFailStep3ShowsBothRoutes() throws {
    let r = try CLIRunner.run(["what-if", "--profile", "Examples/h1b-track.yaml", "--fail", "step3", "--today", "2026-12-07", "--width", "1000"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n").map(String.init)
    let at = try #require(lines.firstIndex(of: "Both visa routes with this failure:"), "\(r.stdout)")
    #expect(lines[at + 1].hasPrefix("  H-1B (this plan): On track for the 2029 Match"))
    #expect(lines[at + 2].hasPrefix("  J-1 instead (no Step 3 needed): "))
    #expect(lines[at + 2].contains("After Match Day: "))
  }

  @Test(arguments: [["--fail", "step1"], ["--slip", "step3=+2w"]])
  func otherScenariosShowOneRoute(scenario: [String]) throws {
    let r = try CLIRunner.run(["what-if", "--profile", "Examples/h1b-track.yaml", "--today", "2026-12-07"] + scenario)
    #expect(!r.stdout.contains("Both visa routes"), "\(r.stdout)")
  }

  @Test func aJ1ProfileShowsOneRoute() throws {
    let r = try CLIRunner.run(["what-if", "--profile", "Examples/fresh-graduate.yaml", "--fail", "step1", "--today", "2026-12-07"])
    #expect(!r.stdout.contains("Both visa routes"))
  }

  /// Past 2026-09-21 the proclamation's term has ended: the ledger says so, and "verify".
  @Test(arguments: [("2026-12-07", true), ("2026-05-01", false)])
  func theCostLedgerSaysWhenTheTermHasPassed(today: String, passed: Bool) throws {
    let r = try CLIRunner.run(["cost", "--profile", "Examples/h1b-track.yaml", "--format", "json", "--today", today])
    #expect(r.status == 0, "\(r.stderr)")
    let text = try CLIRunner.run(["cost", "--profile", "Examples/h1b-track.yaml", "--width", "1000", "--today", today]).stdout
    let line = try #require(text.split(separator: "\n").first { $0.contains("H-1B proclamation payment") }, "\(text)")
    #expect(line.contains("a date now passed") == passed, "\(line)")
    #expect(line.contains("verify its current status"))
  }
}
