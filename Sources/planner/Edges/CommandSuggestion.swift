import ArgumentParser
import Foundation
import PlannerPathway

/// `planner chek`: with `plan` as the default subcommand the parser would take the typo for an
/// argument of `plan` and print plan's usage. `plan` takes no positional arguments, so a word
/// where a command goes that names none is a mistyped command: say which one was near.
enum CommandSuggestion {
  static func commandNames(_ root: any ParsableCommand.Type) -> [String] {
    root.configuration.subcommands.map { $0._commandName } + ["help"]
  }

  /// The message for a word in the command's place that is no command, or nil when there is none.
  /// `unexpected` is the word the parser refused (for `planner --profile me.yaml chek`).
  static func message(arguments: [String], unexpected: String? = nil, commands: [String]) -> String? {
    guard !arguments.contains(where: commands.contains) else { return nil }
    let word: String
    if let first = arguments.first, !first.hasPrefix("-") {
      word = first
    } else if let unexpected, !unexpected.hasPrefix("-") {
      word = unexpected
    } else {
      return nil
    }
    let hint = RecordRules.hint(word.lowercased(), in: commands)
    let list = hint.isEmpty ? " (commands: \(commands.filter { $0 != "help" }.joined(separator: ", ")); `planner help` explains them)" : ""
    return "planner: error: unknown command \(quoted(word))\(hint)\(list)"
  }

  /// The word in "Unexpected argument 'x'", the parser's message for a positional it did not expect.
  static func unexpectedArgument(in message: String) -> String? {
    guard let range = message.range(of: "Unexpected argument '") else { return nil }
    let rest = message[range.upperBound...]
    guard let end = rest.firstIndex(of: "'") else { return nil }
    return String(rest[..<end])
  }
}
