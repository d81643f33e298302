/// Why a calendar could not be written or a previous export could not be used.
/// Each description is one line of product text.
public enum CalendarError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The previous file was written by another program; overwriting it would destroy
  /// events planner knows nothing about.
  case foreignFile(file: String, prodID: String?)
  /// libical could not parse the previous file (message from `icalerror_strerror`).
  case unreadable(file: String, reason: String)
  /// libical refused to build or serialise a component (message from `icalerror_strerror`).
  case libical(operation: String, reason: String)

  public var description: String {
    switch self {
    case .foreignFile(let file, let prodID):
      let what = prodID.map { "PRODID \($0)" } ?? "no PRODID"
      return "\(file) was not written by planner (\(what)); refusing to overwrite it"
    case .unreadable(let file, let reason):
      return "\(file) is not a readable iCalendar file: \(reason)"
    case .libical(let operation, let reason):
      return "libical failed to \(operation): \(reason)"
    }
  }
}
