public import PlannerCore

/// The ECFMG, OET and visa rules the plan and the eligibility check apply (part of the rules pack).
public struct CertificationRules: Hashable, Sendable {
  /// OET Medicine minimums by test date (newest first): Listening, Reading, Writing, Speaking.
  public var oetMinimums: [Dated<[Int]>]
  /// All exams for certification passed within this many months of the first pass.
  public var examTimeLimitMonths: Sourced<Int>
  /// DS-2019 no earlier than this many months before the program start.
  public var ds2019MonthsBefore: Sourced<Int>
  /// An H-1B petition is filed no more than this many months before the start date.
  public var h1bPetitionMonthsBefore: Sourced<Int>

  public func oetMinimums(on day: Day) -> Sourced<[Int]> {
    oetMinimums.inForce(on: day)!
  }
}
