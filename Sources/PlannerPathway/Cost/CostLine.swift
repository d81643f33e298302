public import PlannerCore
public import PlannerRules

/// One charge of the ledger: a fee, the plan's task and date that incur it, how many units, the
/// amount in its own currency with the entry of the fee's history it comes from, and whether it
/// is paid, still to come, or only may apply.
public struct CostLine: Hashable, Sendable {
  public enum Status: Hashable, Sendable {
    /// The task that incurs it is done (a recorded attempt, a done task).
    case paid
    /// Falls due on the plan's date.
    case due
    /// Charged only if a condition holds that the plan cannot tell; never added to a total.
    case mayApply(FeeCondition)
  }

  /// What the units are, for the words of the line (PlannerRender words them).
  public enum Detail: Hashable, Sendable {
    case none
    /// The attempt (or OET sitting) this charge pays for.
    case attempt(Int)
    case documents(Int)
    /// ERAS applications in one specialty.
    case programs(specialty: String, count: Int)
    /// Ranks on the list, and how many the registration includes.
    case ranks(Int, included: Int)
    /// Training year `year` of `of` (J-1 sponsorship is paid every training year: FEES.md row 19);
    /// `assumed`: the specialty is not in the pack's `training_years`, so the shortest is priced.
    case trainingYear(Int, of: Int, assumed: Bool)
  }

  public var fee: Fee
  public var taskID: String?
  /// Nil: done on a day the profile does not give.
  public var date: Day?
  public var detail: Detail
  public var units: Int
  public var amount: Int
  public var currency: Currency
  public var status: Status
  /// The history entry the amount comes from (its source, confidence, stated year).
  public var entry: Dated<FeeAmount>
  /// The amount is not stated for the year it is paid in, or is estimated: "verify".
  public var verify: Bool

  /// False when the source names the fee but not its amount (`amount-unknown`): the 0 in the
  /// pack is a placeholder no view shows.
  public var amountKnown: Bool { !fee.conditions.contains(.amountUnknown) }

  public var payer: FeePayer { fee.payer }
  public var counts: Bool { if case .mayApply = status { return false } else { return true } }

  /// A yearly charge for a training year after the first: due once the residency has begun, so
  /// the cash flow to the residency start sums it apart (`CostLedger.laterTrainingYears`).
  public var isLaterTrainingYear: Bool {
    if case .trainingYear(let year, _, _) = detail { return year > 1 }
    return false
  }
}
