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
    let (cycle, rules) = try reportingInputErrors { () throws -> (CycleRules, RulesPack) in
      let options = try InputOptions.parse(today.map { ["--today", $0] } ?? [])
      let day = try options.resolveToday()
      let rules = try RulesFiles.load()
      let year = match ?? rules.supportedYears.first { (rules.cycle($0)?.rolDeadline.value ?? day) >= day } ?? rules.supportedYears.upperBound
      guard let cycle = rules.cycle(year) else {
        throw InputError("--match \(year): outside the Match years planner knows (\(rules.supportedYearsText))")
      }
      return (cycle, rules)
    }
    Console.out(format == .json ? RulesReport.json(cycle, rules: rules).rendered() + "\n" : RulesReport.text(cycle, rules: rules))
  }
}
