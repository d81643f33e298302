public import PlannerPathway

/// Everything the report shows that is not in the plan itself, resolved by the caller.
public struct ReportOptions: Sendable {
  /// Whose plan this is (the profile's name).
  public var profileName: String
  /// Sentences to show above the verdict (a default profile, a cycle that is over, projected dates).
  public var notices: [String]
  /// The Next block: what to do in the coming days (the same items as `planner next`). Nil: left out.
  public var next: NextActions?
  /// The risk layer's Match-year distribution and milestone bands, when one was computed.
  public var risk: RiskSummary?
  public var palette: Palette
  /// The cost ledger (`planner cost`'s), for the cost section. Nil: left out.
  public var costs: CostLedger?

  public init(profileName: String, notices: [String] = [], next: NextActions? = nil, risk: RiskSummary? = nil, palette: Palette = .standard, costs: CostLedger? = nil) {
    self.costs = costs
    self.profileName = profileName
    self.notices = notices
    self.next = next
    self.risk = risk
    self.palette = palette
  }
}
