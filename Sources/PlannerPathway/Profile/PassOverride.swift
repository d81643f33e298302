import PlannerRules

/// The applicant's own pass probabilities for one exam (profile `risk:` section), replacing the
/// pack's population defaults for the risk simulation.
public struct PassOverride: Hashable, Sendable {
  /// The next attempt, when it is the first attempt at this exam.
  public var first: Double?
  /// Any later attempt (the next one, when attempts have already been made).
  public var repeatAttempt: Double?

  public init(first: Double? = nil, repeatAttempt: Double? = nil) {
    self.first = first
    self.repeatAttempt = repeatAttempt
  }
}
