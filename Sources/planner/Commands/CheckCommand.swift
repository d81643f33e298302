import ArgumentParser
import PlannerPathway

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check eligibility for a Match cycle: school, attempts, OET, graduation, specialty.",
    discussion: "Exit code 3 when something blocks the cycle."
  )

  @OptionGroup var input: InputOptions

  func run() throws {
    let (context, result) = try reportingInputErrors { () throws -> (InputOptions.Context, PlanResult) in
      let context = try input.resolve()
      return (context, try PathwayPlanner.plan(profile: context.profile, rules: context.rules, matchYear: context.matchYear, today: context.today, file: context.fileLabel))
    }
    let findings = EligibilityCheck.run(profile: context.profile, plan: result, today: context.today)
    Console.out(EligibilityCheck.text(findings, cycle: result.cycle, profileName: context.profile.name, notices: [context.location?.line ?? PlanCommand.defaultNotice] + result.notices, lateBy: EligibilityCheck.lateBy(result)))
    if findings.contains(where: { $0.severity == .blocker }) { throw Exit.notFeasible }
  }
}
