import ArgumentParser
import PlannerPathway
import PlannerRender
import PlannerRules

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check eligibility for a Match cycle: school, attempts, OET, graduation, specialty.",
    discussion: "The eligibility part of the plan's verdict: the plan's own findings, and whether the year is open. Exit code 3 when the year does not hold (a blocker, or dates that miss a gate), as for `plan`; 0 when it is on track or at risk."
  )

  @OptionGroup var input: InputOptions

  @OptionGroup var layout: OutputOptions

  func run() throws {
    let (context, result) = try reportingInputErrors { () throws -> (InputOptions.Context, PlanResult) in
      let context = try input.load()
      return (context, try context.applicant.plan())
    }
    // The plan's findings and verdict, rendered: never a second run of the rules that could
    // disagree with `plan` on whether the year is open (issue 20, contradiction 3).
    layout.page()
    Console.out(TextWrap.wrap(EligibilityCheck.text(result, profileName: context.profile.name, notices: [context.profileLine] + result.notices), width: layout.columns))
    if !result.verdict.holds { throw Exit.notFeasible }
  }
}
