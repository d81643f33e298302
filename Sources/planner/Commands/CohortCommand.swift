import ArgumentParser
import Foundation
import PlannerCohort
import PlannerRender
import PlannerCore
import PlannerPathway
import PlannerRisk
import PlannerRules

struct CohortCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cohort",
    abstract: "Plan a whole caseload: one row per profile, most urgent first (blocked, late, overdue, smallest margin).",
    discussion: """
      Every .yaml/.yml profile in the given files and folders is planned as `planner plan` would, \
      with the journal beside it (me.journal) merged in, the saved plan (me.plan.json) dating \
      overdue work, and a programs file beside it (me.csv, see `planner programs`) counted. A \
      profile that cannot be read or planned is a row with its error; the others are still planned \
      (exit 2 when any row has an error). Everyone is planned on the same today (UTC unless --today).
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, html }

  @Argument(help: ArgumentHelp("Profiles and folders of profiles.", valueName: "path"))
  var paths: [String]

  @Option(help: ArgumentHelp("The same target Match year for everyone (default: each profile's, else its earliest feasible).", valueName: "year"))
  var match: Int?

  // Unconditional: a value such as `-3d` is a date here, not an option.
  @Option(parsing: .unconditional, help: ArgumentHelp("Plan as if today were this day: YYYY-MM-DD, yesterday, -2w… (default: today in UTC).", valueName: "date"), transform: DateArgument.parse)
  var today: DateArgument?

  @Option(help: "Output format: table, csv, json or html (one self-contained page).")
  var format: Format = .table

  @Option(help: "Profiles planned at once (default: one per core). The output does not depend on it.")
  var jobs: Int?

  @Option(name: .customLong("risk-runs"), help: "Simulated runs per applicant for P(ready) (0: leave it out).")
  var riskRuns = RiskRun.caseloadRuns

  @OptionGroup var rulesOption: RulesOptions

  @OptionGroup var region: CostRegion

  @OptionGroup var layout: OutputOptions

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give at least one profile or folder") }
    if let jobs, !(1...256).contains(jobs) { throw ValidationError("--jobs must be from 1 to 256, got \(jobs)") }
    if !(0...1_000_000).contains(riskRuns) { throw ValidationError("--risk-runs must be from 0 to 1,000,000, got \(riskRuns)") }
  }

  func run() async throws {
    let options = try reportingInputErrors { () throws -> CohortOptions in
      let day = try Self.resolveToday(today)
      let rules = try RulesFiles.load(rulesOption.file, today: day).pack
      if let match, !rules.supportedYears.contains(match) {
        throw UsageError("--match \(match): outside the Match years planner knows (\(rules.supportedYearsText))")
      }
      var options = CohortOptions(today: day, matchYear: match, rules: rules, riskRuns: riskRuns, seed: RiskRun.standardSeed, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
      options.abroad = region.abroad
      return options
    }
    let files = CohortFiles.profiles(paths)
    if files.isEmpty { throw reportingFailure("no profiles (.yaml, .yml) in \(paths.joined(separator: ", "))") }
    let cohort = await Cohort.plan(files.map(CohortFiles.input), options: options)
    layout.page()
    switch format {
    case .table: Console.out(cohort.table(width: layout.columns))
    // CRLF record ends are the format's own; every cell is already sanitized.
    case .csv: Console.outVerbatim(cohort.csv())
    case .json: Console.out(cohort.json())
    case .html: Console.out(cohort.html())
    }
    if cohort.count(.error) > 0 { throw Exit.badInput }
  }

  /// `--today` (a date, or words counted from the clock's UTC date), else today in UTC: one day
  /// for the whole caseload, whatever each profile's time zone.
  static func resolveToday(_ option: DateArgument?) throws -> Day {
    if let day = option?.fixedDay { return day }
    guard let clock = LocalDay.day(at: Date(), zone: "UTC") else {
      throw InputError("cannot read today's date from the system clock; pass --today YYYY-MM-DD")
    }
    return try option?.day(today: clock, option: "--today") ?? clock
  }
}

/// A bad-input message printed now, as its exit code to throw.
func reportingFailure(_ message: String) -> ExitCode {
  Console.error(diagnostics(message))
  return Exit.badInput
}
