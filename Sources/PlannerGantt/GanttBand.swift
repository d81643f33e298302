public import PlannerCore

/// A simulated range for when a task ends (`plan --risk`: P50 to P90 of the worlds), drawn on
/// its own line under the task's bar so the bar, its float and the band stay readable.
public struct GanttBand: Hashable, Sendable {
  /// Half the simulated worlds are done by this day.
  public var p50: Day
  /// Nine in ten are done by this day; nil when more than one in ten never get there.
  public var p90: Day?

  public init(p50: Day, p90: Day?) {
    self.p50 = p50
    self.p90 = p90
  }
}
