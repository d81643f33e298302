import ArgumentParser
import PlannerPathway

struct UndoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo",
    abstract: "Take back the last record (an 'undo N' line is appended; nothing is deleted).",
    discussion: "planner undo --profile me.yaml"
  )

  @OptionGroup var input: InputOptions

  func run() throws {
    try Replanning.commit(input, command: "undo") { context, journal in
      guard let n = journal.lastUndoable(asOf: context.today) else {
        throw InputError("nothing to undo: no record in force in \(ReplanFiles(profile: input.profile ?? "").journal)")
      }
      return .undo(n)
    }
  }
}
