import ArgumentParser
import Foundation
import PlannerPathway
import PlannerRisk
import PlannerRender
import PlannerRules

struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the plan as one self-contained HTML page (verdict, Next, chart, risk, deadlines, findings, sources) to share or print.",
    discussion: """
      The page always carries the risk layer (the chance of each Match year and the milestone
      bands) from the same seeded simulation as `planner risk` (20,000 simulated runs, seed 2028), so the
      page and `planner risk` give the same P(ready); `planner risk` adds the sensitivity table.
      --no-risk leaves it out.
      """
  )

  // `--output` too, so that `--out` gets "did you mean '--output'?" (issue 25, point 6); declared
  // before the input options so that it, not the equally near `--busy`, is the suggestion.
  @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the page to this file (replaced whole, never half-written); - for standard output. Default: plan.html beside the profile on a terminal, else standard output.", valueName: "file.html"))
  var output: String?

  @OptionGroup var input: InputOptions

  @OptionGroup var region: CostRegion

  @Option(help: "Simulated runs for the risk section (default 20,000, as `planner risk`; seed 2028).")
  var runs = RiskRun.standardRuns

  @Flag(help: "Leave the risk section out.")
  var noRisk = false

  func validate() throws {
    if !(1...1_000_000).contains(runs) { throw ValidationError("--runs must be from 1 to 1,000,000, got \(runs)") }
  }

  func run() async throws {
    let (context, result, notice, cycleOver) = try reportingInputErrors { () throws -> (InputOptions.Context, PlanResult, String?, Bool) in
      let context = try input.load()
      let (result, notice, cycleOver) = try PlanCommand.planOrExplain(context)
      return (context, result, notice, cycleOver)
    }
    let next = context.applicant.next(result, days: 30, profileArgument: context.location?.argument)
    var risk: RiskSummary?
    if !noRisk {
      let first = PathwayPlanner.firstOpenYear(context.rules, today: context.today) ?? result.matchYear
      let options = RiskRun(runs: runs, workers: ProcessInfo.processInfo.activeProcessorCount)
      let analysis = await RiskAnalysis.analyze(profile: context.profile, pack: context.rules, today: context.today, targetYear: result.matchYear, firstYear: first, options: options, sensitivity: false)
      risk = RiskSummary(analysis)
    }
    let options = ReportOptions(profileName: context.profile.name, notices: notice.map { [$0] } ?? [], next: next, risk: risk, costs: CostInputs.ledger(result, context: context, region: region))
    let html = HTMLReport.render(result, options: options)
    // 78 KB of HTML on a terminal is noise: there the page goes to a file (issue 25, point 4).
    if let path = output.map({ $0 == "-" ? nil : $0 }) ?? (Console.isTerminal ? Self.defaultPage(beside: context.location?.path) : nil) {
      _ = try reportingInputErrors { try DurableFile.write(html, to: path) }
      Console.error("Wrote \(path) (\(Self.kilobytes(html)) KB): open it in a browser to read, share or print it.")
    } else {
      Console.out(html)
    }
    if !(result.feasible && !cycleOver) { throw Exit.notFeasible }
  }

  /// `plan.html` in the profile's folder (this folder for the example applicant).
  static func defaultPage(beside profile: String?) -> String {
    guard let profile else { return "plan.html" }
    let folder = (profile as NSString).deletingLastPathComponent
    return folder.isEmpty ? "plan.html" : (folder as NSString).appendingPathComponent("plan.html")
  }

  static func kilobytes(_ text: String) -> Int { (text.utf8.count + 1023) / 1024 }
}
