import PlannerCore
@testable import PlannerGantt
import Testing

/// Issue 9 §5: month ticks where there is room. At every width the axis marks never touch, each
/// tick sits on the column of a month's 1st, and with room every month is labelled or ticked.
struct MonthTickTests {
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// Charts opening on the 1st and mid-month, from a few weeks to over two years.
  static let spans: [(String, String)] = [
    ("2026-11-01", "2028-07-01"), ("2026-12-17", "2028-06-30"), ("2027-01-01", "2027-03-31"),
    ("2026-03-09", "2029-07-01"), ("2027-05-20", "2027-06-10"),
  ]

  @Test(arguments: [30, 45, 60, 80, 100, 120, 140, 160, 200, 260])
  func marksNeverTouchAndTicksLandOnThe1st(columns: Int) throws {
    for (a, b) in Self.spans {
      let scale = TimeScale(first: Day(iso: a)!, last: Day(iso: b)!, maxColumns: columns)
      let (labels, ticks) = scale.axisMarks(limit: scale.columns)
      let marks = (labels + ticks.map { (column: $0, text: "'") }).sorted { $0.column < $1.column }
      for (x, y) in zip(marks, marks.dropFirst()) {
        #expect(x.column + x.text.count < y.column, "\(a)…\(b) at \(columns): \(x.text)@\(x.column) touches \(y.text)@\(y.column)")
      }
      #expect(marks.allSatisfy { $0.column >= 0 && $0.column + $0.text.count <= scale.columns }, "\(a)…\(b) at \(columns)")
      let firsts = Dictionary(monthStarts(scale).map { (scale.column(of: $0), $0) }, uniquingKeysWith: { x, _ in x })
      for t in ticks {
        #expect(firsts[t] != nil, "\(a)…\(b) at \(columns): tick at \(t) is not on a 1st")
      }
      for label in labels {
        // The month the chart opens in may be labelled at column 0 though its 1st is before it.
        if label.column == 0 && label.text.hasPrefix(Self.months[scale.start.month - 1]) { continue }
        let month = try #require(firsts[label.column], "\(a)…\(b) at \(columns): \(label.text)")
        #expect(label.text.hasPrefix(Self.months[month.month - 1]), "\(a)…\(b) at \(columns): \(label.text) at \(label.column)")
      }
      if !ticks.isEmpty {
        // All or nothing: every 1st is labelled, ticked, or right under a label with a year.
        for month in monthStarts(scale) {
          let c = scale.column(of: month)
          let covered = labels.contains { $0.column == c || ($0.text.contains("'") && $0.column < c && c <= $0.column + $0.text.count) }
          #expect(covered || ticks.contains(c), "\(a)…\(b) at \(columns): \(month) unmarked")
        }
      }
    }
  }

  /// Wide charts get ticks; cramped ones keep quarterly (or sparser) labels and no ticks.
  @Test func wideChartsTickAndCrampedOnesDoNot() {
    let scale = { (columns: Int) in TimeScale(first: Day(iso: "2026-11-01")!, last: Day(iso: "2028-07-01")!, maxColumns: columns) }
    let cramped = scale(70).axisMarks(limit: scale(70).columns)
    #expect(cramped.ticks.isEmpty)
    #expect(cramped.labels.map(\.text) == ["Jan'27", "Apr", "Jul", "Oct", "Jan'28", "Apr"])
    // 4.5 columns a month: every 2nd month named, a tick on the 1st of each one between
    // (December and February sit under "Nov'26" and "Jan'27").
    let wide = scale(90).axisMarks(limit: scale(90).columns)
    #expect(wide.labels.map(\.text) == ["Nov'26", "Jan'27", "Mar", "May", "Jul", "Sep", "Nov", "Jan'28", "Mar", "May"])
    #expect(wide.ticks == [21, 30, 39, 47, 56, 73, 82, 86])
  }

  /// The rendered axis puts the tick glyph exactly where the scale says.
  @Test func theRenderedAxisCarriesTheTicks() {
    let chart = GanttRenderer.render(Fixture.pathway(), options: GanttOptions(width: 220))
    let axis = String(chart.split(separator: "\n", omittingEmptySubsequences: false)[0])
    #expect(axis.contains("╵"))
    let ascii = GanttRenderer.render(Fixture.pathway(), options: GanttOptions(width: 220, ascii: true))
    #expect(ascii.split(separator: "\n")[0].filter { $0 == "'" }.count > axis.filter { $0 == "'" }.count)
  }

  private func monthStarts(_ scale: TimeScale) -> [Day] {
    var out: [Day] = []
    var m = Day(year: scale.start.year, month: scale.start.month, day: 1)!
    if m < scale.start { m = m.adding(months: 1) }
    while m <= scale.end {
      out.append(m)
      m = m.adding(months: 1)
    }
    return out
  }
}
