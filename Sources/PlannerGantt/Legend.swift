import PlannerCore

/// The lines under the chart: what every glyph means, the scale, and each gate with its date.
struct Legend {
  let glyphs: Glyphs
  let width: Int
  let scale: TimeScale
  let today: Day
  let gates: [(number: Int, gate: GanttGate, label: String)]
  let clipped: Bool
  /// `plan --risk` drew P50–P90 bands.
  var bands = false
  /// The days-away row's name, when the chart has one.
  var away: String? = nil

  func lines() -> [StyledLine] {
    var items: [StyledLine] = [
      item(glyphs.critical, .critical, "critical: a delay here eats the margin"),
      item(glyphs.planned, .planned, "planned"),
      item(glyphs.done, .done, "done"),
      item(glyphs.milestone, .plain, "milestone (" + String(glyphs.doneMilestone) + " done)"),
      item(glyphs.float, .float, "room to slip"),
      item(glyphs.deadline, .deadline, "deadline"),
      item(glyphs.booked, .booked, "booked (fixed date)"),
      item(glyphs.estimated, .estimated, "date or length estimated, not published"),
      item(glyphs.today, .today, "today " + today.description + (scale.isVisible(today) ? "" : " (outside the chart)")),
    ]
    if bands {
      var band = StyledLine()
      band.append(String([glyphs.bandStart, glyphs.band, glyphs.band, glyphs.bandEnd]), .band)
      band.append(glyphs.ascii ? " P50-P90: the day half, and nine in ten, of the simulated runs are done" : " P50–P90: the day half, and nine in ten, of the simulated runs are done")
      items.append(band)
    }
    if let away {
      items.append(item(glyphs.away, .dim, away.lowercased() + " (a busy calendar)"))
    }
    if clipped {
      items.append(item(glyphs.clippedLeft, .plain, "before / " + String(glyphs.clippedRight) + " after the window"))
    }
    let days = scale.daysPerColumn == 1 ? "1 day" : String(scale.daysPerColumn) + " days"
    items.append(item("one column = " + days))
    var out = wrap(items, gap: 2)
    let note = "spare: days a task can start late before it makes a deadline or a target late (the targets: programs start reviewing, NRMP's standard registration); negative: already late"
    out += wrap(note.split(separator: " ").map { item(String($0)) }, gap: 1)

    // Long labels are shortened so the date always shows: "│ 12 label  2027-09-01".
    let room = width - 3 - String(gates.count).count - 12
    let labels = gates.map { TextWidth.truncate($0.label, to: room, ellipsis: glyphs.ellipsis) }
    let labelWidth = labels.map { TextWidth.of($0) }.max() ?? 0
    for ((number, gate, _), label) in zip(gates, labels) {
      var line = StyledLine()
      line.append(glyphs.gate, .gate)
      line.append(" " + String(number) + " ", .gate)
      line.append(TextWidth.padded(label, to: labelWidth) + "  " + gate.day.description)
      if !scale.isVisible(gate.day) { line.append(" (outside the chart)", .dim) }
      out.append(line)
    }
    return out
  }

  private func item(_ glyph: Character, _ style: Style, _ text: String) -> StyledLine {
    var line = StyledLine()
    line.append(glyph, style)
    line.append(" " + text)
    return line
  }

  private func item(_ word: String) -> StyledLine {
    var line = StyledLine()
    line.append(word)
    return line
  }

  /// Packs pieces into lines no wider than `width`, `gap` spaces apart.
  private func wrap(_ pieces: [StyledLine], gap: Int) -> [StyledLine] {
    var out: [StyledLine] = []
    var line = StyledLine()
    for piece in pieces {
      if line.width > 0 && line.width + gap + piece.width > width {
        out.append(line)
        line = StyledLine()
      }
      if line.width > 0 { line.append(String(repeating: " ", count: gap)) }
      for run in piece.runs { line.append(run.text, run.style) }
    }
    if line.width > 0 { out.append(line) }
    return out
  }
}
