/// One problem in an input file (a profile, a journal, a rules pack), positioned like a compiler
/// diagnostic: `FILE:LINE:COL: error: message`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// One line, and never a screenful: a message quoting a huge value is cut.
  public var description: String {
    let shown = message.count > 400 ? message.prefix(400) + "…" : Substring(message)
    return "\(file):\(line):\(column): error: \(shown.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " "))"
  }
}
