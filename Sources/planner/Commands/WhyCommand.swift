import ArgumentParser
import PlannerCore
import PlannerPathway
import PlannerRender
import PlannerRules

struct WhyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "why",
    abstract: "Explain a task's date: the chain back to today, a window or a booking, with lags and sources.",
    discussion: "planner why ecfmg.verified --profile me.yaml"
  )

  @Argument(help: ArgumentHelp("A task id (`planner plan --format table` lists them).", valueName: "task"), completion: .custom(CompletionSources.taskIDs))
  var task: String

  @OptionGroup var input: InputOptions

  @OptionGroup var layout: OutputOptions

  func run() throws {
    let text = try reportingInputErrors { () throws -> String in
      let context = try input.load()
      let result = try context.applicant.plan()
      // An exam's name means its next sitting, as in `what-if` (issue 25, point 6).
      let id = WhatIf.taskID(task, in: result)
      guard result.schedule.task(id) != nil else {
        throw UsageError("unknown task '\(task)'\(RecordRules.hint(task, in: result.schedule.tasks.map(\.id))) (`planner plan --format table` lists the task ids)")
      }
      return WhyChain.render(id, in: result)
    }
    layout.page()
    Console.out(TextWrap.wrap(text, width: layout.columns))
  }
}
