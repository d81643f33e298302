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

  /// The axis: month labels, `Nov'26 Dec Jan'27 …` (the year on the first label and on every
  /// January), and ticks on the 1st of the months between them. The finest labelling whose
  /// every other month still gets a tick wins (monthly, every 2nd or 3rd month, counted from
  /// January so Januaries keep their year); when none leaves room for all the ticks, there
  /// are none (a partial set would leave the reader guessing which month is
  /// which) and the labels alone are as in `monthLabels`.
  func axisMarks(limit: Int) -> (labels: [(column: Int, text: String)], ticks: [Int]) {
    // Sparser labels with ticks between would name too few months: below quarterly, no ticks.
    for step in [1, 2, 3] {
      for labels in candidates(step: step, limit: limit, ticks: true) {
        if let ticks = monthTicks(labels: labels, limit: limit) { return (labels, ticks) }
      }
    }
    return (monthLabels(limit: limit), [])
  }

  /// The months the chart spans, from the one it opens in.
  private var months: [Day] {
    var months: [Day] = []
    var month = Day(year: start.year, month: start.month, day: 1) ?? start
    while month <= end {
      months.append(month)
      month = month.adding(months: 1)
    }
    return months
  }

  /// The label sets tried for a spacing, best first: with the month the chart opens in at
  /// column 0, then (when it opens mid-month or off the spacing) without it; with `ticks`, also
  /// without it whenever it is not on the spacing's first label (its tick then marks it).
  private func candidates(step: Int, limit: Int, ticks: Bool = false) -> [[(column: Int, text: String)]] {
    let months = self.months
    let chosen = months.dropFirst().filter { ($0.month - 1) % step == 0 }
    var found: [[(column: Int, text: String)]] = []
    if let labels = layout([months[0]] + chosen, limit: limit) { found.append(labels) }
    let opensMidMonth = months[0] < start
    if opensMidMonth || ticks || (months[0].month - 1) % step != 0, !chosen.isEmpty, let labels = layout(Array(chosen), limit: limit) {
      found.append(labels)
    }
    return found
  }

  /// Month labels alone: the finest spacing at which they fit.
  func monthLabels(limit: Int) -> [(column: Int, text: String)] {
    for step in [1, 2, 3, 6, 12] {
      if let labels = candidates(step: step, limit: limit).first { return labels }
    }
    return layout([months[0]], limit: limit) ?? []
  }

  /// A tick on the column of the 1st of every month the labels leave out, each with a blank
  /// column on both sides; nil when one of them has no room. Only a 1st that falls under a
  /// label with a year (`Jan'27`, twice as long as the others) or on the blank just after it
  /// goes without: that label stands for the start of the month after it too.
  func monthTicks(labels: [(column: Int, text: String)], limit: Int) -> [Int]? {
    var used = [Bool](repeating: false, count: max(0, limit) + 2)
    for label in labels {
      for c in label.column..<min(used.count, label.column + label.text.count) { used[c] = true }
    }
    var ticks: [Int] = []
    for month in months where month >= start {
      let c = column(of: month)
      if labels.contains(where: { $0.column == c }) { continue }
      if labels.contains(where: { $0.text.contains("'") && $0.column < c && c <= $0.column + $0.text.count }) { continue }
      guard c < limit, !used[max(0, c - 1)...(c + 1)].contains(true) else { return nil }
      used[c] = true
      ticks.append(c)
    }
    return ticks
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
