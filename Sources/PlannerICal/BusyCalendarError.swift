import PlannerCore

/// A busy calendar planner cannot use: one line, `FILE:LINE: error: what and what to do`
/// (issue 23, point 5). Text quoted from the file is made safe for a terminal (`TerminalText`).
public struct BusyCalendarError: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  /// 1-based line in the file (the whole-file errors say line 1).
  public var line: Int
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    TerminalText.sanitize("\(file):\(line): error: \(message)", keepingNewlines: false)
  }
}
