import ArgumentParser
import PlannerPathway

struct RescheduleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reschedule",
    abstract: "Record that a booked exam moved to another date; then see what moved.",
    discussion: "planner reschedule step2ck --date 2027-06-10 --profile me.yaml"
  )

  @Argument(help: "step1, step2ck, step3 or oet", completion: .list(CompletionSources.exams))
  var exam: String

  @Option(parsing: .unconditional, help: ArgumentHelp("The new test date. YYYY-MM-DD, today, yesterday, -3d, +2w.", valueName: "date"), transform: DateArgument.parse)
  var date: DateArgument?

  @OptionGroup var input: InputOptions

  @OptionGroup var layout: OutputOptions

  @Flag(help: "List every task that moved, not only the milestones.")
  var all = false

  @Flag(help: "Write the saved plan (me.plan.json) through a symlink even when its target is not a saved plan.")
  var force = false

  func run() throws {
    try Replanning.commit(input, width: layout.columns, command: "reschedule", showAll: all, force: force) { loaded in
      .reschedule(try Replanning.exam(exam), to: try Replanning.day(date, what: "the new test date", today: loaded.today))
    }
  }
}
