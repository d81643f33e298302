import ArgumentParser
import PlannerPathway
import PlannerRender
import PlannerRules

struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List what was recorded, numbered, oldest first.",
    discussion: "planner history --profile me.yaml"
  )

  @OptionGroup var input: InputOptions

  @OptionGroup var layout: OutputOptions

  func run() throws {
    let text = try reportingInputErrors { () throws -> String in
      // History lists the journal and plans nothing: a busy calendar given to it would change
      // nothing, so it is refused rather than ignored (issue 23; BusyEverywhereTests).
      if !input.busy.isEmpty {
        throw UsageError("--busy: `planner history` lists what was recorded and plans nothing; give --busy to plan, next or what-if instead")
      }
      let files = try ReplanFiles.require(input.profile, for: "history")
      let today = try input.resolveToday()
      let journal = try JournalFiles.journal(files, rules: try input.loadRules(today: today))
      return Replanner.history(journal, file: files.journal, today: today)
    }
    layout.page()
    Console.out(TextWrap.wrap(text, width: layout.columns))
  }
}
