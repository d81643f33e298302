public import PlannerCore

/// One fee of the road (a row of the pack's `fees` section, after FEES.md): who pays, the task
/// or event that incurs it, how it is counted, when it applies, and its amounts over time, each
/// with its source, confidence and verified date.
public struct Fee: Hashable, Sendable {
  /// The pack key (`step1`, `eras_applications`): the JSON and CSV id of the fee.
  public var id: String
  /// What it is, in the source's words ("USMLE Step 1").
  public var name: String
  public var payer: FeePayer
  /// The task ids (or events, `FeeSchedule.events`) that incur it; the first the plan holds pays.
  public var tasks: [String]
  public var unit: FeeUnit
  /// How many units one charge covers when the plan does not say (documents: diploma, transcript).
  public var count: Int
  public var conditions: Set<FeeCondition>
  /// The amounts, newest first, each from the day it took effect (`Dated.always` for the oldest
  /// when nothing earlier is known; with a `from` there, nothing is charged before it).
  public var history: [Dated<FeeAmount>]

  public init(id: String, name: String, payer: FeePayer, tasks: [String], unit: FeeUnit, count: Int = 1, conditions: Set<FeeCondition> = [], history: [Dated<FeeAmount>]) {
    self.id = id
    self.name = name
    self.payer = payer
    self.tasks = tasks
    self.unit = unit
    self.count = count
    self.conditions = conditions
    self.history = history
  }

  /// The amount in force on `day` with the day it took effect; nil before the fee existed.
  public func amount(on day: Day) -> Dated<FeeAmount>? {
    history.first { day >= $0.from }
  }

  /// The newest amount (what a branch costs when no plan dates it).
  public var latest: Dated<FeeAmount>? { history.first }

  /// Whether a payment on `day` rests on an amount its source does not state for that year, or
  /// on a guess: the ledger says "verify" (FEES.md: most 2027 amounts are not yet published).
  /// A season's fee is often paid the calendar year before the season it is stated for (the 2027
  /// Pathways open in 2026), so one year early still counts as stated.
  /// A fee no official page states at any time (FEES.md rows 1, 3 and 5: third-party figures
  /// kept with their note "verify") is always to verify.
  public func needsVerifying(on day: Day) -> Bool {
    guard let entry = amount(on: day) else { return true }
    if entry.rule.confidence == .estimated { return true }
    if !history.contains(where: { $0.rule.confidence == .official }) { return true }
    return entry.rule.value.statedFor.map { day.year > $0 || day.year < $0 - 1 } ?? false
  }
}
