import ArgumentParser
import PlannerCore
import PlannerPathway

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case gantt, table, json
}

struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Build the dated plan, its critical path and verdict, and draw it."
  )

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: gantt, table or json.")
  var format: OutputFormat = .gantt

  @Option(help: "Chart width in columns (default: the terminal's).")
  var width: Int?

  @Flag(help: "Draw with ASCII characters only.")
  var ascii = false

  @Flag(name: .customLong("no-color"), help: "No colour (also when NO_COLOR is set or output is piped).")
  var noColor = false

  func validate() throws {
    if let width, !(40...1000).contains(width) {
      throw ValidationError("--width must be between 40 and 1000 columns, got \(width)")
    }
  }

  func run() throws {
    let (context, result, notice, cycleOver) = try reportingInputErrors { () throws -> (InputOptions.Context, PlanResult, String?, Bool) in
      let context = try input.resolve()
      let (result, notice, cycleOver) = try planOrExplain(context)
      return (context, result, notice, cycleOver)
    }
    let text: String
    switch format {
    case .json:
      text = PlanReport.json(result, profile: context.profile).rendered() + "\n"
    case .table:
      text = PlanReport.header(result, profileName: context.profile.name, notice: notice) + "\n" + PlanReport.table(result) + "\n" + PlanReport.footer(result)
    case .gantt:
      let chart = ChartStyle(width: width ?? Console.width, ascii: ascii, color: !noColor && Console.wantsColor)
      text = PlanReport.header(result, profileName: context.profile.name, notice: notice) + "\n" + chart.render(result) + "\n" + PlanReport.footer(result)
    }
    Console.out(text)
    if cycleOver || !result.feasible { throw Exit.notFeasible }
  }

  /// Plans the requested year; for a cycle that is over, says so and plans the earliest feasible one.
  func planOrExplain(_ context: InputOptions.Context) throws -> (PlanResult, String?, Bool) {
    do {
      let result = try PathwayPlanner.plan(profile: context.profile, matchYear: context.matchYear, today: context.today, file: context.fileLabel)
      return (result, context.isDefaultProfile ? Self.defaultNotice : nil, false)
    } catch let error {
      guard case .cycleOver(_, _, _, _, _, let earliest) = error, let earliest else { throw error }
      let result = try PathwayPlanner.plan(profile: context.profile, matchYear: earliest, today: context.today, file: context.fileLabel)
      return (result, error.description + ". Showing the \(earliest) plan.", true)
    }
  }

  static let defaultNotice = "No profile given: planning for a fresh graduate with nothing done yet, on a J-1 visa (run `planner init me.yaml` to describe yourself)."
}
