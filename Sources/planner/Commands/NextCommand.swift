import ArgumentParser
import PlannerCore
import PlannerOutputs
import PlannerPathway

struct NextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "next",
    abstract: "What to do now: overdue work, what to start in the next days, deadlines and bookings.",
    discussion: """
      Each line ends with the command that records it. Overdue is a planned start that has passed \
      with nothing recorded (a booked exam without a result, a fixed date, a start in the last saved plan).
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Option(help: "How many days ahead to look.")
  var days = 30

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @OptionGroup var colors: ColorOptions

  func validate() throws {
    if !(1...730).contains(days) { throw ValidationError("--days must be between 1 and 730, got \(days)") }
  }

  func run() throws {
    let (context, result) = try reportingInputErrors { () throws -> (InputOptions.Context, PlanResult) in
      let context = try input.resolve(withBaseline: true)
      return (context, try PathwayPlanner.plan(profile: context.profile, rules: context.rules, matchYear: context.matchYear, today: context.today, file: context.fileLabel))
    }
    let next = NextActions(result, profile: context.profile, days: days, baseline: context.baseline, profileArgument: context.location?.argument)
    let profileLine = context.location?.line ?? PlanCommand.defaultNotice
    switch format {
    case .json:
      let header: [(String, JSONValue)] = [
        ("schemaVersion", .int(1)), ("name", .string(context.profile.name)),
        ("profile", context.location.map { .string($0.path) } ?? .null), ("matchYear", .int(result.matchYear)),
        ("feasible", .bool(result.feasible)),
      ]
      Console.out(next.json(header: header).rendered() + "\n")
    case .text:
      let verdict = PlanReport.verdictLines(result, margin: result.margin).first ?? ""
      let title = "Next \(days) days for \(context.profile.name) · today \(result.today) → \(next.until) · Match \(result.matchYear)\n\(profileLine)\n\(verdict)"
      let text = next.text(title: title)
      if colors.enabled {
        Console.outVerbatim(VerdictColor.paint(TerminalText.sanitize(text), tone: VerdictColor.tone(result)))
      } else {
        Console.out(text)
      }
    }
  }
}
