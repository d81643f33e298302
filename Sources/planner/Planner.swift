import ArgumentParser
import Foundation
import PlannerRules
import PlannerRulesData

@main
struct Planner: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "planner",
    abstract: "Plan an international medical graduate's road to a US residency.",
    discussion: """
      Exit codes: 0 the plan is feasible; 3 the requested Match year is not feasible \
      (the plan is still printed); 2 bad input (profile, journal, rules pack or another file); 4 a record the exam \
      rules refuse; 5 `sync` did not finish (the calendar server refused, could not be reached, or \
      holds conflicting changes); 75 the journal is locked by another planner; 64 command-line usage (an unknown \
      command, option, task or exam name, a missing --date or --profile, a bad date or value).
      """,
    version: VersionText.text,
    subcommands: [
      PlanCommand.self, NextCommand.self, CheckCommand.self, RecordCommand.self, BookCommand.self, RescheduleCommand.self,
      HistoryCommand.self, UndoCommand.self, DiffCommand.self, WhyCommand.self, WhatIfCommand.self, ReportCommand.self,
      SyncCommand.self, InitCommand.self, RulesCommand.self, RiskCommand.self, CohortCommand.self, ProgramsCommand.self, CostCommand.self,
    ],
    defaultSubcommand: PlanCommand.self
  )

  /// The parser's own main, with a check first for a mistyped command (`planner chek`).
  static func main() async {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let commands = CommandSuggestion.commandNames(Self.self)
    if let message = CommandSuggestion.message(arguments: arguments, commands: commands) {
      Console.error(message)
      Self.exit(withError: Exit.usage)
    }
    do {
      var command = try parseAsRoot(arguments)
      if var command = command as? any AsyncParsableCommand {
        try await command.run()
      } else {
        try command.run()
      }
    } catch {
      if let word = CommandSuggestion.unexpectedArgument(in: message(for: error)),
        let message = CommandSuggestion.message(arguments: arguments, unexpected: word, commands: commands)
      {
        Console.error(message)
        Self.exit(withError: Exit.usage)
      }
      // A bad date in planner's one-line words, not the parser's three (error, help, usage).
      if let line = DateArgument.usageLine(parserMessage: message(for: error)) {
        Console.error(line)
        Self.exit(withError: Exit.usage)
      }
      // The parser's messages quote what was typed: escaped like every other message.
      guard exitCode(for: error) != .success else { Self.exit(withError: error) }
      let text = fullMessage(for: error)
      if !text.isEmpty { Console.error(text) }
      Self.exit(withError: exitCode(for: error))
    }
  }
}
