/// Why a calendar could not be written or a previous export could not be used.
/// Each description is one line of product text.
public enum CalendarError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The previous file was written by another program; overwriting it would destroy
  /// events planner knows nothing about.
  case foreignFile(file: String, prodID: String?)
  /// The previous file is planner's, but another person's plan (another profile identity).
  case otherPlan(file: String)
  /// libical could not parse the previous file (message from `icalerror_strerror`).
  case unreadable(file: String, reason: String)
  /// libical refused to build or serialise a component (message from `icalerror_strerror`).
  case libical(operation: String, reason: String)

  public var description: String {
    switch self {
    case .foreignFile(let file, let prodID):
      let what = prodID.map { "PRODID \($0)" } ?? "no PRODID"
      return "\(file) was not written by planner (\(what)); refusing to overwrite it"
    case .otherPlan(let file):
      return "\(file) holds another person's plan (written by planner for a different profile id); refusing to take it over event by event — choose another file, or pass --force to replace it"
    case .unreadable(let file, let reason):
      return "\(file) is not a readable iCalendar file: \(reason)"
    case .libical(let operation, let reason):
      return "libical failed to \(operation): \(reason)"
    }
  }
}
