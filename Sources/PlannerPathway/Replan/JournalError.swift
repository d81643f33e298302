import PlannerRules

/// A damaged journal or a record the rules refuse: one line per problem, compiler style.
public struct JournalError: Error, Hashable, Sendable, CustomStringConvertible {
  public struct Problem: Hashable, Sendable {
    public var file: String
    public var line: Int
    public var message: String
  }

  public var problems: [Problem]

  public init(_ problems: [Problem]) { self.problems = problems }

  public var description: String {
    problems.map { "\($0.file):\($0.line): error: \($0.message)" }.joined(separator: "\n")
  }
}
