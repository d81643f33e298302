import Foundation
import Testing

/// The README promises things a newcomer will try: keep them true.
struct ReadmeTests {
  let readme = (try? String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

  @Test func leadsWithTheTwoCommands() {
    let block = readme.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first ?? ""
    #expect(block == "apt-get update && apt-get install -y libical-dev && swift run planner plan --profile Examples/fresh-graduate.yaml\nswift test\n")
  }

  /// A fresh machine has no package lists: the install command must fetch them first, as CI does.
  @Test func firstCommandFetchesPackageListsLikeCI() throws {
    let block = readme.components(separatedBy: "```sh\n").dropFirst().first ?? ""
    let first = block.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first.hasPrefix("apt-get update && apt-get install -y libical-dev"))
    let ci = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
    #expect(ci.contains("apt-get update"))
    #expect(ci.contains("apt-get install -y -qq libical-dev"))
  }

  @Test func ciRunsTheReadmeTestCommand() throws {
    let ci = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
    #expect(ci.split(separator: "\n").contains("swift test"))
    #expect(ci.contains("libical-dev"))
  }

  /// Issue 23: the quick start shows a working week's plan; each part between "…" is real output.
  @Test func workingWeekSampleIsTheRealOutput() throws {
    let command = "$ planner plan --profile Examples/working-week.yaml --today 2026-12-07 --width 100\n"
    let block = try #require(readme.components(separatedBy: command).dropFirst().first?.components(separatedBy: "```").first)
    let r = try CLIRunner.run(["plan", "--profile", "Examples/working-week.yaml", "--today", "2026-12-07", "--width", "100"])
    #expect(r.status == 0)
    let parts = block.components(separatedBy: "…\n")
    #expect(parts.count == 2)
    var rest = Substring(r.stdout)
    for part in parts {
      let found = try #require(rest.range(of: part), "README's working-week sample is stale: \(part)")
      rest = rest[found.upperBound...]
    }
  }

  @Test func sampleChartIsTheRealOutput() throws {
    let r = try CLIRunner.run(["plan", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2026-11-25", "--width", "100"])
    #expect(!r.stdout.isEmpty)
    #expect(DocPage.text("docs/commands/plan.md").contains(r.stdout), "docs/commands/plan.md's sample chart is stale: regenerate it from the golden")
  }
}
