/// A default duration or lead time, with where the figure comes from.
public struct LeadTime: Hashable, Sendable {
  /// The key a profile uses under `lead_times:` to override it.
  public var key: String
  public var days: Int
  public var confidence: Confidence
  public var source: String
  public var meaning: String
}

/// Every default duration the plan uses (part of the rules pack). A profile may override any of them by key; the plan
/// says which defaults it relied on. Figures are deliberately on the cautious side.
public struct LeadTimes: Hashable, Sendable {
  public var all: [LeadTime]

  public init(_ all: [LeadTime]) { self.all = all }

  public func standard(_ key: String) -> LeadTime {
    guard let found = all.first(where: { $0.key == key }) else { preconditionFailure("unknown lead time \(key)") }
    return found
  }

  public var keys: [String] { all.map(\.key) }
}
