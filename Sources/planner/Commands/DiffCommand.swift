import ArgumentParser
import PlannerCore
import PlannerPathway
import PlannerRender
import PlannerRules

struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Compare today's plan with the last saved one: what moved, and whether the Match year holds.",
    discussion: """
      The saved plan (me.yaml → me.plan.json) is written by record, book, reschedule and undo, and \
      by `diff --save`; `plan` never writes it. Exit codes: 0 the Match year holds, 3 it does not, \
      2 no saved plan or bad input, 75 another planner holds the journal (with --save).
      """
  )

  @OptionGroup var input: InputOptions

  @OptionGroup var layout: OutputOptions

  @Flag(help: "Save today's plan as the new baseline after showing the difference.")
  var save = false

  @Flag(help: "List every task that moved, not only the milestones.")
  var all = false

  func run() throws {
    let (text, holds) = try reportingInputErrors { () throws -> (String, Bool) in
      let files = try ReplanFiles.require(input.profile, for: "diff")
      let lock = save ? try JournalLock.acquire(files) : nil
      defer { withExtendedLifetime(lock) {} }
      let outcome = try Replanner.diff(try input.load(savedPlan: .required, requireProfile: "diff").applicant, save: save, showAll: all)
      if let saved = outcome.savedPlanText { try DurableFile.write(saved, to: files.savedPlan) }
      return (outcome.report, outcome.holds)
    }
    layout.page()
    Console.out(TextWrap.wrap(text, width: layout.columns))
    if !holds { throw Exit.notFeasible }
  }
}
