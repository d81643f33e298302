/// Days of the year on which a task cannot start, every year (the USMLE January testing break).
///
/// The scheduler honours it in both passes: an early start that falls inside moves to the day
/// after, and a late start that falls inside moves to the day before, so no date the plan shows
/// for the start, early or late, is one on which the task cannot be done.
public struct StartBlackout: Hashable, Sendable {
  public var month: Int
  /// Inclusive, within `month`.
  public var firstDay: Int
  public var lastDay: Int

  public init(month: Int, firstDay: Int, lastDay: Int) {
    self.month = month
    self.firstDay = firstDay
    self.lastDay = lastDay
  }

  /// Whether `day` is inside the window.
  public func contains(_ day: Day) -> Bool { day.month == month && day.day >= firstDay && day.day <= lastDay }

  /// The first day on or after `ordinal` that no window in `windows` contains.
  public static func firstAllowed(onOrAfter ordinal: Int, in windows: [StartBlackout]) -> Int {
    var d = ordinal
    // Each move leaves the window it was in; windows are within one month, so this ends.
    while let w = windows.first(where: { $0.contains(Day(ordinal: d)) }) {
      d += w.lastDay - Day(ordinal: d).day + 1
    }
    return d
  }

  /// The last day on or before `ordinal` that no window in `windows` contains.
  public static func lastAllowed(onOrBefore ordinal: Int, in windows: [StartBlackout]) -> Int {
    var d = ordinal
    while let w = windows.first(where: { $0.contains(Day(ordinal: d)) }) {
      d -= Day(ordinal: d).day - w.firstDay + 1
    }
    return d
  }
}
