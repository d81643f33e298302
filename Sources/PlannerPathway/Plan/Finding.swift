/// Something the applicant must know that is not a date: a blocker, a warning, a note.
public struct Finding: Hashable, Sendable {
  public enum Severity: String, Hashable, Sendable, Comparable {
    /// Stops the requested cycle (or every cycle).
    case blocker
    case warning
    case note

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    private var rank: Int { self == .blocker ? 0 : self == .warning ? 1 : 2 }
  }

  public var severity: Severity
  /// What it is about; `code.string` is the stable code scripts match, e.g. `attempts.exhausted`.
  public var code: FindingCode
  public var message: String
  /// What to do about it.
  public var action: String
  public var source: String

  public init(_ severity: Severity, _ code: FindingCode, _ message: String, action: String = "", source: String = "") {
    self.severity = severity
    self.code = code
    self.message = message
    self.action = action
    self.source = source
  }

  /// The finding in one line, the same words in `planner check` and in the plan's header.
  public var line: String {
    "\(severity.rawValue): \(message)" + (action.isEmpty ? "" : " — \(action)") + (source.isEmpty ? "" : " [\(source)]")
  }
}
