/// Why a task has the dates it has: the sources behind it, whether any value it rests on was
/// projected rather than published, and short notes for people. The scheduler ignores it;
/// every output shows it.
public struct Provenance: Hashable, Sendable {
  /// True when a date or duration behind this task was projected or assumed, not published.
  public var estimated: Bool
  /// Source links for the rule or date (official pages first).
  public var sources: [String]
  /// One or two sentences: what this is and why it sits where it does.
  public var note: String

  public init(estimated: Bool = false, sources: [String] = [], note: String = "") {
    self.estimated = estimated
    self.sources = sources
    self.note = note
  }
}
