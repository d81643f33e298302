/// The currencies fees are charged in (FEES.md: OET is in AUD). An amount keeps its currency:
/// the planner never converts one silently (issue 22, point 1).
public enum Currency: String, Hashable, Sendable, CaseIterable, Comparable {
  case usd = "USD"
  case aud = "AUD"

  /// US dollars first: the applicant's total is in USD with the others shown beside it.
  public static func < (a: Currency, b: Currency) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
