import PlannerCore
public import PlannerPathway
import PlannerRules

/// The Gantt chart as inline SVG: phases, bars, milestones, float whiskers, deadlines, the
/// cycle's gates and today, with real `<text>` and a `<title>` tooltip on every row. A pure
/// function of the plan; every coordinate is rounded to a tenth so output is byte-stable.
public struct GanttSVG: Sendable {
  public static let labelWidth = 250.0
  public static let plotWidth = 810.0
  public static let floatWidth = 80.0
  public static let rowHeight = 22.0
  static let lineHeight = 14.0

  let result: PlanResult
  let gates: [ChartGate]
  let first: Day
  let last: Day
  let scale: Double
  /// Today's label first, then the gates'.
  let labels: RuleLabels
  /// Task id → the risk layer's P50–P90 band, drawn as a strip under its row.
  let bands: [String: RiskSummary.Band]

  public init(_ result: PlanResult, gates: [ChartGate], bands: [RiskSummary.Band] = []) {
    self.result = result
    self.gates = gates
    self.bands = Dictionary(bands.map { ($0.taskID, $0) }, uniquingKeysWith: { a, _ in a })
    let s = result.schedule
    var days = [s.today] + gates.map(\.day) + bands.compactMap { $0.p90.map { $0 + 1 } }
    for t in s.tasks where t.task.dateKnown {
      days += [t.start, t.lastDay + 1, t.safeLastDay + 1]
      if let d = t.task.deadline { days.append(d + 1) }
    }
    let low = days.min() ?? s.today
    let high = days.max() ?? s.today
    first = Day(year: low.year, month: low.month, day: 1) ?? low
    let next = Day(year: high.year, month: high.month, day: 1)?.adding(months: 1) ?? high
    last = next
    let scale = Self.plotWidth / Double(max(1, last - first))
    self.scale = scale
    let start = first
    func x(_ day: Day) -> Double { Self.labelWidth + Double(day - start) * scale }
    let items = [(x(s.today), "today \(s.today)")] + gates.map { (x($0.day), "\($0.label) \($0.day)") }
    labels = RuleLabels(items.map { (x: $0.0, text: $0.1) }, left: Self.labelWidth, right: Self.labelWidth + Self.plotWidth)
  }

  public static var width: Double { labelWidth + plotWidth + floatWidth }

  func x(_ day: Day) -> Double { Self.labelWidth + Double(day - first) * scale }

  /// Phases in the order their first task appears, each with its tasks in plan order.
  var phases: [(name: String, tasks: [ScheduledTask])] {
    var order: [String] = []
    var byPhase: [String: [ScheduledTask]] = [:]
    for t in result.schedule.tasks {
      if byPhase[t.task.group] == nil { order.append(t.task.group) }
      byPhase[t.task.group, default: []].append(t)
    }
    return order.map { ($0.isEmpty ? "Other" : $0, byPhase[$0] ?? []) }
  }

  /// Header lines: the rules' labels (staggered, see `RuleLabels`), then the month axis.
  var plotTop: Double { Double(labels.lineCount + 1) * Self.lineHeight + 10 }

  public func render() -> String {
    let rows = phases.reduce(0) { $0 + 1 + $1.tasks.count }
    let height = plotTop + Double(rows) * Self.rowHeight + 8
    var out: [String] = []
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" width=\"\(n(Self.width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\" role=\"img\" aria-labelledby=\"gantt-title\">")
    out.append("<title id=\"gantt-title\">Gantt chart of the Match \(result.matchYear) plan: \(result.schedule.tasks.count) tasks from \(first) to \(last - 1)</title>")
    out.append(Self.patterns)
    out += axis(bottom: height - 8)
    var y = plotTop
    for phase in phases {
      out.append("<g class=\"phase\"><rect class=\"band\" x=\"0\" y=\"\(n(y))\" width=\"\(n(Self.width))\" height=\"\(n(Self.rowHeight))\"/><text class=\"phase-name\" x=\"4\" y=\"\(n(y + 15))\">\(Markup.escape(phase.name))</text></g>")
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
    var classes = ["task"]
    if t.critical && !done { classes.append("crit") }
    if done { classes.append("done") }
    if t.task.state == .booked { classes.append("booked") }
    if t.task.provenance.estimated { classes.append("estimated") }
    if facts.status == .late { classes.append("late") }
    var out = ["<g class=\"\(classes.joined(separator: " "))\" data-id=\"\(Markup.escape(t.id))\"><title>\(Markup.escape(facts.tooltip))</title>"]
    let marks = (t.task.state == .booked ? "● " : "") + (t.task.provenance.estimated ? "≈ " : "")
    let name = Self.truncate(t.task.name, to: 36 - marks.count)
    out.append("<text class=\"name\" x=\"12\" y=\"\(n(top + 15))\">\(Markup.escape(marks + name))</text>")
    let mid = top + Self.rowHeight / 2
    guard t.task.dateKnown else {
      // Done on a day the profile does not give: no bar, since no date would be true.
      out.append("<text class=\"float-label\" x=\"\(n(Self.width - 6))\" y=\"\(n(top + 15))\" text-anchor=\"end\">done, no date</text>")
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
      let x0 = x(p50), x1 = b.p90.map { x($0 + 1) } ?? Self.labelWidth + Self.plotWidth
      let tip = "\(b.name): P50 \(p50) · P80 \(b.p80.map(\.description) ?? "not reached") · P90 \(b.p90.map(\.description) ?? "not reached") (simulated)"
      out.append("<g class=\"risk-band\" data-id=\"\(Markup.escape(t.id))\"><title>\(Markup.escape(tip))</title><rect x=\"\(n(x0))\" y=\"\(n(top + 18))\" width=\"\(n(max(2, x1 - x0)))\" height=\"3\"/><path d=\"M\(n(x0)) \(n(top + 16))V\(n(top + 22))\(b.p90 == nil ? "" : "M\(n(x1)) \(n(top + 16))V\(n(top + 22))")\"/></g>")
    }
    let label = facts.floatLabel + (t.critical && !done ? " ★" : "")
    out.append("<text class=\"float-label\" x=\"\(n(Self.width - 6))\" y=\"\(n(top + 15))\" text-anchor=\"end\">\(Markup.escape(label))</text>")
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
