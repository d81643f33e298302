import ArgumentParser
import PlannerCore
import PlannerPathway

struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Compare today's plan with the last saved one: what moved, and whether the Match year holds.",
    discussion: """
      The saved plan (me.yaml → me.plan.json) is written by record, book, reschedule and undo, and \
      by `diff --save`. Exit codes: 0 the Match year holds, 3 it does not, 2 no saved plan or bad input.
      """
  )

  @OptionGroup var input: InputOptions

  @Flag(help: "Save today's plan as the new baseline after showing the difference.")
  var save = false

  func run() throws {
    let (text, holds) = try reportingInputErrors { () throws -> (String, Bool) in
      let files = try ReplanFiles.require(input.profile, for: "diff")
      let context = try input.resolve()
      guard let saved = try SavedPlan.load(profilePath: files.profile) else {
        throw InputError("\(files.savedPlan): no saved plan yet; it is written by `planner record`, `book`, `reschedule`, `undo` and `planner diff --save`")
      }
      let after = try PathwayPlanner.plan(profile: context.profile, rules: context.rules, matchYear: context.matchYear ?? saved.matchYear, today: context.today, file: context.fileLabel)
      if save {
        let lock = try JournalLock.acquire(files)
        defer { withExtendedLifetime(lock) {} }
        try SavedPlan.save(after, profile: context.profile, profilePath: files.profile)
      }
      let text = PlanDiff(before: saved, after: after).render(since: "since the plan of \(saved.today) (\(files.savedPlan))")
      return (text + (save ? "Saved today's plan as \(files.savedPlan).\n" : ""), after.feasible)
    }
    Console.out(text)
    if !holds { throw Exit.notFeasible }
  }
}
