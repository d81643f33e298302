import PlannerCore

/// Maps days to chart columns: column 0 starts on `start`, each column covers
/// `daysPerColumn` consecutive days.
struct TimeScale {
  let start: Day
  let daysPerColumn: Int
  let columns: Int

  /// The coarsest-needed scale that shows every day from `first` through `last`
  /// in at most `maxColumns` columns.
  /// A very short plan still gets a dozen columns (one day each), so the axis has room
  /// for a month and the `today` label.
  init(first: Day, last: Day, maxColumns: Int) {
    let room = max(1, maxColumns)
    let span = max(last - first + 1, min(room, 12))
    start = first
    daysPerColumn = (span + room - 1) / room
    columns = (span + daysPerColumn - 1) / daysPerColumn
  }

  /// The last day the chart shows.
  var end: Day { start + (daysPerColumn * columns - 1) }

  /// The column holding `day`; negative or ≥ `columns` when the day is off the chart.
  func column(of day: Day) -> Int {
    let offset = day - start
    // Floor division, so days before the start map to negative columns.
    return offset >= 0 ? offset / daysPerColumn : -((-offset + daysPerColumn - 1) / daysPerColumn)
  }

  func isVisible(_ day: Day) -> Bool { day >= start && day <= end }

  /// Month labels for the axis: `Nov'26 Dec Jan'27 …`, the year on the first label and on every
  /// January. When months are too close to label each one, only every 2nd, 3rd, 6th or 12th
  /// month (counted from January, so Januaries keep their year) is labelled.
  func monthLabels(limit: Int) -> [(column: Int, text: String)] {
    var months: [Day] = []
    var month = Day(year: start.year, month: start.month, day: 1) ?? start
    while month <= end {
      months.append(month)
      month = month.adding(months: 1)
    }
    for step in [1, 2, 3, 6, 12] {
      // The month the chart opens in is labelled at column 0 if it leaves room; when it
      // started before the chart it may give way to the next label.
      let chosen = months.dropFirst().filter { ($0.month - 1) % step == 0 }
      if let labels = layout([months[0]] + chosen, limit: limit) { return labels }
      let opensMidMonth = months[0] < start
      if opensMidMonth || (months[0].month - 1) % step != 0, !chosen.isEmpty,
        let labels = layout(Array(chosen), limit: limit)
      {
        return labels
      }
    }
    return layout([months[0]], limit: limit) ?? []
  }

  /// Places one label per month, or nil when two would touch. Labels running past `limit`
  /// are left off.
  private func layout(_ months: [Day], limit: Int) -> [(column: Int, text: String)]? {
    let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    var labels: [(column: Int, text: String)] = []
    for m in months {
      let column = max(0, self.column(of: m))
      let yy = m.year % 100
      let year = labels.isEmpty || m.month == 1 ? "'" + (yy < 10 ? "0" : "") + String(yy) : ""
      let text = names[m.month - 1] + year
      if let last = labels.last, last.column + last.text.count + 1 > column { return nil }
      if column + text.count > limit { break }
      labels.append((column, text))
    }
    return labels
  }
}
