public import PlannerCore

/// Everything the report shows that is not in the plan itself, resolved by the caller.
public struct ReportOptions: Sendable {
  /// Whose plan this is (the profile's name).
  public var profileName: String
  /// Sentences to show above the verdict (a default profile, a cycle that is over, projected dates).
  public var notices: [String]
  /// The "Next" block (issue 12): what to do now, one line each. Empty: the block is left out.
  public var next: [String]
  /// The risk layer's Match-year distribution and milestone bands, when one was computed.
  public var risk: RiskSummary?
  public var palette: Palette

  public init(profileName: String, notices: [String] = [], next: [String] = [], risk: RiskSummary? = nil, palette: Palette = .standard) {
    self.profileName = profileName
    self.notices = notices
    self.next = next
    self.risk = risk
    self.palette = palette
  }
}

/// What a risk simulation says, in the shape the report draws: how likely each Match year is,
/// and the spread of a few milestones' dates. Filled in by the caller from the risk layer.
public struct RiskSummary: Sendable, Hashable {
  public struct YearShare: Sendable, Hashable {
    public var matchYear: Int
    /// 0...1.
    public var share: Double
    public init(matchYear: Int, share: Double) {
      self.matchYear = matchYear
      self.share = share
    }
  }

  public struct Band: Sendable, Hashable {
    public var taskID: String
    public var p10: Day
    public var p50: Day
    public var p90: Day
    public init(taskID: String, p10: Day, p50: Day, p90: Day) {
      self.taskID = taskID
      self.p10 = p10
      self.p50 = p50
      self.p90 = p90
    }
  }

  public var runs: Int
  public var years: [YearShare]
  public var bands: [Band]

  public init(runs: Int, years: [YearShare], bands: [Band]) {
    self.runs = runs
    self.years = years
    self.bands = bands
  }
}
