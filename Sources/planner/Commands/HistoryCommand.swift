import ArgumentParser
import PlannerPathway

struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List what was recorded, numbered, oldest first.",
    discussion: "planner history --profile me.yaml"
  )

  @OptionGroup var input: InputOptions

  func run() throws {
    let text = try reportingInputErrors { () throws -> String in
      let files = try ReplanFiles.require(input.profile, for: "history")
      let journal = try JournalFiles.journal(files, rules: try RulesFiles.load())
      guard !journal.entries.isEmpty else { return "\(files.journal): nothing recorded yet.\n" }
      let undone = journal.undone()
      var lines = ["\(files.journal): \(journal.entries.count) record\(journal.entries.count == 1 ? "" : "s") (recorded on · what)"]
      let width = String(journal.entries.count).count
      for (i, entry) in journal.entries.enumerated() {
        let number = String(i + 1)
        var line = "  \(String(repeating: " ", count: width - number.count))\(number)  \(entry.recordedOn)  \(entry.summary)"
        if let by = undone[i + 1] { line += "  (taken back by \(by))" }
        lines.append(line)
      }
      return lines.joined(separator: "\n") + "\n"
    }
    Console.out(text)
  }
}
