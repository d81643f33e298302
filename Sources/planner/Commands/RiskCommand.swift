import ArgumentParser
import Foundation
import PlannerCore
import PlannerPathway
import PlannerRender
import PlannerRisk
import PlannerRules

enum RiskFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

struct RiskCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "risk",
    abstract: "Simulate the chance of making each Match year: failed exams and retakes under the attempt rules, late results, slow documents and visas."
  )

  @OptionGroup var input: InputOptions

  @OptionGroup var region: CostRegion

  @OptionGroup var layout: OutputOptions

  @Option(help: "Simulated runs (default 20,000, as `planner report` and `plan --risk`).")
  var runs = RiskRun.standardRuns

  @Option(help: "Random seed (default fixed, so reruns agree).")
  var seed: UInt64 = RiskRun.standardSeed

  @Option(help: "Output format: text or json.")
  var format: RiskFormat = .text

  @Flag(name: .customLong("no-sensitivity"), help: "Skip the sensitivity table (one extra simulation per row).")
  var noSensitivity = false

  func validate() throws {
    if !(1...10_000_000).contains(runs) { throw ValidationError("--runs must be from 1 to 10,000,000, got \(runs)") }
  }

  func run() async throws {
    let (context, plan) = try reportingInputErrors { () throws -> (InputOptions.Context, PlanResult) in
      let context = try input.load()
      return (context, try context.applicant.plan())
    }
    let first = PathwayPlanner.firstOpenYear(context.rules, today: context.today) ?? plan.matchYear
    let options = RiskRun(runs: runs, seed: seed, workers: ProcessInfo.processInfo.activeProcessorCount)
    let analysis = await RiskAnalysis.analyze(profile: context.profile, pack: context.rules, today: context.today, targetYear: plan.matchYear, firstYear: first, options: options, sensitivity: !noSensitivity)
    let verdict = RiskCommand.verdict(plan)
    let cost = RiskCost(analysis.draws, ledger: CostInputs.ledger(plan, context: context, region: region))
    layout.page()
    Console.out(format == .json ? analysis.json(verdict: verdict, cost: cost) : analysis.text(verdict: verdict, cost: cost, width: layout.columns))
  }

  /// `plan --risk`: the milestone bands of the standard run (`RiskRun`), no sensitivity.
  static func bands(plan: PlanResult, context: InputOptions.Context) async -> RiskAnalysis {
    let first = PathwayPlanner.firstOpenYear(context.rules, today: context.today) ?? plan.matchYear
    let options = RiskRun(workers: ProcessInfo.processInfo.activeProcessorCount)
    return await RiskAnalysis.analyze(profile: context.profile, pack: context.rules, today: context.today, targetYear: plan.matchYear, firstYear: first, options: options, sensitivity: false)
  }

  /// The bands by task id, for the chart.
  static func chartBands(_ analysis: RiskAnalysis) -> [String: (p50: Day, p90: Day?)] {
    var out: [String: (p50: Day, p90: Day?)] = [:]
    for m in analysis.milestones {
      guard let p50 = m.p50 else { continue }
      out[m.id] = (p50, m.p90)
    }
    return out
  }

  /// The plan's text with the bands' summary after it (or inside the JSON object).
  static func withBands(_ text: String, analysis: RiskAnalysis, json: Bool) -> String {
    guard json else { return text + "\n" + analysis.bandsText }
    // The plan's JSON is one object: the bands go in as its last member.
    var body = text
    while body.last == "\n" { body.removeLast() }
    guard body.last == "}" else { return text }
    body.removeLast()
    while body.last == "\n" || body.last == " " { body.removeLast() }
    return body + ",\n  \"risk\": " + analysis.bandsJSON(indent: 1) + "\n}\n"
  }

  static func verdict(_ plan: PlanResult) -> String {
    let earliest = plan.earliestFeasibleMatchYear.map { "earliest feasible Match year \($0)" } ?? "no feasible Match year"
    let v = plan.verdict
    let risk = v.status == .atRisk ? " (" + VerdictText.brief(v) + ")" : ""
    // The estimates the verdict rests on (issue 21, point 3), unless the at-risk clause says them.
    let rests = v.status == .atRisk ? "" : VerdictText.restsOn(v).map { " It \($0)." } ?? ""
    return (v.holds ? "feasible for \(plan.matchYear) with \(plan.slack) days to spare\(risk)" : "not feasible for \(plan.matchYear)") + "; " + earliest + "." + rests
  }
}
