public import PlannerCore

/// A date of the Match cycle drawn as a vertical rule through the chart and listed in the legend.
public struct GanttGate: Hashable, Sendable {
  public var day: Day
  public var label: String

  public init(day: Day, label: String) {
    self.day = day
    self.label = label
  }
}

/// How to draw a chart. Everything the renderer depends on is here, so output is a pure
/// function of a schedule and these options.
public struct GanttOptions: Hashable, Sendable {
  /// The terminal width in columns. No line is ever wider; below about 60 the chart gets cramped.
  public var width: Int
  /// ANSI colours (SGR only). When false the output contains no escape codes at all.
  public var useColor: Bool
  /// Only 7-bit ASCII characters, for terminals, logs and mail that mangle anything else.
  public var ascii: Bool
  /// Fixed dates (ERAS opening, ROL deadline, Match Day, start) to rule through the chart.
  public var gates: [GanttGate]
  /// Show only these days instead of the whole plan; bars are clipped at the edges.
  public var window: ClosedRange<Day>?
  /// The glyph legend and gate list under the chart.
  public var showLegend: Bool
  /// Done work that ends before the window (or has no known date) is summarised in one line
  /// instead of drawn as clipped rows.
  public var summariseDoneBefore: Bool = false
  /// Task id → its simulated P50–P90 band, drawn on a line under the task's row.
  public var bands: [String: GanttBand] = [:]
  /// Task id → days since its planned start passed with nothing recorded: the float column says
  /// "overdue Nd" instead of a float that would read as room.
  public var overdue: [String: Int] = [:]
  /// Days the applicant is away (a busy calendar's all-day events, issue 23): shaded on a row of
  /// their own under the axis, named `awayLabel`, so a gap in the bars shows its reason.
  public var away: [Day] = []
  public var awayLabel: String = ""

  public init(
    width: Int = 100, useColor: Bool = false, ascii: Bool = false, gates: [GanttGate] = [],
    window: ClosedRange<Day>? = nil, showLegend: Bool = true
  ) {
    self.width = width
    self.useColor = useColor
    self.ascii = ascii
    self.gates = gates
    self.window = window
    self.showLegend = showLegend
  }
}
