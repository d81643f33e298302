public import PlannerRules

/// The OET minimums of the pack (`certification.oet_minimums`) applied to recorded sittings.
extension CertificationRules {
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
