import ArgumentParser
import PlannerRulesData

@main
struct Planner: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "planner",
    abstract: "Plan an international medical graduate's road to a US residency.",
    discussion: """
      Exit codes: 0 the plan is feasible; 3 the requested Match year is not feasible \
      (the plan is still printed); 2 bad input (profile, journal, dates, files); 4 a record the exam \
      rules refuse; 75 the journal is locked by another planner; 64 command-line usage.
      """,
    version: "0.1.0 (rules pack \(EmbeddedRules.packVersion))",
    subcommands: [
      PlanCommand.self, NextCommand.self, CheckCommand.self, RecordCommand.self, BookCommand.self, RescheduleCommand.self,
      HistoryCommand.self, UndoCommand.self, DiffCommand.self, WhyCommand.self, WhatIfCommand.self, ReportCommand.self,
      InitCommand.self, RulesCommand.self, RiskCommand.self, CohortCommand.self, ProgramsCommand.self,
    ],
    defaultSubcommand: PlanCommand.self
  )
}
