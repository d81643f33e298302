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
  /// Whose word the dates and length rest on: the weakest of the values behind the task. Only
  /// `.official` may be called official (issue 24, part 3); `estimated` is said besides.
  public var basis: Basis

  /// Whose word a value is, strongest first (the rules pack's `confidence`, and the profile).
  public enum Basis: Int, Comparable, Hashable, Sendable {
    /// Every value behind it is marked `confidence: official` in the rules pack.
    case official
    /// Some value is third-party or estimated in the pack.
    case thirdParty
    /// The applicant's own: a task, a date or a length from the profile.
    case applicant

    public static func < (a: Basis, b: Basis) -> Bool { a.rawValue < b.rawValue }
  }

  /// A task whose values are all official (unless the builder says otherwise).
  public init(estimated: Bool = false, sources: [String] = [], note: String = "") {
    self.init(estimated: estimated, sources: sources, note: note, basis: .official)
  }

  public init(estimated: Bool = false, sources: [String] = [], note: String = "", basis: Basis) {
    self.estimated = estimated
    self.sources = sources
    self.note = note
    self.basis = basis
  }
}
