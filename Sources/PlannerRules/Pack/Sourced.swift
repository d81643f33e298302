public import PlannerCore

/// How far a rule or date can be trusted, after the codes in the project's FACTS table.
public enum Confidence: String, Hashable, Sendable, Codable, CaseIterable {
  /// Text from an official source (ECFMG/Intealth, USMLE, FSMB, NRMP, AAMC, USCIS).
  case official
  /// Only third-party text (law firms, prep companies, news). Likely, not authoritative.
  case thirdParty = "third-party"
  /// Projected from a pattern or assumed: shown as "estimated" in every output.
  case estimated

  /// Outputs mark anything that is not from a published source.
  public var isEstimated: Bool { self == .estimated }
}

/// A value with the source a person can check, and how sure we are of it.
public struct Sourced<Value: Hashable & Sendable>: Hashable, Sendable {
  public var value: Value
  public var confidence: Confidence
  public var source: String
  /// How an estimated value was projected, or a caveat.
  public var note: String
  /// When the value was last checked against its source (nil for a value projected in code).
  public var verified: Day?

  public init(_ value: Value, _ confidence: Confidence, _ source: String, note: String = "", verified: Day? = nil) {
    self.value = value
    self.confidence = confidence
    self.source = source
    self.note = note
    self.verified = verified
  }
}

extension Sourced where Value == Day {
  /// A date written in the data tables as `YYYY-MM-DD`; a typo there is a programming error.
  init(iso: String, _ confidence: Confidence, _ source: String, note: String = "") {
    guard let day = Day(iso: iso) else { preconditionFailure("bad date in the rules pack: \(iso)") }
    self.init(day, confidence, source, note: note)
  }
}
