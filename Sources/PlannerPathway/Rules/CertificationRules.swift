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

  /// Whether an OET sitting recorded as a pass meets ECFMG's minimums of its test date, all four
  /// in that sitting; one recorded without its sub-test scores is taken as recorded.
  public func oetMeetsMinimums(_ attempt: Attempt) -> Bool {
    guard attempt.result == .pass else { return false }
    guard let scores = attempt.subscores else { return true }
    return zip(scores, oetMinimums(on: attempt.date).value).allSatisfy { $0 >= $1 }
  }

  /// The latest OET pass that counts for ECFMG (its scores meet the minimums of its date).
  public func oetPass(_ record: ExamRecord) -> Attempt? {
    record.attempts.last { oetMeetsMinimums($0) }
  }
}
