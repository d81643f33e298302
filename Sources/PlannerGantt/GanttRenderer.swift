public import PlannerCore

/// Renders a schedule as a text Gantt chart: a month axis, one row per task grouped by phase,
/// today and gate rules, a float column and a legend.
///
/// A pure function of its inputs (no clock, environment or terminal), so the same schedule and
/// options always give byte-identical text. Lines end without trailing spaces and never exceed
/// `options.width` columns; the text has no final newline, the caller prints it.
public enum GanttRenderer {
  public static func render(_ schedule: Schedule, options: GanttOptions) -> String {
    let glyphs = Glyphs(ascii: options.ascii)
    let width = max(options.width, 1)
    let clean = { (s: String) in TextWidth.clean(s, ascii: options.ascii) }
    let groups = grouped(schedule.tasks)
    let names = schedule.tasks.map { clean($0.task.name) }

    // The float column is as wide as its widest entry or its header.
    let floatWidth = schedule.tasks.map { TextWidth.of(RowLayout.floatText($0, overdue: options.overdue[$0.id]).0) }.reduce(5, max)
    let natural = max(
      groups.map { TextWidth.of(clean($0.name)) }.max() ?? 0,
      (names.map(TextWidth.of).max() ?? 0) + RowLayout.namePrefix)
    // Names get up to about a third of the line (44 columns at most); the rest goes to time.
    let nameCap = max(12, min(44, (width - floatWidth - 2) * 9 / 25))
    let nameWidth = min(max(natural, 12), nameCap)
    let chartRoom = max(1, width - nameWidth - floatWidth - 2)

    let (first, planLast) = span(schedule, window: options.window)
    var last = planLast
    // The whole of each simulated band fits, unless a window was asked for.
    if options.window == nil {
      for band in options.bands.values { last = max(last, band.p90 ?? band.p50) }
    }
    let scale = TimeScale(first: first, last: last, maxColumns: chartRoom)
    let todayColumn = scale.isVisible(schedule.today) ? scale.column(of: schedule.today) : nil
    let gates = options.gates.enumerated().map { (number: $0.offset + 1, gate: $0.element, label: clean($0.element.label)) }
    let gateColumns = gates.filter { scale.isVisible($0.gate.day) }.map { scale.column(of: $0.gate.day) }

    let rows = RowLayout(
      glyphs: glyphs, scale: scale, nameWidth: nameWidth, floatWidth: floatWidth,
      todayColumn: todayColumn, gateColumns: gateColumns, overdue: options.overdue)
    let chartLeft = nameWidth + 1

    var lines: [StyledLine] = []
    var axis = StyledLine()
    let (labels, ticks) = scale.axisMarks(limit: scale.columns)
    for mark in (labels + ticks.map { (column: $0, text: String(glyphs.tick)) }).sorted(by: { $0.column < $1.column }) {
      axis.pad(to: chartLeft + mark.column)
      axis.append(mark.text)
    }
    lines.append(axis)
    lines.append(
      markerLine(
        scale: scale, left: chartLeft, todayColumn: todayColumn, floatWidth: floatWidth,
        gates: gates.filter { scale.isVisible($0.gate.day) }.map { ($0.number, scale.column(of: $0.gate.day)) }))

    // Days away, one row for the whole chart: any column holding one is shaded.
    let awayColumns = Set(options.away.filter { scale.isVisible($0) }.map { scale.column(of: $0) })
    if !awayColumns.isEmpty {
      var line = StyledLine()
      line.append(TextWidth.truncate(clean(options.awayLabel), to: nameWidth, ellipsis: glyphs.ellipsis), .dim)
      for column in awayColumns.sorted() {
        line.pad(to: chartLeft + column)
        line.append(String(glyphs.away), .dim)
      }
      lines.append(line)
    }

    // Finished before the window: one line, not rows squeezed against the left edge.
    let summarised: Set<Int> = options.summariseDoneBefore
      ? Set(schedule.tasks.indices.filter { schedule.tasks[$0].task.state == .done && (schedule.tasks[$0].lastDay < scale.start || !schedule.tasks[$0].task.dateKnown) })
      : []
    if !summarised.isEmpty {
      let sorted = summarised.sorted()
      let dated = sorted.filter { schedule.tasks[$0].task.dateKnown }
      var text = "Done before \(scale.start): \(dated.count) task\(dated.count == 1 ? "" : "s")"
      if !dated.isEmpty { text += " (" + dated.map { names[$0] }.joined(separator: "; ") + ")" }
      let undated = sorted.filter { !schedule.tasks[$0].task.dateKnown }
      if !undated.isEmpty { text += "; done, date not given: " + undated.map { names[$0] }.joined(separator: "; ") }
      for text in wrapWords(text, width: width) {
        var line = StyledLine()
        line.append(text, .done)
        lines.append(line)
      }
    }
    let showHeadings = !(groups.count == 1 && groups[0].name.isEmpty)
    for group in groups {
      let members = group.members.filter { !summarised.contains($0) }
      guard !members.isEmpty else { continue }
      if showHeadings { lines.append(rows.heading(group.name.isEmpty ? "Other" : clean(group.name))) }
      for i in members {
        lines.append(rows.task(schedule.tasks[i], name: names[i]))
        if let band = options.bands[schedule.tasks[i].task.id] { lines.append(rows.band(band)) }
      }
    }

    if options.showLegend {
      let clipped = schedule.tasks.indices.contains { i in
        let t = schedule.tasks[i]
        return !summarised.contains(i) && t.task.dateKnown && (t.lastDay < scale.start || t.earlyStart > scale.end)
      }
      lines.append(StyledLine())
      lines += Legend(glyphs: glyphs, width: width, scale: scale, today: schedule.today, gates: gates, clipped: clipped, bands: !options.bands.isEmpty, away: awayColumns.isEmpty ? nil : clean(options.awayLabel)).lines()
    }
    return lines.map { $0.clipped(to: width).rendered(color: options.useColor) }.joined(separator: "\n")
  }

  /// Greedy word wrap for the summary line.
  static func wrapWords(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if TextWidth.of(candidate) > width && !current.isEmpty {
        lines.append(current)
        current = "  " + word
      } else {
        current = candidate
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// Group names in first-appearance order, each with its tasks' indices in input order.
  static func grouped(_ tasks: [ScheduledTask]) -> [(name: String, members: [Int])] {
    var groups: [(name: String, members: [Int])] = []
    var index: [String: Int] = [:]
    for (i, t) in tasks.enumerated() {
      if let g = index[t.task.group] {
        groups[g].members.append(i)
      } else {
        index[t.task.group] = groups.count
        groups.append((t.task.group, [i]))
      }
    }
    return groups
  }

  /// The days to show: the window if given, else from the earliest start (or today) to the
  /// plan's last day, stretched to show every task's room to slip.
  static func span(_ schedule: Schedule, window: ClosedRange<Day>?) -> (Day, Day) {
    if let window { return (window.lowerBound, window.upperBound) }
    var first = schedule.today
    var last = schedule.today
    for t in schedule.tasks where t.task.dateKnown {
      first = min(first, t.earlyStart)
      last = max(last, t.lastDay, t.lateLastDay)
    }
    return (first, last)
  }

  /// The line under the month axis: `today` over the today rule, gate numbers over their rules,
  /// and the float column's header.
  static func markerLine(
    scale: TimeScale, left: Int, todayColumn: Int?, floatWidth: Int, gates: [(number: Int, column: Int)]
  ) -> StyledLine {
    var taken = [Bool](repeating: false, count: scale.columns + 1)
    var labels: [(column: Int, text: String, style: Style)] = []
    func place(_ text: String, at column: Int, _ style: Style) -> Bool {
      guard column >= 0, column + text.count <= scale.columns else { return false }
      // Keep a blank column on each side so neighbouring labels never run together.
      let from = max(0, column - 1)
      let to = min(scale.columns, column + text.count)
      guard !taken[from...to].contains(true) else { return false }
      for c in column..<(column + text.count) { taken[c] = true }
      labels.append((column, text, style))
      return true
    }
    if let t = todayColumn, !place("today", at: t, .today) {
      // Near the right edge the label ends at the rule instead of starting there.
      _ = place("today", at: t - 4, .today)
    }
    // Gates in the same or neighbouring columns share one label ("2,3") at the first of them:
    // separate labels there would run together.
    var clusters: [(column: Int, last: Int, numbers: [Int])] = []
    for g in gates.sorted(by: { ($0.column, $0.number) < ($1.column, $1.number) }) {
      if let c = clusters.last, g.column - c.last <= 1 {
        clusters[clusters.count - 1].last = g.column
        clusters[clusters.count - 1].numbers.append(g.number)
      } else {
        clusters.append((g.column, g.column, [g.number]))
      }
    }
    for c in clusters {
      _ = place(c.numbers.map(String.init).joined(separator: ","), at: c.column, .gate)
    }
    var line = StyledLine()
    for label in labels.sorted(by: { $0.column < $1.column }) {
      line.pad(to: left + label.column)
      line.append(label.text, label.style)
    }
    line.pad(to: left + scale.columns + 1)
    line.append(TextWidth.leftPadded("spare", to: floatWidth), .dim)
    return line
  }
}
