import ArgumentParser
import PlannerPathway

struct UndoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo",
    abstract: "Take back the newest record in force, or record N (an 'undo N' line is appended; nothing is deleted).",
    discussion: """
      planner undo --profile me.yaml       the newest record still in force
      planner undo 3 --profile me.yaml     record 3 (`planner history` numbers them); undoing an undo puts its record back
      """
  )

  @Argument(help: ArgumentHelp("The record to take back (default: the newest in force).", valueName: "N"))
  var number: Int?

  @OptionGroup var input: InputOptions

  @OptionGroup var layout: OutputOptions

  @Flag(help: "List every task that moved, not only the milestones.")
  var all = false

  @Flag(help: "Write the saved plan (me.plan.json) through a symlink even when its target is not a saved plan.")
  var force = false

  func run() throws {
    try Replanning.commit(input, width: layout.columns, command: "undo", showAll: all, force: force) { _ in .undo(number) }
  }
}
