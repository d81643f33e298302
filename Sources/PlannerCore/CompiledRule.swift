/// A calendar rule on a task's earliest start that plain dependencies cannot say, written by
/// task id. `CompiledGraph` resolves the ids once; evaluation then only reads integers.
///
/// A rule with an activation slot applies only in worlds whose value in that slot is non-zero
/// (a scheduled score delay that may or may not happen that year); slot nil means always.
public enum StartRule: Sendable {
  /// Start at least `months` calendar months (plus `plusDays`) after another task starts; that
  /// task must come before this one through dependencies, so its start is known in time.
  case monthsAfter(String, months: Int, plusDays: Int)
  /// No start from `firstDay` to `lastDay` of `month` in any year: move to the day after.
  case annualBlackout(month: Int, firstDay: Int, lastDay: Int, slot: Int?)
  /// Start on the first given ISO weekday on or after the earliest start.
  case weekday(Int, slot: Int?)
  /// When another task (a predecessor) starts within `from...to`, start no earlier than `floor`.
  case floorWhenStartIn(String, from: Day, to: Day, floor: Day, slot: Int?)
  /// Each year from `firstYear` on, when a predecessor starts between `from` and `to`
  /// (month, day) and that year's slot (`firstSlot` + year − `firstYear`) is non-zero, start no
  /// earlier than `floor` (month, day) of the same year: a recurring scheduled delay.
  case annualFloorWhenStartIn(String, from: (month: Int, day: Int), to: (month: Int, day: Int), floor: (month: Int, day: Int), firstYear: Int, lastYear: Int, firstSlot: Int)
  /// The start must fall within `days` of a predecessor's finish; past that, the start waits
  /// `penalty` more days after the window closes (a lapsed eligibility period and reapplying).
  case within(String, days: Int, penalty: Int)
}

/// A calendar span the listed tasks' starts must fit in, e.g. every exam passed within seven
/// years of the first pass. Breaking it makes the plan infeasible.
public struct SpanLimit: Hashable, Sendable {
  public var taskIDs: [String]
  public var months: Int

  public init(taskIDs: [String], months: Int) {
    self.taskIDs = taskIDs
    self.months = months
  }
}

/// The index form of `StartRule`.
enum ResolvedRule: Sendable {
  case monthsAfter(node: Int32, months: Int32, plusDays: Int32)
  case annualBlackout(month: Int32, firstDay: Int32, lastDay: Int32, slot: Int32)
  case weekday(Int32, slot: Int32)
  case floorWhenStartIn(node: Int32, from: Int, to: Int, floor: Int, slot: Int32)
  case within(node: Int32, days: Int32, penalty: Int32)
  /// Month-day values packed as month * 100 + day.
  case annualFloor(node: Int32, from: Int32, to: Int32, floor: Int32, firstYear: Int32, lastYear: Int32, firstSlot: Int32)
}
