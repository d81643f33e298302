/// A precedence link between two tasks, with a lag in calendar days (may be negative).
public struct Dependency: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable, Codable {
    /// The successor starts at least `lag` days after the predecessor finishes.
    case finishToStart
    /// The successor starts at least `lag` days after the predecessor starts
    /// (e.g. a result released four weeks after the exam day).
    case startToStart
  }

  public var predecessor: String
  public var successor: String
  public var lag: Int
  public var kind: Kind

  public init(_ predecessor: String, _ successor: String, lag: Int = 0, kind: Kind = .finishToStart) {
    self.predecessor = predecessor
    self.successor = successor
    self.lag = lag
    self.kind = kind
  }
}
