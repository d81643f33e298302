import ArgumentParser
import PlannerPathway
import PlannerReport

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the plan as one self-contained HTML page (verdict, chart, deadlines, findings, sources) to share or print."
  )

  @OptionGroup var input: InputOptions

  @Option(name: .short, help: ArgumentHelp("Write the page to this file (replaced whole, never half-written); default: standard output.", valueName: "file.html"))
  var output: String?

  func run() throws {
    let (html, feasible) = try reportingInputErrors { () throws -> (String, Bool) in
      let context = try input.resolve(withBaseline: true)
      let (result, notice, cycleOver) = try PlanCommand.planOrExplain(context)
      let options = ReportOptions(profileName: context.profile.name, notices: notice.map { [$0] } ?? [])
      return (HTMLReport.render(result, options: options), result.feasible && !cycleOver)
    }
    if let output, output != "-" {
      _ = try reportingInputErrors { try DurableFile.write(html, to: output) }
    } else {
      Console.out(html)
    }
    if !feasible { throw Exit.notFeasible }
  }
}
