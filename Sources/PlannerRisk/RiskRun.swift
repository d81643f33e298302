/// How many worlds, from which seed, on how many workers: the one place for the risk layer's
/// defaults, used by `planner risk`, `planner report`, `plan --risk` and `planner cohort`, so
/// the same profile and day give the same P(ready) wherever it is shown (issue 20, contradiction
/// 6; `RiskRunTests`). The result depends only on `runs` and `seed`: every run draws from its own
/// random stream (`SplitMix64.stream(seed:run:)`), so the worker count changes nothing.
public struct RiskRun: Hashable, Sendable {
  /// Worlds per simulation unless the user asks otherwise (`--runs`).
  public static let standardRuns = 20_000
  /// The fixed seed: same input, same numbers.
  public static let standardSeed: UInt64 = 2028
  /// A caseload simulates every applicant, so it runs fewer worlds each; the cohort table and
  /// page say how many (`Cohort` legend), so its P(ready) is never mistaken for `planner risk`'s.
  public static let caseloadRuns = 2_000

  public var runs: Int
  public var seed: UInt64
  public var workers: Int

  public init(runs: Int = RiskRun.standardRuns, seed: UInt64 = RiskRun.standardSeed, workers: Int = 1) {
    self.runs = runs
    self.seed = seed
    self.workers = max(1, workers)
  }
}
