import ArgumentParser
import PlannerCore
import PlannerPathway
import PlannerRender
import PlannerRules

struct WhatIfCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "what-if",
    abstract: "Show what a slip, a booking or a failed exam would do to the plan and the verdict; nothing is recorded.",
    discussion: """
      planner what-if --slip step2ck=+3w --profile me.yaml          (an exam's name means its next sitting)
      planner what-if --slip pathway.apply=-10d --slip oet=+1m --profile me.yaml
      planner what-if --book step2ck=2027-05-10 --profile me.yaml
      planner what-if --fail step2ck --profile me.yaml
      Exit codes: 0 the Match year would still hold (on track or at risk), 3 it would not, 2 bad input or a scenario the exam rules forbid.
      """
  )

  @Option(name: .customLong("slip"), help: ArgumentHelp("A task (or exam) and how far it moves: +21d, -10d, +2w, +1m (repeatable).", valueName: "TASK=+21d"), completion: .custom(CompletionSources.slips))
  var slips: [String] = []

  @Option(name: .customLong("fail"), help: ArgumentHelp("An exam whose next sitting fails (repeatable).", valueName: "exam"), completion: .list(CompletionSources.exams))
  var fails: [String] = []

  @Option(name: .customLong("book"), help: ArgumentHelp("An exam booked for a date (repeatable).", valueName: "EXAM=DATE"), completion: .list(CompletionSources.exams.map { $0 + "=" }))
  var books: [String] = []

  @Flag(help: "List every task that moved, not only the milestones.")
  var all = false

  @OptionGroup var input: InputOptions

  @OptionGroup var region: CostRegion

  @OptionGroup var layout: OutputOptions

  func validate() throws {
    if slips.isEmpty && fails.isEmpty && books.isEmpty && input.busy.isEmpty { throw ValidationError("give at least one --slip TASK=+Nd, --book EXAM=DATE, --fail EXAM or --busy FILE") }
    for slip in slips where WhatIf.Slip(argument: slip) == nil {
      throw ValidationError("--slip '\(slip)': expected TASK=+Nd, -Nd, +Nw or +Nm, e.g. step2ck.exam=+21d or step2ck=-1w")
    }
    for book in books where book.split(separator: "=").count != 2 {
      throw ValidationError("--book '\(book)': expected EXAM=DATE, e.g. step2ck=2027-05-10")
    }
  }

  func run() throws {
    let (text, holds) = try reportingInputErrors { () throws -> (String, Bool) in
      let context = try input.load()
      var bookings: [Exam: Day] = [:]
      for book in books {
        let parts = book.split(separator: "=").map(String.init)
        bookings[try Replanning.exam(parts[0])] = try DateOption.parse(parts[1], option: "--book \(parts[0])", today: context.today)
      }
      let base = try context.applicant.plan()
      // `--busy FILE` is the new commitment (issue 23, point 6): the plan before it is the plan
      // without those files (the profile's own busy: stays), read by the same loader.
      var without = input
      without.busy = []
      let plainContext = input.busy.isEmpty ? context : try without.load()
      let before = input.busy.isEmpty ? base : try plainContext.applicant.plan()
      let slips = self.slips.compactMap(WhatIf.Slip.init(argument:)).map { WhatIf.Slip(taskID: WhatIf.taskID($0.taskID, in: base), offset: $0.offset) }
      let scenario = WhatIf(slips: slips, fails: try fails.map(Replanning.exam), bookings: bookings)
      do {
        try scenario.check(against: base, profile: context.profile)
      } catch let error as RecordError {
        // A mistyped --slip task is a usage error; a scenario the plan cannot take is bad input.
        if error.badInput { throw UsageError(error.description) }
        throw InputError(error.description)
      }
      let onlyBusy = scenario.slips.isEmpty && scenario.fails.isEmpty && scenario.bookings.isEmpty
      let after = onlyBusy ? base : try scenario.plan(profile: context.profile, base: base, matchYear: context.matchYear, today: context.today, file: context.fileLabel)
      let what = input.busy.map { "you are busy as \($0) says" } + scenario.bookings.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.title) is booked for \($0.value)" }
        + scenario.slips.map { "\($0.taskID) \($0.words)" }
        + scenario.fails.map { "\($0.title) is failed on \(base.schedule.task("\($0.rawValue).exam")?.start.description ?? "its date")" }
      let warnings = scenario.attemptWarnings(profile: context.profile, base: base).map { $0 + "\n" }.joined()
      // What the scenario does to the fees (`planner cost`'s ledger, before and after).
      let counts = CostInputs.standardOptions(context, region: region)
      let costBefore = CostLedger(before, profile: plainContext.profile, options: CostInputs.standardOptions(plainContext, region: region))
      let costAfter = CostLedger(after, profile: scenario.applied(to: context.profile, base: base, today: context.today), options: counts)
      let diff = PlanDiff(before: PlanSnapshot(before), after: after).render(since: "if " + what.joined(separator: " and ") + " (nothing recorded)", all: all)
      let routes = try scenario.j1Alternative(profile: context.profile, base: base, matchYear: context.matchYear, today: context.today, file: context.fileLabel)
        .map { VisaRouteText.lines(h1b: after, j1: $0).joined(separator: "\n") + "\n" } ?? ""
      return (warnings + diff + routes + CostWords.difference(before: costBefore, after: costAfter) + "\n", after.verdict.holds)
    }
    layout.page()
    Console.out(TextWrap.wrap(text, width: layout.columns))
    if !holds { throw Exit.notFeasible }
  }
}
