import ArgumentParser
import PlannerCore
import PlannerPathway

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "Print a Match cycle's rules pack: every date and rule with its source."
  )

  @Option(help: "The Match year (default: the first cycle still open today).")
  var match: Int?

  @Option(help: ArgumentHelp("Plan as if today were this day.", valueName: "YYYY-MM-DD"))
  var today: String?

  @Option(help: "text or json")
  var format: RulesFormat = .text

  enum RulesFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

  func run() throws {
    let cycle = try reportingInputErrors { () throws -> CycleRules in
      let options = try InputOptions.parse(today.map { ["--today", $0] } ?? [])
      let day = try options.resolveToday()
      let year = match ?? RulesPack.supportedYears.first { (RulesPack.cycle($0)?.rolDeadline.value ?? day) >= day } ?? RulesPack.supportedYears.upperBound
      guard let cycle = RulesPack.cycle(year) else {
        throw InputError("--match \(year): outside the Match years planner knows (\(RulesPack.supportedYears.lowerBound)–\(RulesPack.supportedYears.upperBound))")
      }
      return cycle
    }
    Console.out(format == .json ? RulesReport.json(cycle).rendered() + "\n" : RulesReport.text(cycle))
  }
}
