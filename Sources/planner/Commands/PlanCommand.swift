import ArgumentParser
import Foundation
import PlannerCore
import PlannerICal
import PlannerRender
import PlannerPathway
import PlannerRules

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case gantt, table, json, mermaid, csv, tjp

  var library: PlanOutput.Format {
    switch self {
    case .gantt: return .gantt
    case .table: return .table
    case .json: return .json
    case .mermaid: return .mermaid
    case .csv: return .csv
    case .tjp: return .tjp
    }
  }
}

enum ReminderModeOption: String, ExpressibleByArgument, CaseIterable {
  case alarms, events, both
  var mode: CalendarOptions.ReminderMode { CalendarOptions.ReminderMode(rawValue: rawValue)! }
}

struct PlanCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Build the dated plan, its critical path and verdict, and draw it."
  )

  @OptionGroup var input: InputOptions

  @OptionGroup var region: CostRegion

  @Flag(help: "Add the P50–P90 bands of the key milestones from `planner risk` (the same 20,000 simulated runs, seed 2028).")
  var risk = false

  @Option(help: "Output format: gantt, table, json, mermaid (a Markdown gantt block), csv (one row per task) or tjp (a TaskJuggler project).")
  var format: OutputFormat = .gantt

  @OptionGroup var layout: OutputOptions

  @Option(parsing: .unconditional, help: ArgumentHelp("Chart from this day: YYYY-MM-DD, today, -2w… (default: the first of last month).", valueName: "date"), transform: DateArgument.parse)
  var from: DateArgument?

  @Option(parsing: .unconditional, help: ArgumentHelp("Chart until this day: YYYY-MM-DD, +6m… (default: residency start).", valueName: "date"), transform: DateArgument.parse)
  var until: DateArgument?

  @Flag(help: "Draw with ASCII characters only.")
  var ascii = false

  @OptionGroup var colors: ColorOptions

  @Option(help: ArgumentHelp("Also write the plan as an iCalendar file (updated in place on reruns); `-` writes only the calendar, to standard output.", valueName: "file.ics"), completion: .file(extensions: ["ics"]))
  var ics: String?

  @Flag(help: "With --ics: replace a calendar file that planner wrote for another profile (or another program wrote).")
  var force = false

  @Flag(help: "With --ics: add to-dos (VTODO) for document tasks, for Thunderbird and Apple Reminders.")
  var todos = false

  @Option(help: ArgumentHelp("With --ics: reminders as alarms on the events (VALARM, the default), as events of their own (for Google Calendar, which drops alarms), or both.", valueName: "alarms|events|both"))
  var reminders: ReminderModeOption = .alarms

  @Option(name: .customLong("remind"), help: ArgumentHelp("With --ics: reminder lead times in days, comma-separated.", valueName: "days"))
  var remind = "14,2"

  @Option(help: ArgumentHelp("With --ics: the DTSTAMP to write (default: SOURCE_DATE_EPOCH, else now).", valueName: "YYYY-MM-DDTHH:MM:SSZ"))
  var dtstamp: String?

  func validate() throws {
    if let f = from?.fixedDay, let u = until?.fixedDay, u < f {
      throw ValidationError("--until \(u) is before --from \(f)")
    }
    if reminderDays == nil {
      throw ValidationError("--remind takes days as whole numbers from 0 to 365, separated by commas, got '\(remind)'")
    }
    if ics == nil && (todos || dtstamp != nil || force) {
      throw ValidationError("--todos, --dtstamp and --force go with --ics FILE")
    }
  }

  func run() async throws {
    let (context, result, notice, cycleOver, calendar) = try reportingInputErrors {
      () throws -> (InputOptions.Context, PlanResult, String?, Bool, (CalendarFile, (text: String, changes: CalendarChanges))?) in
      // The saved plan, when readable, dates overdue work (never stops the plan).
      let context = try input.load()
      let (result, notice, cycleOver) = try Self.planOrExplain(context)
      let calendar = try ics.map { path in
        let file = CalendarFile(path: path, includeTodos: todos, reminderDays: reminderDays ?? [], dtstampOption: dtstamp, force: force, reminderMode: reminders.mode)
        return (file, try file.render(result, profile: context.profile))
      }
      return (context, result, notice, cycleOver, calendar)
    }
    // `plan` only reads: the saved plan (the diff baseline) changes only with record, book,
    // reschedule, undo and `diff --save`, so trying --match or --today values is harmless.
    if let (file, written) = calendar {
      try reportingInputErrors { try file.write(written.text, changes: written.changes) }
      // The calendar alone on standard output, so `--ics - > plan.ics` is a calendar file.
      if file.toStandardOutput {
        if cycleOver || !result.feasible { throw Exit.notFeasible }
        return
      }
    }
    let window = try reportingInputErrors { () throws -> (from: Day?, until: Day?) in
      let from = try from?.day(today: context.today, option: "--from")
      let until = try until?.day(today: context.today, option: "--until")
      if let from, let until, until < from { throw UsageError("--until \(until) is before --from \(from)") }
      return (from, until)
    }
    let next = context.applicant.next(result, days: 30, profileArgument: context.location?.argument)
    let columns = layout.columns
    let analysis = risk ? await RiskCommand.bands(plan: result, context: context) : nil
    let output = PlanOutput.render(
      result, profile: context.profile, notice: notice, next: next, format: format.library, width: columns, ascii: ascii,
      color: (format == .gantt || format == .table) && colors.enabled,
      from: window.from, until: window.until,
      bands: analysis.map(RiskCommand.chartBands) ?? [:],
      costs: format == .json ? CostInputs.ledger(result, context: context, region: region) : nil)
    var text = output.text
    if let analysis {
      text = RiskCommand.withBands(text, analysis: analysis, json: format == .json)
    }
    // Saved before printing: the pager may hold the terminal until the reader quits.
    let saved = FirstBaseline.save(result, context: context, input: input)
    layout.page()
    if output.styled { Console.outVerbatim(text) } else { Console.out(text) }
    if let saved { Console.error(saved) }
    if cycleOver || !result.feasible { throw Exit.notFeasible }
  }

  /// Plans the requested year; for a cycle that is over, says so and plans the earliest feasible one.
  static func planOrExplain(_ context: InputOptions.Context) throws -> (PlanResult, String?, Bool) {
    let result = try context.applicant.plan()
    return (result, context.profileLine, result.requestedYearOver != nil)
  }

  var reminderDays: [Int]? {
    let days = remind.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
    guard !days.isEmpty, days.allSatisfy({ $0.map { (0...365).contains($0) } ?? false }) else { return nil }
    return days.compactMap { $0 }
  }
}
