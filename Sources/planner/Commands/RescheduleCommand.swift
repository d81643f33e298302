import ArgumentParser
import PlannerPathway

struct RescheduleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reschedule",
    abstract: "Record that a booked exam moved to another date; then see what moved.",
    discussion: "planner reschedule step2ck --date 2027-06-10 --profile me.yaml"
  )

  @Argument(help: "step1, step2ck, step3 or oet")
  var exam: String

  @Option(help: ArgumentHelp("The new test date.", valueName: "YYYY-MM-DD"))
  var date: String?

  @OptionGroup var input: InputOptions

  func run() throws {
    try Replanning.commit(input, command: "reschedule") { context, _ in
      let exam = try Replanning.exam(exam)
      let day = try Replanning.day(date, what: "the new test date")
      // Not booked: `from` equals `to`, and the rules say plainly that there is nothing to move.
      return .reschedule(exam, from: context.profile.record(exam).booked ?? day, to: day)
    }
  }
}
