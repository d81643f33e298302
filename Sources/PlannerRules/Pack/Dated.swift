public import PlannerCore

/// A rule that changed over time: the value in force for tests (or events) on or after `from`.
public struct Dated<Value: Hashable & Sendable>: Hashable, Sendable {
  public var from: Day
  public var rule: Sourced<Value>

  public init(from: Day, _ rule: Sourced<Value>) {
    self.from = from
    self.rule = rule
  }

  /// The earliest `from` a history can start with: the rule in force before any recorded change.
  public static var always: Day { Day(year: 1900, month: 1, day: 1)! }
}

extension Array {
  /// The rule in force on `day` in a history sorted newest first.
  func inForce<V>(on day: Day) -> Sourced<V>? where Element == Dated<V> {
    first { day >= $0.from }?.rule
  }
}
