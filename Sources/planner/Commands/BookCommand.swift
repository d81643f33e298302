import ArgumentParser
import PlannerPathway

struct BookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "book",
    abstract: "Record a booked test date; then see what moved.",
    discussion: "planner book step2ck --date 2027-03-18 --profile me.yaml"
  )

  @Argument(help: "step1, step2ck, step3 or oet", completion: .list(CompletionSources.exams))
  var exam: String

  @Option(parsing: .unconditional, help: ArgumentHelp("The test date. YYYY-MM-DD, today, yesterday, -3d, +2w.", valueName: "date"), transform: DateArgument.parse)
  var date: DateArgument?

  @OptionGroup var input: InputOptions

  @OptionGroup var layout: OutputOptions

  @Flag(help: "List every task that moved, not only the milestones.")
  var all = false

  @Flag(help: "Write the saved plan (me.plan.json) through a symlink even when its target is not a saved plan.")
  var force = false

  func run() throws {
    try Replanning.commit(input, width: layout.columns, command: "book", showAll: all, force: force) { loaded in
      let exam = try Replanning.exam(exam)
      return .action(.book(exam, for: try Replanning.day(date, what: "the test date you booked", today: loaded.today)))
    }
  }
}
