import ArgumentParser
import PlannerCore
import PlannerPathway

struct WhatIfCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "what-if",
    abstract: "Show what a slip or a failed exam would do to the plan and the verdict; nothing is recorded.",
    discussion: """
      planner what-if --slip step2ck.exam=+21d --profile me.yaml
      planner what-if --fail step2ck --profile me.yaml
      Exit codes: 0 the Match year would still hold, 3 it would not.
      """
  )

  @Option(name: .customLong("slip"), help: ArgumentHelp("A task and how far it slips (repeatable).", valueName: "TASK=+21d"))
  var slips: [String] = []

  @Option(name: .customLong("fail"), help: ArgumentHelp("An exam whose next sitting fails (repeatable).", valueName: "exam"))
  var fails: [String] = []

  @OptionGroup var input: InputOptions

  func validate() throws {
    if slips.isEmpty && fails.isEmpty { throw ValidationError("give at least one --slip TASK=+Nd or --fail EXAM") }
    for slip in slips where WhatIf.Slip(argument: slip) == nil {
      throw ValidationError("--slip '\(slip)': expected TASK=+Nd or TASK=+Nw with a positive number, e.g. step2ck.exam=+21d")
    }
  }

  func run() throws {
    let (text, holds) = try reportingInputErrors { () throws -> (String, Bool) in
      let context = try input.resolve()
      let scenario = WhatIf(slips: slips.compactMap(WhatIf.Slip.init(argument:)), fails: try fails.map(Replanning.exam))
      let base = try PathwayPlanner.plan(profile: context.profile, rules: context.rules, matchYear: context.matchYear, today: context.today, file: context.fileLabel)
      do {
        try scenario.check(against: base)
      } catch let error as RecordError {
        throw InputError(error.description)
      }
      let after = try scenario.plan(profile: context.profile, base: base, matchYear: context.matchYear, today: context.today, file: context.fileLabel)
      let what = scenario.slips.map { "\($0.taskID) slips \(Explain.days($0.days))" } + scenario.fails.map { "\($0.title) is failed on \(base.schedule.task("\($0.rawValue).exam")?.start.description ?? "its date")" }
      return (PlanDiff(before: PlanSnapshot(base), after: after).render(since: "if " + what.joined(separator: " and ") + " (nothing recorded)"), after.feasible)
    }
    Console.out(text)
    if !holds { throw Exit.notFeasible }
  }
}
