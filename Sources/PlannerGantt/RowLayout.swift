import PlannerCore

/// Draws the chart body: group headings and one line per task, each as
/// `name column │ chart columns │ float column`.
struct RowLayout {
  let glyphs: Glyphs
  let scale: TimeScale
  let nameWidth: Int
  let floatWidth: Int
  let todayColumn: Int?
  let gateColumns: [Int]
  var overdue: [String: Int] = [:]

  /// Columns before a task's name: indent, booked flag, estimate flag, space.
  static let namePrefix = 4

  /// A group heading, with the today and gate rules running through it unbroken.
  func heading(_ name: String) -> StyledLine {
    var line = StyledLine()
    line.append(TextWidth.truncate(name, to: nameWidth, ellipsis: glyphs.ellipsis), .heading)
    line.pad(to: nameWidth + 1)
    appendCells(ruleCells(), to: &line)
    return line
  }

  func task(_ t: ScheduledTask, name: String) -> StyledLine {
    var line = StyledLine()
    line.append(" ")
    line.append(t.task.state == .booked ? glyphs.booked : " ", .booked)
    line.append(t.task.provenance.estimated ? glyphs.estimated : " ", .estimated)
    line.append(" ")
    let room = nameWidth - RowLayout.namePrefix
    line.append(TextWidth.truncate(name, to: room, ellipsis: glyphs.ellipsis), t.task.state == .done ? .dim : .plain)
    line.pad(to: nameWidth + 1)
    appendCells(barCells(t), to: &line)
    line.pad(to: nameWidth + 1 + scale.columns + 1)
    let (text, style) = RowLayout.floatText(t, overdue: overdue[t.id])
    line.pad(to: line.width + floatWidth - TextWidth.of(text))
    line.append(text, style)
    return line
  }

  /// The line under a task's row with its simulated P50–P90 band (`plan --risk`), over the
  /// same rules; past the chart's right edge (or never reached by P90) it ends in the edge glyph.
  func band(_ band: GanttBand) -> StyledLine {
    var line = StyledLine()
    let range = glyphs.ascii ? "P50-P90" : "P50–P90"
    let label = band.p90 == nil ? range + ": P90 not reached" : range + " (simulated)"
    line.append(String(repeating: " ", count: RowLayout.namePrefix))
    line.append(TextWidth.truncate(label, to: nameWidth - RowLayout.namePrefix, ellipsis: glyphs.ellipsis), .band)
    line.pad(to: nameWidth + 1)
    var cells = ruleCells()
    let last = scale.columns - 1
    let from = scale.column(of: band.p50)
    let open = band.p90.map { !scale.isVisible($0) && $0 > scale.end } ?? true
    let to = band.p90.map { min(scale.column(of: $0), last) } ?? last
    if from > last {
      cells[last] = (glyphs.clippedRight, .band)
    } else if to >= 0 {
      let a = max(from, 0)
      for c in a...max(a, to) { cells[c] = (glyphs.band, .band) }
      if from >= 0 { cells[from] = (glyphs.bandStart, .band) }
      cells[max(a, to)] = (open ? glyphs.clippedRight : glyphs.bandEnd, .band)
    }
    appendCells(cells, to: &line)
    return line
  }

  /// The right-hand column: the days to spare up to the latest safe start
  /// (`ScheduledTask.safeStart`, the value `planner next`, JSON `latestSafeStart` and the HTML
  /// report show, whether a deadline or a soft target sets it: issue 25 §5 put words, not a
  /// star, in the legend), or `done`.
  static func floatText(_ t: ScheduledTask, overdue: Int? = nil) -> (String, Style) {
    if let overdue { return ("overdue \(overdue)d", .late) }
    guard let hard = t.float else { return ("done", .done) }
    let f = t.safeStart - t.start
    let mark = "d"
    if f < 0 { return (String(f) + mark, hard < 0 ? .late : .plain) }
    if f == 0 { return ("0" + mark, t.critical ? .critical : .plain) }
    return ("+" + String(f) + mark, t.critical ? .critical : .plain)
  }

  private typealias Cell = (glyph: Character, style: Style)

  /// Empty chart columns, with the gate rules and the today rule (today wins a shared column).
  private func ruleCells() -> [Cell] {
    var cells = [Cell](repeating: (" ", .plain), count: scale.columns)
    for c in gateColumns where cells.indices.contains(c) { cells[c] = (glyphs.gate, .gate) }
    if let c = todayColumn, cells.indices.contains(c) { cells[c] = (glyphs.today, .today) }
    return cells
  }

  /// The task's bar over the rules; float after the bar where no rule is drawn.
  private func barCells(_ t: ScheduledTask) -> [Cell] {
    var cells = ruleCells()
    let last = scale.columns - 1
    let from = scale.column(of: t.earlyStart)
    let to = scale.column(of: t.lastDay)
    let isDone = t.task.state == .done
    if !t.task.dateKnown {
      // Done on no known day: no bar at a made-up position, just the words.
      for (k, ch) in "(date not given)".enumerated() where cells.indices.contains(k) && cells[k].glyph == " " {
        cells[k] = (ch, .done)
      }
      return cells
    }

    if !isDone && t.safeStart > t.start {
      let floatEnd = min(scale.column(of: t.safeLastDay), last)
      if max(to + 1, 0) <= floatEnd {
        for c in max(to + 1, 0)...floatEnd where cells[c].glyph == " " { cells[c] = (glyphs.float, .float) }
      }
    }

    let style: Style = isDone ? .done : t.critical ? .critical : .planned
    var onBar = Set<Int>()
    if to < 0 {
      // Entirely before the window: say so at the edge rather than show an empty row.
      cells[0] = (glyphs.clippedLeft, style)
    } else if from > last {
      cells[last] = (glyphs.clippedRight, style)
    } else if t.task.isMilestone {
      cells[from] = (isDone ? glyphs.doneMilestone : glyphs.milestone, style)
      onBar.insert(from)
    } else {
      let glyph = isDone ? glyphs.done : t.critical ? glyphs.critical : glyphs.planned
      for c in max(from, 0)...min(to, last) {
        cells[c] = (glyph, style)
        onBar.insert(c)
      }
    }

    if let deadline = t.task.deadline, scale.isVisible(deadline) {
      let c = scale.column(of: deadline)
      let broken = t.lastDay > deadline
      if !onBar.contains(c) {
        cells[c] = (glyphs.deadline, broken ? .late : .deadline)
      } else if broken {
        // The bar runs past its deadline: mark where it should have ended, or, when the
        // deadline shares the bar's last column, keep the glyph and make it stand out.
        cells[c] = c == to ? (cells[c].glyph, .late) : (glyphs.deadline, .late)
      }
    }
    return cells
  }

  private func appendCells(_ cells: [Cell], to line: inout StyledLine) {
    for cell in cells { line.append(cell.glyph, cell.style) }
  }
}
