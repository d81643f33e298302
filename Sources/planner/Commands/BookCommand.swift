import ArgumentParser
import PlannerPathway

struct BookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "book",
    abstract: "Record a booked test date; then see what moved.",
    discussion: "planner book step2ck --date 2027-03-18 --profile me.yaml"
  )

  @Argument(help: "step1, step2ck, step3 or oet")
  var exam: String

  @Option(help: ArgumentHelp("The test date.", valueName: "YYYY-MM-DD"))
  var date: String?

  @OptionGroup var input: InputOptions

  func run() throws {
    try Replanning.commit(input, command: "book") { _, _ in
      let exam = try Replanning.exam(exam)
      return .book(exam, for: try Replanning.day(date, what: "the test date you booked"))
    }
  }
}
