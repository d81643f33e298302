import PlannerCore
public import PlannerPathway
import PlannerRules

/// The Gantt chart as inline SVG, in two parts side by side: the task names, which stay in view
/// while the other part — phases, bars, milestones, float whiskers, deadlines, the cycle's gates
/// and today — scrolls sideways on a phone (issue 25 §7). It starts near today, as the terminal's
/// chart does (`ChartStyle.window`): work done before then is one line above it
/// (`pastSummary`). Real `<text>` and a `<title>` tooltip on every row; a pure function of the
/// plan; every coordinate is rounded to a tenth so output is byte-stable.
public struct GanttSVG: Sendable {
  /// The names column on a wide screen, and on a phone (with shorter names).
  public static let labelWidth = 250.0
  public static let narrowLabelWidth = 150.0
  public static let plotWidth = 810.0
  public static let floatWidth = 80.0
  public static let rowHeight = 22.0
  static let lineHeight = 14.0

  let result: PlanResult
  let gates: [ChartGate]
  /// The chart's first day: the first of the month before today's, or the plan's first month
  /// when it starts later.
  let first: Day
  let last: Day
  let scale: Double
  /// Today's label first, then the gates' (those in the chart).
  let labels: RuleLabels
  /// Task id → the risk layer's P50–P90 band, drawn as a strip under its row.
  let bands: [String: RiskSummary.Band]
  /// Done work that ended before `pastBefore`, or whose day is not given: named above the chart.
  let past: [ScheduledTask]
  /// The first of the month before today's (`ChartStyle.window`): the chart never starts later.
  let pastBefore: Day

  public init(_ result: PlanResult, gates: [ChartGate], bands: [RiskSummary.Band] = []) {
    self.result = result
    self.bands = Dictionary(bands.map { ($0.taskID, $0) }, uniquingKeysWith: { a, _ in a })
    let s = result.schedule
    let window = ChartStyle.window(result, from: nil, until: nil).lowerBound
    let past = s.tasks.filter { $0.task.state == .done && (!$0.task.dateKnown || $0.lastDay < window) }
    self.past = past
    pastBefore = window
    let pastIDs = Set(past.map(\.id))
    var days = [s.today] + bands.compactMap { $0.p90.map { $0 + 1 } }
    for t in s.tasks where t.task.dateKnown && !pastIDs.contains(t.id) {
      days += [t.start, t.lastDay + 1, t.safeLastDay + 1]
      if let d = t.task.deadline { days.append(d + 1) }
    }
    let low = max(window, days.min() ?? s.today)
    let high = max(days.max() ?? s.today, gates.map(\.day).max() ?? s.today)
    first = Day(year: low.year, month: low.month, day: 1) ?? low
    let next = Day(year: high.year, month: high.month, day: 1)?.adding(months: 1) ?? high
    last = next
    let start = first
    // Gates before the chart's first day are behind the applicant: the deadlines table has them.
    self.gates = gates.filter { $0.day >= start }
    let scale = Self.plotWidth / Double(max(1, last - first))
    self.scale = scale
    func x(_ day: Day) -> Double { Double(day - start) * scale }
    let items = [(x(s.today), "today \(s.today)")] + self.gates.map { (x($0.day), "\($0.label) \($0.day)") }
    labels = RuleLabels(items.map { (x: $0.0, text: $0.1) }, left: 0, right: Self.plotWidth)
  }

  public static var width: Double { labelWidth + plotWidth + floatWidth }
  /// The part that scrolls: the plot and the days-to-spare column.
  static var plotPartWidth: Double { plotWidth + floatWidth }

  /// A day's x in the scrolling part (negative before the chart's first day: clipped).
  func x(_ day: Day) -> Double { Double(day - first) * scale }

  /// Phases in the order their first task appears, each with its tasks in plan order (done work
  /// before the chart left out: `pastSummary` names it).
  var phases: [(name: String, tasks: [ScheduledTask])] {
    let pastIDs = Set(past.map(\.id))
    var order: [String] = []
    var byPhase: [String: [ScheduledTask]] = [:]
    for t in result.schedule.tasks where !pastIDs.contains(t.id) {
      if byPhase[t.task.group] == nil { order.append(t.task.group) }
      byPhase[t.task.group, default: []].append(t)
    }
    return order.map { ($0.isEmpty ? "Other" : $0, byPhase[$0] ?? []) }
  }

  /// "Done before 2026-11-01: 5 tasks (Step 1 attempt 1: fail; …); done, date not given: …", as
  /// the terminal's chart says it; nil when nothing was done before the chart.
  public var pastSummary: String? {
    guard !past.isEmpty else { return nil }
    let dated = past.filter(\.task.dateKnown)
    let undated = past.filter { !$0.task.dateKnown }
    var parts: [String] = []
    if !dated.isEmpty {
      parts.append("Done before \(pastBefore): \(dated.count) task\(dated.count == 1 ? "" : "s") (" + dated.map(\.task.name).joined(separator: "; ") + ")")
    }
    if !undated.isEmpty { parts.append("done, date not given: " + undated.map(\.task.name).joined(separator: "; ")) }
    let text = parts.joined(separator: "; ")
    return text.prefix(1).uppercased() + text.dropFirst()
  }

  /// Header lines: the rules' labels (staggered, see `RuleLabels`), then the month axis.
  var plotTop: Double { Double(labels.lineCount + 1) * Self.lineHeight + 10 }

  var height: Double {
    let rows = phases.reduce(0) { $0 + 1 + $1.tasks.count }
    return plotTop + Double(rows) * Self.rowHeight + 8
  }

  /// The two names columns (one shown per screen width, by the stylesheet) and the plot.
  public func render() -> String {
    ["<div class=\"gantt-rows\">", names(width: Self.labelWidth, limit: 36, kind: "wide"), names(width: Self.narrowLabelWidth, limit: 20, kind: "narrow"), plot(), "</div>"]
      .joined(separator: "\n")
  }

  /// One names column: the phase bands and each task's name, with its row's classes so bold,
  /// grey and red read as in the plot.
  func names(width: Double, limit: Int, kind: String) -> String {
    var out = ["<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt-names \(kind)\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" aria-hidden=\"true\">"]
    out.append("<text class=\"month\" x=\"4\" y=\"\(n(plotTop - 6))\">Task</text>")
    var y = plotTop
    for phase in phases {
      out.append("<g class=\"phase\"><rect class=\"band\" x=\"0\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(Self.rowHeight))\"/><text class=\"phase-name\" x=\"4\" y=\"\(n(y + 15))\">\(Markup.escape(Self.truncate(phase.name, to: limit - 2)))</text></g>")
      y += Self.rowHeight
      for t in phase.tasks {
        let marks = (t.task.state == .booked ? "● " : "") + (t.task.provenance.estimated ? "≈ " : "")
        // Bold names (the deciding chain) are wider: fewer letters fit.
        let bold = t.critical && t.task.state != .done
        let name = Self.truncate(t.task.name, to: limit - marks.count - (bold ? 4 : 0))
        out.append("<g class=\"\(classes(t).joined(separator: " "))\" data-row=\"\(Markup.escape(t.id))\"><title>\(Markup.escape(t.task.name))</title><text class=\"name\" x=\"12\" y=\"\(n(y + 15))\">\(Markup.escape(marks + name))</text></g>")
        y += Self.rowHeight
      }
    }
    out.append("</svg>")
    return out.joined(separator: "\n")
  }

  /// The scrolling part: axis, phase bands, each task's bar, and today's and the gates' rules.
  func plot() -> String {
    let height = self.height
    let width = Self.plotPartWidth
    var out: [String] = []
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"gantt-title\">")
    out.append("<title id=\"gantt-title\">Gantt chart of the Match \(result.matchYear) plan: \(result.schedule.tasks.count) tasks, shown from \(first) to \(last - 1)</title>")
    out.append(Self.patterns)
    out += axis(bottom: height - 8)
    var y = plotTop
    for phase in phases {
      out.append("<g class=\"phase\"><rect class=\"band\" x=\"0\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(Self.rowHeight))\"/></g>")
      y += Self.rowHeight
      for t in phase.tasks {
        out += row(t, top: y)
        y += Self.rowHeight
      }
    }
    out += rules(bottom: height - 8)
    out.append("</svg>")
    return out.joined(separator: "\n")
  }

  func classes(_ t: ScheduledTask) -> [String] {
    let done = t.task.state == .done
    var classes = ["task"]
    if t.critical && !done { classes.append("crit") }
    if done { classes.append("done") }
    if t.task.state == .booked { classes.append("booked") }
    if t.task.provenance.estimated { classes.append("estimated") }
    if TaskFacts(t, in: result).status == .late { classes.append("late") }
    return classes
  }

  /// Month ticks with Jan/Jul labels, and a faint line at each half year.
  func axis(bottom: Double) -> [String] {
    var out = ["<g class=\"axis\">"]
    let labelY = plotTop - 6
    var m = first
    while m < last {
      let xm = x(m)
      out.append("<line class=\"tick\" x1=\"\(n(xm))\" y1=\"\(n(plotTop - 4))\" x2=\"\(n(xm))\" y2=\"\(n(plotTop))\"/>")
      if m.month == 1 || m.month == 7 {
        out.append("<line class=\"grid\" x1=\"\(n(xm))\" y1=\"\(n(plotTop))\" x2=\"\(n(xm))\" y2=\"\(n(bottom))\"/>")
        let label = m.month == 1 ? "Jan \(m.year)" : "Jul"
        out.append("<text class=\"month\" x=\"\(n(xm + 2))\" y=\"\(n(labelY))\">\(label)</text>")
      }
      m = m.adding(months: 1)
    }
    out.append("</g>")
    return out
  }

  /// Today and the gates as labelled vertical rules, drawn over the rows.
  func rules(bottom: Double) -> [String] {
    labels.labels.enumerated().map { i, label in rule(label, kind: i == 0 ? "today" : "gate", bottom: bottom) }
  }

  func rule(_ label: RuleLabels.Label, kind: String, bottom: Double) -> String {
    let y = Double(label.line + 1) * Self.lineHeight
    let tx = label.endAnchored ? label.x - 3 : label.x + 3
    let anchor = label.endAnchored ? " text-anchor=\"end\"" : ""
    let text = Markup.escape(label.text)
    return "<g class=\"\(kind)\"><title>\(text)</title><line x1=\"\(n(label.x))\" y1=\"\(n(y + 3))\" x2=\"\(n(label.x))\" y2=\"\(n(bottom))\"/><text x=\"\(n(tx))\" y=\"\(n(y))\"\(anchor)>\(text)</text></g>"
  }

  func row(_ t: ScheduledTask, top: Double) -> [String] {
    let facts = TaskFacts(t, in: result)
    let done = t.task.state == .done
    var out = ["<g class=\"\(classes(t).joined(separator: " "))\" data-id=\"\(Markup.escape(t.id))\"><title>\(Markup.escape(facts.tooltip))</title>"]
    let mid = top + Self.rowHeight / 2
    guard t.task.dateKnown else {
      // Done on a day the profile does not give: no bar, since no date would be true.
      out.append("<text class=\"float-label\" x=\"\(n(Self.plotPartWidth - 6))\" y=\"\(n(top + 15))\" text-anchor=\"end\">done, no date</text>")
      out.append("</g>")
      return out
    }
    if let f = facts.floatDays, f > 0 {
      let from = t.task.isMilestone ? x(t.start) : x(t.lastDay + 1)
      let to = t.task.isMilestone ? x(t.safeLastDay) : x(t.safeLastDay + 1)
      out.append("<path class=\"float\" d=\"M\(n(from)) \(n(mid))H\(n(to))M\(n(to)) \(n(mid - 4))V\(n(mid + 4))\"/>")
    }
    if let d = t.task.deadline, !done {
      let xd = x(d + (t.task.isMilestone ? 0 : 1))
      out.append("<path class=\"deadline\" d=\"M\(n(xd)) \(n(top + 2))V\(n(top + Self.rowHeight - 2))M\(n(xd - 5)) \(n(top + 2))H\(n(xd))M\(n(xd - 5)) \(n(top + Self.rowHeight - 2))H\(n(xd))\"/>")
    }
    if t.task.isMilestone {
      let xm = x(t.start)
      out.append("<path class=\"mark\" d=\"M\(n(xm)) \(n(mid - 7))L\(n(xm + 7)) \(n(mid))L\(n(xm)) \(n(mid + 7))L\(n(xm - 7)) \(n(mid))Z\"/>")
    } else {
      let x0 = x(t.start)
      let w = max(2, x(t.lastDay + 1) - x0)
      out.append("<rect class=\"bar\" x=\"\(n(x0))\" y=\"\(n(top + 5))\" width=\"\(n(w))\" height=\"12\"/>")
      if t.task.provenance.estimated {
        out.append("<rect class=\"est\" x=\"\(n(x0))\" y=\"\(n(top + 5))\" width=\"\(n(w))\" height=\"12\"/>")
      }
    }
    if let b = bands[t.id], let p50 = b.p50 {
      // The simulated spread: from the day half the worlds are done to the day nine in ten are
      // (to the chart's edge when more than one in ten never get there), under the bar.
      let x0 = x(p50), x1 = b.p90.map { x($0 + 1) } ?? Self.plotWidth
      let tip = "\(b.name): P50 \(p50) · P80 \(b.p80.map(\.description) ?? "not reached") · P90 \(b.p90.map(\.description) ?? "not reached") (simulated)"
      out.append("<g class=\"risk-band\" data-id=\"\(Markup.escape(t.id))\"><title>\(Markup.escape(tip))</title><rect x=\"\(n(x0))\" y=\"\(n(top + 18))\" width=\"\(n(max(2, x1 - x0)))\" height=\"3\"/><path d=\"M\(n(x0)) \(n(top + 16))V\(n(top + 22))\(b.p90 == nil ? "" : "M\(n(x1)) \(n(top + 16))V\(n(top + 22))")\"/></g>")
    }
    let label = facts.floatLabel + (t.critical && !done ? " ★" : "")
    out.append("<text class=\"float-label\" x=\"\(n(Self.plotPartWidth - 6))\" y=\"\(n(top + 15))\" text-anchor=\"end\">\(Markup.escape(label))</text>")
    out.append("</g>")
    return out
  }

  /// Done work is hatched and estimated work dotted, so neither depends on colour alone.
  static let patterns = """
    <defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
    <rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="#6e6e6e"/></pattern>\
    <pattern id="dots" width="5" height="5" patternUnits="userSpaceOnUse"><circle cx="2.5" cy="2.5" r="1.1" fill="#ffffff"/></pattern></defs>
    """

  static func truncate(_ s: String, to limit: Int) -> String {
    s.count <= limit ? s : String(s.prefix(max(1, limit - 1))) + "…"
  }

  func n(_ v: Double) -> String { Markup.number(v) }
}
