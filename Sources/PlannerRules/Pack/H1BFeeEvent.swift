public import PlannerCore

/// One dated turn in the $100,000 H-1B payment's history (the pack's `h1b_fee.history`; FACTS.md
/// §10): a proclamation, a ruling, a stay, an appeal. `inForce` is whether the payment was being
/// collected after that day, as the source reports it; nil for a turn that changed nothing (an
/// appeal filed).
public struct H1BFeeEvent: Hashable, Sendable {
  public var day: Day
  /// What happened, in the source's terms ("the District of Massachusetts vacated …").
  public var event: String
  public var inForce: Bool?

  public init(day: Day, event: String, inForce: Bool?) {
    self.day = day
    self.event = event
    self.inForce = inForce
  }
}
