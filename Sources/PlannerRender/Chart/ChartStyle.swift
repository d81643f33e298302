public import PlannerCore
import PlannerGantt
public import PlannerPathway
import PlannerRules

/// How the chart is drawn, resolved from flags and the terminal by the executable.
public struct ChartStyle {
  public var width: Int
  public var ascii: Bool
  public var color: Bool
  /// `--from` / `--until`; by default from the start of last month to residency start.
  public var from: Day?
  public var until: Day?
  /// `plan --risk`: task id → its simulated P50 and P90 days (nil: not reached by P90).
  public var bands: [String: (p50: Day, p90: Day?)] = [:]

  public init(width: Int, ascii: Bool, color: Bool, from: Day? = nil, until: Day? = nil) {
    self.width = width
    self.ascii = ascii
    self.color = color
    self.from = from
    self.until = until
  }

  /// The default window: shortly before today (the first of the previous month) to the residency
  /// start, or to the plan's last day if that is later; earlier done work becomes one line.
  public static func window(_ result: PlanResult, from: Day?, until: Day?) -> ClosedRange<Day> {
    let monthAgo = result.today.adding(months: -1)
    let start = from ?? Day(year: monthAgo.year, month: monthAgo.month, day: 1) ?? monthAgo
    let planEnd = result.schedule.tasks.filter { $0.task.state != .done }.map(\.lastDay).max() ?? result.cycle.residencyStart.value
    let end = until ?? max(result.cycle.residencyStart.value, planEnd)
    return start...max(start, end)
  }

  public func render(_ result: PlanResult) -> String {
    let c = result.cycle
    let gates = [
      GanttGate(day: c.erasSubmissionOpens.value, label: "ERAS submission opens"),
      GanttGate(day: c.rolDeadline.value, label: "ROL deadline"),
      GanttGate(day: c.matchDay.value, label: "Match Day"),
      GanttGate(day: c.residencyStart.value, label: "Residency starts"),
    ]
    var window = Self.window(result, from: from, until: until)
    // Without --until, the chart runs on to the last simulated P90 so every band shows whole.
    if until == nil, let end = bands.values.compactMap(\.p90).max(), end > window.upperBound { window = window.lowerBound...end }
    var options = GanttOptions(width: width, useColor: color, ascii: ascii, gates: gates, window: window)
    options.summariseDoneBefore = true
    options.bands = bands.mapValues { GanttBand(p50: $0.p50, p90: $0.p90) }
    options.overdue = result.overdue.mapValues(\.days)
    // The days a busy calendar keeps the applicant away (issue 23, point 6: the chart shades them).
    if let a = result.graph.availability {
      options.away = a.closed.indices.filter { a.closed[$0] }.map { Day(ordinal: a.first + $0) }
      options.awayLabel = "Days away"
    }
    return GanttRenderer.render(result.schedule, options: options) + "\n"
  }
}
