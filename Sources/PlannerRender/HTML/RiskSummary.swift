public import PlannerCore
import PlannerPathway
public import PlannerRisk
import PlannerRules

/// What a risk simulation says, in the shape the report draws: the chance of the target year,
/// how the worlds spread over Match years, the spread of the key milestones' dates, and every
/// input with its source (never a bare probability).
public struct RiskSummary: Sendable, Hashable {
  public struct YearShare: Sendable, Hashable {
    /// "2028", "earlier than 2028", "later", "none".
    public var label: String
    /// 0...1.
    public var share: Double
    public init(label: String, share: Double) {
      self.label = label
      self.share = share
    }
  }

  public struct Band: Sendable, Hashable {
    public var taskID: String
    public var name: String
    /// nil: more than that share of the worlds never get there.
    public var p50: Day?
    public var p80: Day?
    public var p90: Day?
    public init(taskID: String, name: String, p50: Day?, p80: Day?, p90: Day?) {
      self.taskID = taskID
      self.name = name
      self.p50 = p50
      self.p80 = p80
      self.p90 = p90
    }
  }

  public struct Input: Sendable, Hashable {
    public var name: String
    public var value: String
    public var confidence: String
    /// "profile" or "default".
    public var origin: String
    public var source: String
    public init(name: String, value: String, confidence: String, origin: String, source: String) {
      self.name = name
      self.value = value
      self.confidence = confidence
      self.origin = origin
      self.source = source
    }
  }

  public var runs: Int
  public var seed: UInt64
  public var targetYear: Int
  public var pReady: Double
  public var standardError: Double
  public var years: [YearShare]
  public var bands: [Band]
  public var inputs: [Input]

  public init(runs: Int, seed: UInt64, targetYear: Int, pReady: Double, standardError: Double, years: [YearShare], bands: [Band], inputs: [Input] = []) {
    self.runs = runs
    self.seed = seed
    self.targetYear = targetYear
    self.pReady = pReady
    self.standardError = standardError
    self.years = years
    self.bands = bands
    self.inputs = inputs
  }

  /// The summary of a `planner risk` analysis.
  public init(_ a: RiskAnalysis) {
    self.init(
      runs: a.runs, seed: a.seed, targetYear: a.targetYear, pReady: a.pReady, standardError: a.standardError,
      years: a.distribution.map { YearShare(label: $0.label, share: $0.share) },
      bands: a.milestones.map { Band(taskID: $0.id, name: $0.name, p50: $0.p50, p80: $0.p80, p90: $0.p90) },
      inputs: a.inputs.map { Input(name: $0.name, value: $0.value, confidence: $0.confidence.rawValue, origin: $0.origin, source: $0.source) })
  }
}
