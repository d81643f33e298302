public import PlannerCore

/// When the applicant asks their Ministry of Health for the J-1 Statement of Need.
///
/// ECFMG: it need not wait for Match Day, many applicants request it earlier, and some
/// ministries take months (FACTS §9). The default keeps the cautious reading: after the Match.
public enum StatementOfNeedRequest: Hashable, Sendable {
  /// Requested once the Match result is known (the default).
  case afterMatch
  /// Requested once the ERAS application is submitted: the specialty it names is known then.
  case beforeMatch
  /// Requested (or to be requested) on this day.
  case on(Day)

  /// The profile's spellings, for `statement_of_need:` and its error message.
  public static let names = ["after_match", "before_match"]
}
